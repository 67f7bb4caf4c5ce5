package dev.blastmap.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SampleCatalogTest {

    @Test
    void readsAListOfFileTitleAndSummary() {
        SampleCatalog c = SampleCatalog.parse(new StringReader("""
                [ {"file": "a.blastmap.json", "title": "A", "summary": "about A"},
                  {"file": "b.blastmap.json"} ]
                """));
        assertThat(c.samples()).containsExactly(new SampleCatalog.Sample("a.blastmap.json", "A", "about A"),
                new SampleCatalog.Sample("b.blastmap.json", "b.blastmap.json", ""));
    }

    @Test
    void startsOnTheFlagshipWhenItIsListedElseOnTheFirst() {
        SampleCatalog c = SampleCatalog.parse(new StringReader("""
                {"samples": [ {"file": "a.blastmap.json"}, {"file": "%s"} ]}
                """.formatted(SampleCatalog.FLAGSHIP)));
        assertThat(c.startSample()).map(SampleCatalog.Sample::file).contains(SampleCatalog.FLAGSHIP);
        assertThat(new SampleCatalog(c.samples().subList(0, 1)).startSample())
                .map(SampleCatalog.Sample::file).contains("a.blastmap.json");
        assertThat(new SampleCatalog(java.util.List.of()).startSample()).isEmpty();
    }

    @Test
    void theBundledCatalogListsTheFlagshipAndEverySampleItListsIsBundled() {
        SampleCatalog bundled = SampleCatalog.bundled();
        assertThat(bundled.startSample()).map(SampleCatalog.Sample::file).contains(SampleCatalog.FLAGSHIP);
        for (SampleCatalog.Sample s : bundled.samples()) {
            assertThat(SampleCatalog.class.getResource("/samples/" + s.file())).as(s.file()).isNotNull();
        }
    }
}
