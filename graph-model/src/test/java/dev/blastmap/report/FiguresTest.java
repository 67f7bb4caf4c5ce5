package dev.blastmap.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.Clause;
import dev.blastmap.model.ServiceId;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void weightsShowNoMoreDecimalsThanTheyNeed() {
        assertThat(Figures.weight(18)).isEqualTo("18");
        assertThat(Figures.weight(0.5)).isEqualTo("0.5");
        assertThat(Figures.weight(1.0 / 3)).isEqualTo("0.33");
        assertThat(Figures.weight(1e6)).isEqualTo("1000000");
        assertThat(Figures.weight(0)).isEqualTo("0");
    }

    @Test
    void elapsedTimesReadLikeAClock() {
        assertThat(Figures.elapsed(Duration.ZERO)).isEqualTo("+0");
        assertThat(Figures.elapsed(Duration.ofMinutes(10))).isEqualTo("+10m");
        assertThat(Figures.elapsed(Duration.ofMinutes(90).plusSeconds(5))).isEqualTo("+1h 30m 5s");
        assertThat(Figures.elapsed(Duration.ofDays(2).plusHours(4))).isEqualTo("+2d 4h");
        assertThat(Figures.elapsed(Duration.ofMillis(250))).isEqualTo("+250ms");
    }

    @Test
    void momentsKeepTheirOffset() {
        assertThat(Figures.moment(OffsetDateTime.parse("2025-10-19T23:48:00-07:00"))).isEqualTo("2025-10-19 23:48 -07:00");
        assertThat(Figures.moment(null)).isEmpty();
    }

    @Test
    void clausesAreSaidInWords() {
        List<ServiceId> dbs = List.of(ServiceId.of("a"), ServiceId.of("b"), ServiceId.of("c"));

        assertThat(Figures.clause(Clause.on(ServiceId.of("dns")))).isEqualTo("needs dns");
        assertThat(Figures.clause(Clause.anyOf(dbs))).isEqualTo("needs 1 of a, b, c");
        assertThat(Figures.clause(Clause.allOf(dbs))).isEqualTo("needs all of a, b, c");
        assertThat(Figures.clause(Clause.atLeast(2, dbs).withDelay(Duration.ofMinutes(5))))
                .isEqualTo("needs 2 of a, b, c, after 5m");
    }
}
