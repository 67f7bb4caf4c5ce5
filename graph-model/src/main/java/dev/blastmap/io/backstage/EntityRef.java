package dev.blastmap.io.backstage;

import java.util.Locale;

/**
 * A Backstage entity reference {@code [kind:][namespace/]name}, compared as Backstage compares them: ignoring
 * case.
 *
 * @param kind      lower case; empty when the reference leaves it out
 * @param namespace lower case; {@code default} when left out
 * @param name      as written
 */
record EntityRef(String kind, String namespace, String name) {

    /** Parses a reference; {@code defaultKind} fills a missing kind (empty to leave it open). */
    static EntityRef parse(String text, String defaultKind) {
        String rest = text.strip();
        String kind = defaultKind;
        int colon = rest.indexOf(':');
        if (colon > 0) {
            kind = rest.substring(0, colon);
            rest = rest.substring(colon + 1);
        }
        String namespace = "default";
        int slash = rest.indexOf('/');
        if (slash > 0) {
            namespace = rest.substring(0, slash);
            rest = rest.substring(slash + 1);
        }
        return new EntityRef(kind.toLowerCase(Locale.ROOT), namespace.toLowerCase(Locale.ROOT), rest.strip());
    }

    /** The reference without its kind, for matching a kind-less reference. */
    String nameKey() {
        return namespace + "/" + name.toLowerCase(Locale.ROOT);
    }

    /** The full reference, lower case, for matching. */
    String key() {
        return kind + ":" + nameKey();
    }

    /** {@code kind:namespace/name} as written. */
    @Override
    public String toString() {
        return kind + ":" + namespace + "/" + name;
    }
}
