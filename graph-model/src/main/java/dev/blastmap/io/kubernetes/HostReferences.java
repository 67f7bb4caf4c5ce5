package dev.blastmap.io.kubernetes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the host names a container's env value or argument names: {@code cartservice:7070},
 * {@code http://reviews:9080/reviews}, {@code redis://user@cache.shop.svc.cluster.local:6379},
 * {@code --db=orders-db.shop:5432}, or a value that is nothing but a host. A bare word inside other text
 * ({@code /tmp/logs}, {@code -addr=:8080}, a sentence) is not taken for a host: only a word with a port, after
 * {@code //} or {@code @}, qualified with dots, or standing alone counts, so that a Service named like a
 * common word is not depended on by accident.
 */
final class HostReferences {

    private static final Pattern HOST = Pattern.compile(
            "(?<![\\w.\\-/])(?:(?<scheme>//)|(?<user>@))?(?<host>[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*)(?<port>:\\d{1,5})?(?![\\w\\-])");
    private static final Pattern AFTER_SCHEME_OR_USER = Pattern.compile("(?://|@)$");

    private HostReferences() {
    }

    /** The candidate host names in a text, lower-cased, without ports. */
    static List<String> in(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.length() > 4096) {
            return out;
        }
        String value = text.strip().toLowerCase(java.util.Locale.ROOT);
        Matcher m = HOST.matcher(value);
        while (m.find()) {
            String host = m.group("host");
            boolean alone = m.start() == 0 && m.end() == value.length();
            boolean prefixed = AFTER_SCHEME_OR_USER.matcher(value.substring(0, m.start("host"))).find();
            boolean userInfo = m.end() < value.length() && value.charAt(m.end()) == '@';
            if (!userInfo && (alone || prefixed || m.group("port") != null || host.contains("."))) {
                out.add(host);
            }
        }
        return out;
    }
}
