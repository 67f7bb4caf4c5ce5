package dev.blastmap.io.kubernetes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the host names a container's env value or argument names: {@code cartservice:7070},
 * {@code http://reviews:9080/reviews}, {@code redis://user@cache.shop.svc.cluster.local:6379},
 * {@code --db=orders-db.shop:5432}, or a value that is nothing but a host. A bare word inside other text
 * ({@code /tmp/logs}, {@code -addr=:8080}, a sentence) is not taken for a host: only a word with a port, after
 * {@code //} or {@code @}, qualified with dots, or standing alone counts, so that a Service named like a
 * common word is not depended on by accident.
 *
 * <p>A single left-to-right scan, linear in the text: a regular expression with a repeated group for the
 * labels recursed once per label and overflowed the stack on {@code a.a.a.…}.
 */
final class HostReferences {

    private HostReferences() {
    }

    /** The candidate host names in a text, lower-cased, without ports. */
    static List<String> in(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String value = text.strip().toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < value.length()) {
            if (!isHostChar(value.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < value.length() && isHostChar(value.charAt(i))) {
                i++;
            }
            candidate(value, start, i).ifPresent(out::add);
        }
        return out;
    }

    /** The host in {@code value[start, end)}, a maximal run of letters, digits, dots and dashes, if it is one. */
    private static java.util.Optional<String> candidate(String value, int start, int end) {
        int hostEnd = end;
        while (hostEnd > start && value.charAt(hostEnd - 1) == '.') {
            hostEnd--; // a sentence's full stop, or a fully qualified name's root dot
        }
        String host = value.substring(start, hostEnd);
        if (!isHostName(host)) {
            return java.util.Optional.empty();
        }
        char before = start > 0 ? value.charAt(start - 1) : ' ';
        boolean prefixed = before == '@' || before == '/' && start >= 2 && value.charAt(start - 2) == '/';
        if (before == '_' || before == '/' && !prefixed) {
            return java.util.Optional.empty();
        }
        int after = hostEnd;
        boolean port = false;
        if (after == end && after < value.length() && value.charAt(after) == ':') {
            int digits = after + 1;
            while (digits < value.length() && digits - after <= 5 && Character.isDigit(value.charAt(digits))) {
                digits++;
            }
            if (digits > after + 1 && digits - after <= 6) {
                port = true;
                after = digits;
            }
        }
        char next = after < value.length() ? value.charAt(after) : ' ';
        if (next == '@' || next == '_' || Character.isLetterOrDigit(next)) {
            return java.util.Optional.empty(); // user info, or not the end of a word
        }
        boolean alone = start == 0 && after == value.length();
        return alone || prefixed || port || host.contains(".") ? java.util.Optional.of(host) : java.util.Optional.empty();
    }

    /** Dot-separated labels of letters, digits and inner dashes. */
    private static boolean isHostName(String host) {
        if (host.isEmpty()) {
            return false;
        }
        for (String label : host.split("\\.", -1)) {
            if (label.isEmpty() || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHostChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-';
    }
}
