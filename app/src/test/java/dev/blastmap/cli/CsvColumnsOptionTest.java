package dev.blastmap.cli;

import static dev.blastmap.cli.CommandRun.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvColumnsOptionTest {

    private static final String SHEET = "id,service_name,needs,criticality\n1,web,api,\n2,api,db,soft\n";

    @Test
    void convertReadsTheNamedColumnsOfACsvWithAnUnusualHeader() {
        CommandRun r = runWithInput(SHEET, "convert", "-", "-", "--to", "dot",
                "--columns", "source=service_name,target=needs,type=criticality");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("\"web\" -> \"api\";").contains("\"api\" -> \"db\"");
    }

    @Test
    void analyzeAndRankTakeTheSameOption() {
        assertThat(runWithInput(SHEET, "rank", "-", "--json", "--columns", "source=2,target=3").exitCode()).isZero();
        assertThat(runWithInput(SHEET, "analyze", "-", "-k", "db", "--columns", "source=2,target=3").exitCode()).isZero();
    }

    @Test
    void withoutTheOptionTheErrorListsWhatIsAcceptedAndExitsTwo() {
        CommandRun r = runWithInput("service,needs\nweb,api\n", "convert", "-", "-", "--from", "csv");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("callee").contains("--columns").doesNotContain("Exception");
    }

    @Test
    void aMalformedMappingIsAUsageErrorSayingWhatIsExpected() {
        CommandRun r = runWithInput(SHEET, "convert", "-", "-", "--columns", "source=a");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--columns").contains("source=COLUMN,target=COLUMN").doesNotContain("Exception");
    }
}
