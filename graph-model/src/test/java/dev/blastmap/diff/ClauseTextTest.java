package dev.blastmap.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.Clause;
import dev.blastmap.model.ServiceId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseTextTest {

    private static final List<ServiceId> THREE = List.of(ServiceId.of("a"), ServiceId.of("b"), ServiceId.of("c"));

    @Test
    void eachKindOfClauseReadsAsItIsWrittenInTheNativeFormat() {
        assertThat(ClauseText.of(List.of(Clause.on(ServiceId.of("db")), Clause.anyOf(THREE), Clause.allOf(THREE),
                Clause.atLeast(2, THREE)))).isEqualTo("db, anyOf(a, b, c), allOf(a, b, c), atLeast 2 of (a, b, c)");
    }

    @Test
    void softnessAndDelayAreShown() {
        assertThat(ClauseText.of(Clause.on(ServiceId.of("dns")).asSoft().withDelay(Duration.ofMinutes(10))))
                .isEqualTo("soft dns after PT10M");
    }
}
