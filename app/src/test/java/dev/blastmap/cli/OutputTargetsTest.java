package dev.blastmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTargetsTest {

    @TempDir
    Path dir;

    private static Map<String, String> targets(String... optionAndTarget) {
        Map<String, String> targets = new LinkedHashMap<>();
        for (int i = 0; i < optionAndTarget.length; i += 2) {
            targets.put(optionAndTarget[i], optionAndTarget[i + 1]);
        }
        return targets;
    }

    @Test
    void oneOutputOnStandardOutputAndFilesBesideItAreFine() {
        assertThat(OutputTargets.problems("check", targets("--output", "-", "--junit", dir.resolve("j.xml").toString(),
                "--sarif", null), List.of(dir.resolve("g.json").toString(), "-"))).isEmpty();
    }

    @Test
    void twoOutputsOnStandardOutputAreRefused() {
        assertThat(OutputTargets.problems("check", targets("--output", "-", "--junit", "-", "--sarif", "-"), List.of()))
                .containsExactly("blastmap check: error: only one output can go to standard output (-), and --output, "
                        + "--junit, --sarif ask for it; give the others a file");
    }

    @Test
    void anOutputThatNamesAnInputIsRefusedEvenWrittenDifferently() {
        String input = dir.resolve("g.json").toString();

        assertThat(OutputTargets.problems("diff", targets("--output", dir.resolve("x/../g.json").toString()),
                List.of(input))).containsExactly("blastmap diff: error: --output " + dir.resolve("x/../g.json")
                + " is an input file; writing it would overwrite it");
    }
}
