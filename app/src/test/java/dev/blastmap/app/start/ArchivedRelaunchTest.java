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
    void theWindowsJvmGetsTheParallelCollectorAFirstHeapAndHugePagesUnlessTheCommandLineChose() {
        String offered = "always [madvise] never\n";
        assertThat(ArchivedRelaunch.memoryOptions(List.of("-Dblastmap.timing=true"), offered)).containsExactly(
                "-XX:+UseParallelGC", "-XX:InitialRAMPercentage=4", "-XX:+UseTransparentHugePages");
        assertThat(ArchivedRelaunch.memoryOptions(List.of("-XX:+UseG1GC", "-Xmx2g"), "[always] madvise never"))
                .containsExactly("-XX:+UseTransparentHugePages");
        assertThat(ArchivedRelaunch.memoryOptions(List.of("-XX:+UseZGC", "-Xms512m"), "always madvise [never]")).isEmpty();
        assertThat(ArchivedRelaunch.memoryOptions(List.of("-XX:-UseTransparentHugePages"), offered))
                .containsExactly("-XX:+UseParallelGC", "-XX:InitialRAMPercentage=4");
        assertThat(ArchivedRelaunch.memoryOptions(List.of("-XX:+UseStringDeduplication"), ""))
                .containsExactly("-XX:+UseParallelGC", "-XX:InitialRAMPercentage=4");
    }

    @Test
    void classesThatDoNotComeFromAJarOpenTheWindowInThisJvm() {
        // The tests run from target/classes: there is no jar, so no archive beside it.
        assertThat(ArchivedRelaunch.run(new String[0])).isEmpty();
    }
}
