package dev.blastmap.io.assemble;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where Gson says a problem is: its messages and its reader's description end in
 * {@code at line L column C path P}. The one place that reads them, for the native reader and the foreign
 * JSON readers alike.
 *
 * @param what   the message without the location
 * @param line   1-based line, or 0 when the text names none
 * @param column 1-based column, or 0
 * @param path   Gson's JSON path ({@code $.services[3]}), or {@code ""}
 */
public record GsonLocation(String what, int line, int column, String path) {

    private static final Pattern LOCATION = Pattern.compile(
            "^(.*?)\\s*at line (\\d{1,9}) column (\\d{1,9})(?: path (\\S*))?", Pattern.DOTALL);

    /** Validates the location. */
    public GsonLocation {
        what = what == null ? "" : what;
        path = path == null ? "" : path;
    }

    /** The location a Gson message or {@code JsonReader.toString()} names; line 0 when it names none. */
    public static GsonLocation of(String message) {
        String text = message == null ? "" : message;
        Matcher m = LOCATION.matcher(text);
        if (!m.find()) {
            return new GsonLocation(text, 0, 0, "");
        }
        return new GsonLocation(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4));
    }
}
