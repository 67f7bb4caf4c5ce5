package dev.blastmap.io.json;

import com.google.gson.stream.JsonReader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The line and column a Gson {@link JsonReader} stands at, as Gson itself would print them, read without
 * building any text: the one place that knows where Gson keeps its position, for the native reader and the
 * foreign JSON readers alike.
 *
 * <p>Gson has no public accessor for its position; it prints it inside messages ({@code at line L column C
 * path P}), and building that message (with the whole JSON path) costs about a microsecond, which was a quarter
 * of reading a million-service file when every service id was located. Gson keeps the position in three
 * private fields, read here through {@link VarHandle}s (allowed on the class path, where Blastmap runs). Should
 * a Gson version rename them, or a module system hide them, the description Gson prints is read instead: the
 * same figures, only slower. {@code JsonReaderPositionTest} fails if the fast way stops working.
 *
 * <p>A position is packed into a {@code long} (line in the high half, column in the low half) so that a reader
 * can keep one per value without an object per value.
 */
public final class JsonReaderPosition {

    private static final VarHandle POS = gsonField("pos");
    private static final VarHandle LINE_NUMBER = gsonField("lineNumber");
    private static final VarHandle LINE_START = gsonField("lineStart");

    private static VarHandle gsonField(String name) {
        try {
            return MethodHandles.privateLookupIn(JsonReader.class, MethodHandles.lookup())
                    .findVarHandle(JsonReader.class, name, int.class);
        } catch (ReflectiveOperationException | SecurityException e) {
            return null; // the slow way gives the same figures
        }
    }

    private JsonReaderPosition() {
    }

    /** True when positions are read from Gson's fields rather than from its description. */
    static boolean isFast() {
        return POS != null && LINE_NUMBER != null && LINE_START != null;
    }

    /**
     * Where {@code reader} stands: the 1-based line and column Gson's messages would name now, packed.
     *
     * @see #line(long)
     * @see #column(long)
     */
    public static long of(JsonReader reader) {
        if (isFast()) {
            int lineNumber = (int) LINE_NUMBER.get(reader);
            int column = (int) POS.get(reader) - (int) LINE_START.get(reader) + 1;
            return pack(lineNumber + 1, column);
        }
        return described(reader.toString());
    }

    /** A line and a column packed into one value. */
    public static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xFFFF_FFFFL);
    }

    /** The line of a packed position. */
    public static int line(long position) {
        return (int) (position >>> 32);
    }

    /** The column of a packed position. */
    public static int column(long position) {
        return (int) position;
    }

    /**
     * A Gson message without the location Gson appended to it ({@code at line L column C path P}) and without
     * the troubleshooting link on the lines after it, given the position the reader stood at when it threw.
     */
    public static String withoutLocation(String message, long position) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        String first = newline < 0 ? message : message.substring(0, newline);
        int at = first.indexOf(" at line " + line(position) + " column " + column(position));
        return (at < 0 ? first : first.substring(0, at)).strip();
    }

    /**
     * The position a Gson message names ({@code at line L column C path P}), packed; 0 when it names none. For
     * exceptions caught where the reader that threw them is out of reach; with the reader, {@link #of} is exact
     * and cheaper.
     */
    public static long inMessage(String message) {
        return message == null ? 0 : described(message);
    }

    /** The position in Gson's own description of its reader or in its messages, which end with it. */
    private static long described(String text) {
        int lineAt = text.lastIndexOf(" at line ");
        int columnAt = lineAt < 0 ? -1 : text.indexOf(" column ", lineAt);
        if (columnAt < 0) {
            return 0;
        }
        int columnEnd = columnAt + 8;
        while (columnEnd < text.length() && Character.isDigit(text.charAt(columnEnd))) {
            columnEnd++;
        }
        try {
            return pack(Integer.parseInt(text.substring(lineAt + 9, columnAt)),
                    Integer.parseInt(text.substring(columnAt + 8, columnEnd)));
        } catch (NumberFormatException e) {
            return 0; // not Gson's location after all, or a number no file reaches
        }
    }
}
