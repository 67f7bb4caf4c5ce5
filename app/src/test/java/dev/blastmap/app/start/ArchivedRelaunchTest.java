package dev.blastmap.app.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchivedRelaunchTest {

    @Test
    void theArchiveSitsBesideTheJarUnderTheJarsName() {
        assertThat(ArchivedRelaunch.archiveBeside(Path.of("/opt/app/blastmap.jar")))
                .isEqualTo(Path.of("/opt/app/blastmap.jsa"));
    }

    @Test
    void theRelaunchedJvmGetsThisJvmsOptionsTheArchiveAndTheSameArguments() {
        var runtime = ManagementFactory.getRuntimeMXBean();
        List<String> command = ArchivedRelaunch.command("/usr/bin/java", runtime, Path.of("/opt/app/blastmap.jar"),
                Path.of("/opt/app/blastmap.jsa"), new String[] {"graph.blastmap.json", "--knock", "dns"});
        assertThat(command.get(0)).isEqualTo("/usr/bin/java");
        assertThat(command).containsAll(runtime.getInputArguments())
                .contains("-XX:SharedArchiveFile=/opt/app/blastmap.jsa", "-Dblastmap.relaunched=true")
                .anyMatch(a -> a.startsWith("-Dblastmap.launchStart="));
        assertThat(command.subList(command.size() - 6, command.size()))
                .containsExactly("-cp", "/opt/app/blastmap.jar", "dev.blastmap.Main", "graph.blastmap.json", "--knock", "dns");
    }

    @Test
    void theWindowsJvmUsesTheParallelCollectorUnlessTheCommandLineChoseOne() {
        assertThat(ArchivedRelaunch.collector(List.of("-Xmx2g", "-Dblastmap.timing=true")))
                .containsExactly("-XX:+UseParallelGC");
        assertThat(ArchivedRelaunch.collector(List.of("-XX:+UseG1GC"))).isEmpty();
        assertThat(ArchivedRelaunch.collector(List.of("-Xmx2g", "-XX:+UseZGC"))).isEmpty();
        assertThat(ArchivedRelaunch.collector(List.of("-XX:+UseStringDeduplication"))).containsExactly("-XX:+UseParallelGC");
    }

    @Test
    void classesThatDoNotComeFromAJarOpenTheWindowInThisJvm() {
        // The tests run from target/classes: there is no jar, so no archive beside it.
        assertThat(ArchivedRelaunch.run(new String[0])).isEmpty();
    }
}
