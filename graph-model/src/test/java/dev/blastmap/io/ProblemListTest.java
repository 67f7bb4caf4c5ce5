package dev.blastmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemListTest {

    @Test
    void aRefusalListsErrorsInDocumentOrderThenWarnings() {
        ProblemList problems = new ProblemList("g.json");
        problems.warning(1, 2, "$.x", "unknown field");
        problems.error(9, 3, "$.b", "later");
        problems.error(0, 0, "", "nowhere in particular");
        problems.error(2, 7, "$.a", "earlier");

        List<String> listed = problems.refusal().problems().stream().map(Problem::toString).toList();

        assertThat(listed).containsExactly("g.json:2:7: error: earlier (at $.a)", "g.json:9:3: error: later (at $.b)",
                "g.json: error: nowhere in particular", "g.json:1:2: warning: unknown field (at $.x)");
    }

    @Test
    void aForeignFormatsNameStartsEveryMessageAndNegativePositionsAreUnknown() {
        ProblemList problems = new ProblemList("g.dot", "DOT");
        problems.warning(-1, -1, "", "guessed");

        assertThat(problems.warnings()).containsExactly(Problem.warning("g.dot", 0, 0, "", "DOT: guessed"));
        assertThat(problems.hasErrors()).isFalse();
    }

    @Test
    void beyondTheLimitProblemsAreCountedNotKept() {
        ProblemList problems = new ProblemList("g.json");
        for (int i = 1; i <= 250; i++) {
            problems.error(i, 1, "", "bad " + i);
            problems.warning(i, 1, "", "odd " + i);
        }

        List<Problem> listed = problems.refusal().problems();

        assertThat(problems.errorCount()).isEqualTo(250);
        assertThat(listed).hasSize(2 * ProblemList.LIMIT + 2);
        assertThat(listed.get(ProblemList.LIMIT).message()).isEqualTo("150 more errors not shown; fix these first");
        assertThat(listed.get(listed.size() - 1).message()).isEqualTo("150 more warnings not shown");
    }

    @Test
    void anErrorThatStopsReadingIsListedEvenWhenTheListIsFull() {
        ProblemList problems = new ProblemList("g.gml", "GML");
        for (int i = 1; i <= 150; i++) {
            problems.error(i, 1, "", "bad");
        }

        List<Problem> listed = problems.refusal(500, 2, "the file ends here").problems();

        assertThat(listed).extracting(Problem::message).contains("GML: the file ends here")
                .endsWith("GML: 50 more errors not shown; fix these first");
    }
}
