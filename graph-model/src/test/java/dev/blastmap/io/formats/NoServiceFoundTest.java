package dev.blastmap.io.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.Problem;
import dev.blastmap.io.ReadResult;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoServiceFoundTest {

    private static final ReadResult EMPTY = new ReadResult(Graph.of(), List.of(
            Problem.warning("c.yaml", 3, 0, "", "Backstage catalog: a document whose apiVersion is not backstage.io/… is skipped")));

    @Test
    void aGraphWithServicesOrANativeEmptyGraphPassesUnchanged() throws Exception {
        ReadResult some = new ReadResult(Graph.of(Service.of("web")), List.of());
        assertThat(NoServiceFound.check(some, GraphFormats.CSV, true, "g.csv", "source,target\nweb,\n")).isSameAs(some);
        ReadResult none = new ReadResult(Graph.of(), List.of());
        assertThat(NoServiceFound.check(none, GraphFormats.NATIVE, true, "g.json", "{\"blastmap\": 1}")).isSameAs(none);
    }

    @Test
    void aSniffedFileWithoutServicesSaysWhatReadItAndWhatTheOtherFormatsOfItsExtensionLookFor() {
        assertThatThrownBy(() -> NoServiceFound.check(EMPTY, GraphFormats.BACKSTAGE, true, "c.yaml", "kind: x\n"))
                .isInstanceOfSatisfying(GraphImportException.class, e -> {
                    assertThat(e.problems()).hasSize(2);
                    assertThat(e.problems().get(0).isError()).isFalse();
                    assertThat(e.problems().get(1).message()).contains("read as Backstage")
                            .contains("every part was skipped").contains("Kubernetes manifests").contains("Resources")
                            .contains("--from");
                });
    }

    @Test
    void aFormatTheUserChoseIsNotSecondGuessedButStillRefusedAndAnEmptyFileSaysSo() {
        assertThatThrownBy(() -> NoServiceFound.check(EMPTY, GraphFormats.BACKSTAGE, false, "c.yaml", "kind: x\n"))
                .hasMessageContaining("no service found").hasMessageNotContaining("also tried");
        assertThatThrownBy(() -> NoServiceFound.check(new ReadResult(Graph.of(), List.of()), GraphFormats.CSV, true,
                "e.csv", "  \n")).hasMessageContaining("the file is empty");
    }
}
