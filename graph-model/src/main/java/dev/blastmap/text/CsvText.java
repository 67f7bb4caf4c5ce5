package dev.blastmap.text;

/**
 * Fields of CSV files (RFC 4180) that a spreadsheet opens as data: a field that would start a formula
 * ({@code = + - @}, tab or carriage return first) gets a leading apostrophe, and a field holding a comma (the
 * delimiter every Blastmap CSV header names), a quote or a line break is quoted. {@link #unguard} undoes the
 * apostrophe, so a CSV reader gets back exactly the text that was written.
 */
public final class CsvText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvText() {
    }

    /** One field: formula-guarded, then quoted if it needs to be. */
    public static String field(String text) {
        String guarded = guarded(text) ? "'" + text : text;
        boolean quote = false;
        for (int i = 0; i < guarded.length() && !quote; i++) {
            quote = ",\"\n\r".indexOf(guarded.charAt(i)) >= 0;
        }
        return quote ? '"' + guarded.replace("\"", "\"\"") + '"' : guarded;
    }

    /** The text a guarded field stands for: {@code '=1} is {@code =1}; any other field is itself. */
    public static String unguard(String field) {
        return field.startsWith("'") && guarded(field.substring(1)) ? field.substring(1) : field;
    }

    /**
     * True if a field gets an apostrophe: it starts a formula, or it already starts with an apostrophe before
     * something that would (so that {@link #unguard} cannot take that apostrophe away).
     */
    private static boolean guarded(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && FORMULA_STARTS.indexOf(text.charAt(i)) >= 0;
    }
}
