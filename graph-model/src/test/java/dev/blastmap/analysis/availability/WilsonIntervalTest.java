package dev.blastmap.analysis.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

    @Test
    void matchesNewcombesPublishedFiguresForMethodFour() {
        // Newcombe (1998), Statistics in Medicine 17:857, table II, method 4 (score, continuity-corrected)
        long[][] cases = {{81, 263}, {15, 148}, {0, 20}, {1, 29}};
        double[][] published = {{0.2535, 0.3682}, {0.0598, 0.1644}, {0.0000, 0.2005}, {0.0018, 0.1963}};
        for (int i = 0; i < cases.length; i++) {
            double[] ci = WilsonInterval.of(cases[i][0], cases[i][1]);
            assertThat(ci[0]).as("low of %s/%s", cases[i][0], cases[i][1]).isCloseTo(published[i][0], within(5e-5));
            assertThat(ci[1]).as("high of %s/%s", cases[i][0], cases[i][1]).isCloseTo(published[i][1], within(5e-5));
        }
    }

    @Test
    void noSuccessStillGivesAnUpperBoundAboveZeroAndAllSuccessesALowerBoundBelowOne() {
        double[] none = WilsonInterval.of(0, 1000);
        assertThat(none[0]).isZero();
        assertThat(none[1]).isGreaterThan(0.003).isLessThan(0.006);
        double[] all = WilsonInterval.of(1000, 1000);
        assertThat(all[1]).isEqualTo(1.0);
        assertThat(all[0]).isCloseTo(1 - none[1], within(1e-12));
    }
}
