package dev.blastmap.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckTextWriterTest {

    @Test
    void eachRuleGetsAVerdictLineAndEachFailureItsCauseChains() throws Exception {
        String text = CheckFixtures.written(new CheckTextWriter(), CheckFixtures.result());

        assertThat(text).startsWith("blastmap check: graphs/shop.blastmap.json (6 services) against policy.yaml: "
                + "FAILED: 3 of 4 rules broken, 4 failures\n");
        assertThat(text).contains("""

                FAIL maxDown (maxDown: 2): no single service's loss takes down more than 2 services — 1 of 6 checked break it
                  db: losing db takes down 3 services, more than the 2 allowed, customer-facing among them: check<out>
                      check<out> ← api ← db
                """);
        assertThat(text).contains("PASS maxWeighted (maxWeighted: 100)");
        assertThat(text).contains("WARNING survive (survive: zone:*)");
    }
}
