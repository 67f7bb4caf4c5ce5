package dev.blastmap.cli;

import static dev.blastmap.cli.CommandRun.run;
import static dev.blastmap.cli.CommandRun.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.blastmap.io.ReadResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphInputTest {

    @TempDir
    Path dir;

    @Test
    void aDashReadsStandardInput() {
        ReadResult result = GraphInput.read("-", new ByteArrayInputStream(CliFixtures.SMALL.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.graph().name()).isEqualTo("small");
    }

    @Test
    void aMissingFileIsBadInputNamingIt() {
        BadInputException e = catchThrowableOfType(BadInputException.class,
                () -> GraphInput.read(dir.resolve("nope.json").toString(), System.in));

        assertThat(e.lines()).containsExactly(dir.resolve("nope.json") + ": error: no such file");
    }

    @Test
    void aDirectoryIsBadInput() {
        CommandRun r = run("rank", dir.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly(dir + ": error: is a directory, not a graph file");
    }

    @Test
    void standardInputThatIsNoGraphIsBadInput() {
        CommandRun r = runWithInput("hello, world", "rank", "-");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).startsWith("<stdin>: error: not a graph format Blastmap reads");
    }

    @Test
    void aCutShortFileGivesOneLine() throws Exception {
        String file = CliFixtures.file(dir, "cut.blastmap.json", "{\"blastmap\": 1, \"services\": [{\"id\": \"a\"");

        CommandRun r = run("rank", file);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly(file + ":1:40: error: not valid JSON: the text ends before the JSON"
                + " does (is the file cut short?) (at $.services[0].id)");
    }

    @Test
    void warningsArePrintedButTheCommandSucceeds() {
        CommandRun r = runWithInput("{\"blastmap\": 1, \"colour\": \"red\", \"services\": [{\"id\": \"a\"}]}",
                "rank", "-", "--json");

        assertThat(r.exitCode()).isZero();
        assertThat(r.errLines()).containsExactly(
                "<stdin>:1:17: warning: unknown field \"colour\" ignored (at $.colour)");
    }
}
