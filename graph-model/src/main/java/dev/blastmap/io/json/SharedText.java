package dev.blastmap.io.json;

import java.util.HashMap;
import java.util.Map;

/**
 * One copy of each text a document repeats: regions, zones, groups, tags and notes are written once per service
 * or clause but take a handful of values, and a million services would otherwise hold a million copies of
 * each. Lives only while one document is read.
 */
final class SharedText {

    private final Map<String, String> texts = new HashMap<>();

    /** The one copy of {@code text}; null for null. */
    String of(String text) {
        if (text == null) {
            return null;
        }
        String first = texts.putIfAbsent(text, text);
        return first == null ? text : first;
    }
}
