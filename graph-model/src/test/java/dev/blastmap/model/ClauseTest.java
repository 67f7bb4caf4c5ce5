package dev.blastmap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseTest {

    private static final List<ServiceId> THREE = List.of(ServiceId.of("a"), ServiceId.of("b"), ServiceId.of("c"));

    @Test
    void anyOfNeedsOneAndAllOfNeedsEvery() {
        assertThat(Clause.anyOf(THREE).need()).isEqualTo(1);
        assertThat(Clause.allOf(THREE).need()).isEqualTo(3);
    }

    @Test
    void aClauseBreaksAfterMembersMinusNeedPlusOneFailures() {
        assertThat(Clause.atLeast(2, THREE).failuresToBreak()).isEqualTo(2);
        assertThat(Clause.anyOf(THREE).failuresToBreak()).isEqualTo(3);
        assertThat(Clause.allOf(THREE).failuresToBreak()).isEqualTo(1);
    }

    @Test
    void impossibleNeedIsRefused() {
        assertThatThrownBy(() -> Clause.atLeast(4, THREE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Clause.atLeast(0, THREE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void repeatedMembersAndNegativeDelaysAreRefused() {
        ServiceId a = ServiceId.of("a");
        assertThatThrownBy(() -> Clause.anyOf(List.of(a, a))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Clause.on(a).withDelay(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
