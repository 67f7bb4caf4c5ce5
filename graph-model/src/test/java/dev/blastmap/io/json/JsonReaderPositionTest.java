package dev.blastmap.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class JsonReaderPositionTest {

    @Test
    void positionsAreReadFromGsonsFieldsNotFromItsMessages() {
        assertThat(JsonReaderPosition.isFast())
                .as("Gson's pos, lineNumber and lineStart fields are readable (a new Gson may have renamed them)")
                .isTrue();
    }

    @Test
    void everyPositionIsTheOneGsonItselfPrints() throws Exception {
        JsonReader reader = new JsonReader(new StringReader("""
                {"a": [1, "two", {"b": true}],
                   "c":
                     null, "d": "\\u00e9t\\u00e9"}
                """));
        int checked = 0;
        while (reader.peek() != JsonToken.END_DOCUMENT) {
            assertThat(described(reader)).isEqualTo(text(JsonReaderPosition.of(reader)));
            checked++;
            switch (reader.peek()) {
                case BEGIN_OBJECT -> reader.beginObject();
                case END_OBJECT -> reader.endObject();
                case BEGIN_ARRAY -> reader.beginArray();
                case END_ARRAY -> reader.endArray();
                case NAME -> reader.nextName();
                default -> reader.skipValue();
            }
        }
        assertThat(described(reader)).isEqualTo(text(JsonReaderPosition.of(reader)));
        assertThat(checked).isEqualTo(15);
    }

    @Test
    void gsonsLocationIsTakenOffItsMessage() throws Exception {
        JsonReader reader = new JsonReader(new StringReader("{\"a\": 1,\n \"b\" 2}"));
        reader.beginObject();
        reader.nextName();
        reader.nextInt();
        MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class, () -> {
            reader.nextName();
            reader.nextInt();
        });

        long at = JsonReaderPosition.of(reader);

        assertThat(text(at)).isEqualTo("2:7");
        assertThat(e.getMessage()).contains(" at line 2 column 7 ").contains("\n");
        assertThat(JsonReaderPosition.withoutLocation(e.getMessage(), at)).isEqualTo("Expected ':'");
    }

    @Test
    void aMessageWithoutItsReaderIsLocatedByTheTextGsonAppended() {
        long at = JsonReaderPosition.inMessage("Unterminated object at line 3 column 14 path $.services[2].id\nSee ...");

        assertThat(text(at)).isEqualTo("3:14");
        assertThat(JsonReaderPosition.inMessage("End of input")).isZero();
        assertThat(JsonReaderPosition.inMessage(null)).isZero();
        assertThat(JsonReaderPosition.inMessage("x at line 99999999999 column 1")).isZero();
        assertThat(text(JsonReaderPosition.inMessage("JsonReader at line 7 column 2"))).isEqualTo("7:2");
    }

    @Test
    void aLineAndAColumnSurvivePacking() {
        long packed = JsonReaderPosition.pack(2_000_000, 70_000);

        assertThat(JsonReaderPosition.line(packed)).isEqualTo(2_000_000);
        assertThat(JsonReaderPosition.column(packed)).isEqualTo(70_000);
    }

    private static String described(JsonReader reader) {
        String text = reader.toString();
        int line = text.indexOf(" at line ");
        return text.substring(line + 9, text.indexOf(" path ")).replace(" column ", ":");
    }

    private static String text(long position) {
        return JsonReaderPosition.line(position) + ":" + JsonReaderPosition.column(position);
    }
}
