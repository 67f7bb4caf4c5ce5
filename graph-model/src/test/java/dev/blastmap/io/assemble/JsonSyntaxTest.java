package dev.blastmap.io.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.stream.JsonReader;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.Problem;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class JsonSyntaxTest {

    private static Object walk(String text) throws Exception {
        JsonReader json = new JsonReader(new StringReader(text));
        return JsonSyntax.read(json, "f.json", "Test", () -> {
            json.skipValue();
            return "read";
        });
    }

    private static Problem problemOf(String text) {
        try {
            walk(text);
        } catch (GraphImportException e) {
            return e.problems().get(0);
        } catch (Exception e) {
            throw new AssertionError("not a located problem: " + e, e);
        }
        throw new AssertionError("read without a problem: " + text);
    }

    @Test
    void aWholeDocumentIsWalkedAndWhatTheWalkReturnsIsReturned() throws Exception {
        assertThat(walk("{\"a\": [1, 2]}\n")).isEqualTo("read");
    }

    @Test
    void moreTextAfterTheDocumentIsAProblemAtItsLine() {
        Problem p = problemOf("{}\n\n{}");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo("Test: more text after the end of the JSON document");
    }

    @Test
    void aCutOffDocumentSaysItMayBeTruncatedWithTheLineAndColumnWhereItStops() {
        Problem p = problemOf("[1,\n 2,");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.column()).isPositive();
        assertThat(p.message()).contains("Test:").contains("truncated");
    }

    @Test
    void malformedJsonIsNotValidJsonInOneLineWithoutGsonsPath() {
        Problem p = problemOf("{\"a\" 1}");
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).startsWith("Test: not valid JSON: ").doesNotContain(" path ");
    }

    @Test
    void aWalksOwnRefusalPassesThrough() {
        JsonReader json = new JsonReader(new StringReader("[]"));
        assertThatThrownBy(() -> JsonSyntax.read(json, "f.json", "Test", () -> {
            throw GraphImportException.of("f.json", 1, 1, "no");
        })).isInstanceOf(GraphImportException.class).hasMessageContaining("no");
    }
}
