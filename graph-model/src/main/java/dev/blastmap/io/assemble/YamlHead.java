package dev.blastmap.io.assemble;

import java.util.ArrayList;
import java.util.List;

/**
 * What the first kilobytes of a YAML file say at a glance, for sniffers: one left-to-right pass over the lines,
 * so any head is answered in linear time (patterns such as {@code (?m)^\s*kind:} restart at every line and
 * take quadratic time on a head of blank lines).
 */
public final class YamlHead {

    private YamlHead() {
    }

    /**
     * The values of every line {@code KEY: VALUE} in {@code head}, at any indentation and after a list dash,
     * without quotes, in order; a line with only {@code KEY:} gives an empty value.
     */
    public static List<String> values(String head, String key) {
        List<String> found = new ArrayList<>();
        int start = 0;
        while (start <= head.length()) {
            int end = head.indexOf('\n', start);
            if (end < 0) {
                end = head.length();
            }
            int at = skipBlanks(head, start, end);
            if (at < end && head.charAt(at) == '-') {
                at = skipBlanks(head, at + 1, end);
            }
            if (head.startsWith(key, at) && at + key.length() < end && head.charAt(at + key.length()) == ':') {
                found.add(unquoted(head.substring(at + key.length() + 1, end).strip()));
            }
            start = end + 1;
        }
        return found;
    }

    private static int skipBlanks(String text, int from, int end) {
        int at = from;
        while (at < end && (text.charAt(at) == ' ' || text.charAt(at) == '\t' || text.charAt(at) == '\r')) {
            at++;
        }
        return at;
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
