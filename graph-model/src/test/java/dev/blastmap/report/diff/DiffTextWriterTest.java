package dev.blastmap.report.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiffTextWriterTest {

    @Test
    void theResilienceNewsComesFirstThenWhatChangedInTheFile() throws Exception {
        String text = DiffFixtures.written(new DiffTextWriter(), DiffFixtures.diff());

        assertThat(text).startsWith("""
                blastmap diff: old.json → new.json
                services +1 −1 ~2, dependencies +1 −0, blast radius changed for 4, single points of failure of \
                customer-facing services +3 −0

                New single points of failure of customer-facing services (3):
                  db-1 alone takes down w<e>b|: w<e>b| ← api ← db-1
                """);
        assertThat(text).contains("  db-1: grew: down 1 → 3, weight 1 → 3, customer-facing down none → w<e>b|, "
                + "exposed to 0\n");
        assertThat(text).contains("  api; dependsOn: anyOf(db-1, db-2) → allOf(db-1, db-2), queue\n");
        assertThat(text).contains("  w<e>b|; zone: (none) → b\n");
        assertThat(text).contains("Dependencies added (1):\n  api → queue\n");
    }
}
