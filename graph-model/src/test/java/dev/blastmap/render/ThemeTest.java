package dev.blastmap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.analysis.ServiceState;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThemeTest {

    @Test
    void everyStateHasItsOwnPatternNotOnlyItsOwnColour() {
        for (Theme t : List.of(Theme.light(), Theme.dark())) {
            Set<String> patterns = new HashSet<>();
            for (ServiceState s : ServiceState.values()) {
                StateStyle st = t.style(s);
                patterns.add(st.cross() + "/" + (st.hatch() != null) + "/" + st.dashed() + "/" + (st.borderWidth() > 2.5));
            }
            assertThat(patterns).as(t.name()).hasSize(ServiceState.values().length);
        }
    }

    @Test
    void labelsContrastWithTheirFill() {
        for (Theme t : List.of(Theme.light(), Theme.dark())) {
            for (ServiceState s : ServiceState.values()) {
                StateStyle st = t.style(s);
                assertThat(contrast(st.text(), st.fill())).as("%s %s", t.name(), s).isGreaterThan(4.5);
            }
        }
    }

    @Test
    void themesAreFoundByName() {
        assertThat(Theme.named("dark").darkBackground()).isTrue();
        assertThat(Theme.named("light").darkBackground()).isFalse();
        assertThatThrownBy(() -> Theme.named("sepia")).isInstanceOf(IllegalArgumentException.class);
    }

    private static double contrast(Rgba a, Rgba b) {
        double la = a.luminance() + 0.05;
        double lb = b.luminance() + 0.05;
        return Math.max(la, lb) / Math.min(la, lb);
    }
}
