package dev.blastmap.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CaptionTest {

    @Test
    void offsetsReadAsPeopleWriteThem() {
        assertThat(Caption.offset(ZoneOffset.UTC)).isEqualTo("UTC");
        assertThat(Caption.offset(ZoneOffset.ofHours(-7))).isEqualTo("UTC−07:00");
        assertThat(Caption.offset(ZoneOffset.ofHoursMinutes(5, 30))).isEqualTo("UTC+05:30");
    }

    @Test
    void elapsedTimeIsShortAndSkipsZeroParts() {
        assertThat(Caption.elapsed(Duration.ZERO)).isEmpty();
        assertThat(Caption.elapsed(Duration.ofMinutes(-5))).isEmpty();
        assertThat(Caption.elapsed(Duration.ofMinutes(45))).isEqualTo("T+45 min");
        assertThat(Caption.elapsed(Duration.ofHours(2))).isEqualTo("T+2 h");
        assertThat(Caption.elapsed(Duration.ofMinutes(157))).isEqualTo("T+2 h 37 min");
        assertThat(Caption.elapsed(Duration.ofHours(28))).isEqualTo("T+1 day 4 h");
        assertThat(Caption.elapsed(Duration.ofDays(10))).isEqualTo("T+10 days");
        assertThat(Caption.elapsed(Duration.ofSeconds(30))).isEqualTo("T+0 min");
    }
}
