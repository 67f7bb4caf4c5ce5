package dev.blastmap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with the golden files in {@code src/test/resources/report/golden}. To accept new output
 * after a deliberate change, run the tests with {@code -Dblastmap.updateGolden=true} and review the diff:
 * {@code mvn -o -q -pl graph-model test -Dtest='*ReportWriterTest' -Dblastmap.updateGolden=true}.
 */
final class GoldenFiles {

    private static final Path FOLDER = Path.of("src", "test", "resources", "report", "golden");

    private GoldenFiles() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = FOLDER.resolve(name);
        if (Boolean.getBoolean("blastmap.updateGolden")) {
            Files.createDirectories(FOLDER);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file %s; regenerate with -Dblastmap.updateGolden=true", file).exists();
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(actual).as("output differs from %s; if the change is deliberate, regenerate with"
                + " -Dblastmap.updateGolden=true and review the diff", file).isEqualTo(expected);
    }
}
