package dev.blastmap.app.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void noArgumentsOpenTheFlagshipWithTheSavedTheme() {
        LaunchOptions o = LaunchOptions.parse(List.of());
        assertThat(o.file()).isNull();
        assertThat(o.knockOut()).isEmpty();
        assertThat(o.dark()).isNull();
    }

    @Test
    void readsAFileRepeatedOrCommaSeparatedKnockoutsAndTheTheme() {
        LaunchOptions o = LaunchOptions.parse(List.of("g.blastmap.json", "--knock", "dns,region:east", "-k", "db",
                "--select", "web", "--panel", "spof", "--dark"));
        assertThat(o.select()).isEqualTo("web");
        assertThat(o.panel()).isEqualTo("spof");
        assertThat(o.file()).isEqualTo(Path.of("g.blastmap.json"));
        assertThat(o.knockOut()).containsExactly("dns", "region:east", "db");
        assertThat(o.dark()).isTrue();
        assertThat(LaunchOptions.parse(List.of("--knock=x", "--sample=s.json")).knockOut()).containsExactly("x");
    }

    @Test
    void refusesUnknownOptionsAndMissingValues() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--bogus"))).hasMessageContaining("unknown option --bogus");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--knock"))).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--panel", "x"))).hasMessageContaining("inspector, spof or resilience");
    }
}
