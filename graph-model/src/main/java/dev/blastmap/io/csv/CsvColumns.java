package dev.blastmap.io.csv;

import dev.blastmap.io.assemble.AttributeMapping;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which columns of a CSV edge list hold the dependent, the dependency and the dependency's type: found in the
 * header by the usual names, or given by the user ({@code --columns source=caller,target=callee,type=kind}).
 *
 * @param source the dependent's column: a header name, or a 1-based column number
 * @param target the dependency's column, likewise
 * @param type   the type's column, or null for none (or, when found by name, when there is none)
 */
public record CsvColumns(String source, String target, String type) {

    /** The names a header may give the dependent's column; {@code _id}, {@code _node}, ... may follow. */
    public static final List<String> SOURCE_NAMES = List.of("source", "from", "dependent", "caller", "parent",
            "src", "client", "consumer", "origin", "service");

    /** The names a header may give the dependency's column. */
    public static final List<String> TARGET_NAMES = List.of("target", "to", "dependency", "depends on", "callee",
            "child", "dst", "dest", "destination", "server", "provider");

    /** The names a header may give the type's column. */
    public static final List<String> TYPE_NAMES = List.of("type", "dependency type", "edge type", "relationship");

    private static final List<String> SUFFIXES = List.of("id", "node", "service", "name", "vertex", "key");

    /** Validates the columns. */
    public CsvColumns {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }

    /** The columns found by the usual names. */
    public static CsvColumns byUsualNames() {
        return new CsvColumns("", "", null);
    }

    /**
     * Parses {@code source=NAME,target=NAME[,type=NAME]}, each NAME a header name or a 1-based column number.
     *
     * @throws IllegalArgumentException saying what is wrong and what is expected
     */
    public static CsvColumns parse(String spec) {
        String source = null;
        String target = null;
        String type = null;
        for (String part : spec.split(",")) {
            int eq = part.indexOf('=');
            String role = eq < 0 ? "" : part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String name = eq < 0 ? "" : part.substring(eq + 1).strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("expected source=COLUMN,target=COLUMN[,type=COLUMN], found \""
                        + part.strip() + "\"");
            }
            switch (role) {
                case "source", "from", "dependent" -> source = name;
                case "target", "to", "dependency" -> target = name;
                case "type" -> type = name;
                default -> throw new IllegalArgumentException("unknown column role \"" + role
                        + "\"; the roles are source, target and type");
            }
        }
        if (source == null || target == null) {
            throw new IllegalArgumentException("name both the source and the target column: "
                    + "source=COLUMN,target=COLUMN[,type=COLUMN]");
        }
        return new CsvColumns(source, target, type);
    }

    /** True when the columns are found by the usual names rather than given. */
    boolean isByName() {
        return source.isEmpty();
    }

    /** The index of the source column in this header, if found. */
    Optional<Integer> sourceIn(List<String> header) {
        return isByName() ? usual(header, SOURCE_NAMES) : given(header, source);
    }

    /** The index of the target column in this header, if found. */
    Optional<Integer> targetIn(List<String> header) {
        return isByName() ? usual(header, TARGET_NAMES) : given(header, target);
    }

    /** The index of the type column in this header, if there is one. */
    Optional<Integer> typeIn(List<String> header) {
        if (isByName()) {
            return usual(header, TYPE_NAMES);
        }
        return type == null ? Optional.empty() : given(header, type);
    }

    /** True if this header cell is one of the usual names of a dependent's column. */
    static boolean isUsualSourceName(String cell) {
        return matches(cell, SOURCE_NAMES);
    }

    private static Optional<Integer> given(List<String> header, String name) {
        if (name.chars().allMatch(Character::isDigit)) {
            int index = Integer.parseInt(name) - 1;
            return index >= 0 && index < header.size() ? Optional.of(index) : Optional.empty();
        }
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(name)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> usual(List<String> header, List<String> names) {
        for (int i = 0; i < header.size(); i++) {
            if (matches(header.get(i), names)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String cell, List<String> names) {
        String key = AttributeMapping.normalise(cell.strip());
        Set<String> wanted = names.stream().map(AttributeMapping::normalise).collect(Collectors.toSet());
        if (wanted.contains(key)) {
            return true;
        }
        for (String suffix : SUFFIXES) {
            if (key.endsWith(suffix) && key.length() > suffix.length()
                    && wanted.contains(key.substring(0, key.length() - suffix.length()))) {
                return true;
            }
        }
        return false;
    }
}
