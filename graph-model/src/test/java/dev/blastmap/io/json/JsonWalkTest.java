package dev.blastmap.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.io.SourcePosition;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonWalkTest {

    @Test
    void aForeignReaderWalksFieldsAndItemsAndEachItemKnowsWhereItStarts() throws IOException {
        JsonWalk cursor = JsonWalk.of(new StringReader("{\"skip\": {\"x\": [1]},\n \"list\": [\n  {\"a\": 1},\n  {\"a\": 2}]}"));
        List<String> seen = new ArrayList<>();
        boolean isObject = cursor.fields(name -> {
            if (name.equals("list")) {
                cursor.items((i, at) -> {
                    seen.add(i + "@" + at.line() + ":" + at.column());
                    cursor.reader().skipValue();
                });
            } else {
                cursor.reader().skipValue();
            }
        });
        assertThat(isObject).isTrue();
        assertThat(seen).containsExactly("0@3:3", "1@4:3");
    }

    @Test
    void fieldsAndItemsSkipAValueOfTheWrongShapeAndSaySo() throws IOException {
        JsonWalk cursor = JsonWalk.of(new StringReader("[[1, 2], {\"a\": 1}, 3]"));
        List<Boolean> shapes = new ArrayList<>();
        cursor.items((i, at) -> shapes.add(i == 0 ? cursor.fields(name -> { }) : cursor.items((k, where) -> { })));
        assertThat(shapes).containsExactly(false, false, false);
    }

    @Test
    void scalarsAreTheirTextAndOtherValuesAreSkippedAsNull() throws IOException {
        JsonWalk cursor = JsonWalk.of(new StringReader("[\"s\", 1e3, true, null, {\"a\": [1]}, [2], 7]"));
        List<String> values = new ArrayList<>();
        cursor.items((i, at) -> values.add(cursor.scalar()));
        assertThat(values).containsExactly("s", "1e3", "true", null, null, null, "7");
    }

    @Test
    void theFirstValueStartsOnItsOwnLine() throws IOException {
        assertThat(JsonWalk.of(new StringReader("\n\n  {}")).at()).isEqualTo(new SourcePosition(3, 3));
    }
}
