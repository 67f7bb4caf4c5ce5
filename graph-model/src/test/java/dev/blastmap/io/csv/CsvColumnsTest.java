package dev.blastmap.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvColumnsTest {

    @Test
    void aMappingNamesColumnsByHeaderOrNumber() {
        CsvColumns c = CsvColumns.parse("source=Caller, target=3, type=kind");
        List<String> header = List.of("id", "caller", "callee", "Kind");
        assertThat(c.sourceIn(header)).contains(1);
        assertThat(c.targetIn(header)).contains(2);
        assertThat(c.typeIn(header)).contains(3);
        assertThat(CsvColumns.parse("from=a,to=b").typeIn(header)).isEmpty();
    }

    @Test
    void aBadMappingSaysWhatIsExpected() {
        assertThatThrownBy(() -> CsvColumns.parse("source=a")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("source=COLUMN,target=COLUMN");
        assertThatThrownBy(() -> CsvColumns.parse("source=a,weight=b,target=c")).hasMessageContaining("unknown column role");
        assertThatThrownBy(() -> CsvColumns.parse("source,target")).hasMessageContaining("expected source=COLUMN");
    }

    @Test
    void theUsualNamesIgnoreCaseSeparatorsAndIdLikeSuffixes() {
        CsvColumns usual = CsvColumns.byUsualNames();
        assertThat(usual.sourceIn(List.of("x", "Source_ID"))).contains(1);
        assertThat(usual.targetIn(List.of("Depends On", "x"))).contains(0);
        assertThat(usual.targetIn(List.of("id", "name"))).isEmpty();
        assertThat(CsvColumns.isUsualSourceName("\"Caller Service\"".replace("\"", ""))).isTrue();
    }
}
