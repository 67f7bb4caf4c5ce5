package dev.blastmap.io.assemble;

import dev.blastmap.io.GraphImportException;
import dev.blastmap.model.Kind;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How attributes of foreign formats map onto services and dependencies, the same for every format: names are
 * compared ignoring case, {@code _}, {@code -} and spaces. Attributes that mean a field of the model set it;
 * drawing attributes (positions, colours, fonts) are dropped; everything else is kept as a tag
 * {@code name:value}.
 */
public final class AttributeMapping {

    /** Drawing attributes of Graphviz, yEd, Gephi and Cytoscape; they say nothing about the system. */
    private static final Set<String> DRAWING = Set.of("x", "y", "z", "size", "width", "height", "color",
            "fillcolor", "fontcolor", "fontname", "fontsize", "shape", "style", "pos", "position", "r", "g", "b",
            "penwidth", "selected", "suid", "sharedname", "sharedinteraction", "graphics", "labelgraphics",
            "image", "tooltip", "xlabel", "id", "comment", "url", "href", "rank",
            "margin", "peripheries", "fixedsize", "orientation", "sides", "skew", "distortion", "viz");

    /** Words other tools use for our kinds. */
    private static final Map<String, Kind> KIND_SYNONYMS = Map.ofEntries(
            Map.entry("db", Kind.DATABASE), Map.entry("datastore", Kind.DATABASE), Map.entry("cache", Kind.DATABASE),
            Map.entry("lb", Kind.LOAD_BALANCER), Map.entry("loadbalancer", Kind.LOAD_BALANCER),
            Map.entry("bucket", Kind.STORAGE), Map.entry("s3bucket", Kind.STORAGE), Map.entry("blob", Kind.STORAGE),
            Map.entry("topic", Kind.QUEUE), Map.entry("stream", Kind.QUEUE), Map.entry("messagequeue", Kind.QUEUE),
            Map.entry("vm", Kind.COMPUTE), Map.entry("instance", Kind.COMPUTE), Map.entry("function", Kind.COMPUTE),
            Map.entry("website", Kind.APP), Map.entry("frontend", Kind.APP), Map.entry("web", Kind.APP),
            Map.entry("mobile", Kind.APP), Map.entry("idp", Kind.IDENTITY), Map.entry("auth", Kind.IDENTITY),
            Map.entry("thirdparty", Kind.EXTERNAL), Map.entry("saas", Kind.EXTERNAL),
            Map.entry("controlplane", Kind.CONTROL_PLANE), Map.entry("backend", Kind.SERVICE));

    private AttributeMapping() {
    }

    /** The attribute name as compared: lower case, without {@code _}, {@code -} and spaces. */
    public static String normalise(String key) {
        if (isNormal(key)) {
            // the usual case (source, label, weight): every element of a large file asks for the same few keys
            return key;
        }
        StringBuilder sb = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c != '_' && c != '-' && c != ' ') {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    private static boolean isNormal(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '_' || c == '-' || c == ' ' || Character.toLowerCase(c) != c) {
                return false;
            }
        }
        return true;
    }

    /** The kind this word names, if it names one ({@code database}, {@code db}, {@code load-balancer}, ...). */
    public static Optional<Kind> kind(String word) {
        String w = normalise(word.strip());
        for (Kind k : Kind.values()) {
            if (normalise(k.id()).equals(w)) {
                return Optional.of(k);
            }
        }
        return Optional.ofNullable(KIND_SYNONYMS.get(w));
    }

    /** Applies one node attribute {@code key = value} read on {@code line}. */
    public static void node(GraphAssembler assembler, NodeDraft node, String key, String value, int line) {
        if (value == null || value.isBlank()) {
            return;
        }
        String v = value.strip();
        switch (normalise(key)) {
            case "label" -> node.label(value, 0);
            case "name", "displayname" -> node.label(value, 1);
            case "title" -> node.label(value, 2);
            case "kind", "type" -> kind(v).ifPresentOrElse(node::kind, () -> node.tag(key + ":" + v));
            case "region" -> node.region(v);
            case "zone", "az", "availabilityzone" -> node.zone(v);
            case "group", "system" -> node.group(v);
            case "tags", "tag" -> splitTags(v).forEach(node::tag);
            case "weight" -> weight(assembler, node, v, line);
            case "customerfacing" -> bool(assembler, v, line, key).ifPresent(node::customerFacing);
            case "availability", "blastmap.dev/availability" -> availability(assembler, node, v, line);
            case "description" -> node.description(value);
            default -> {
                if (!DRAWING.contains(normalise(key)) && v.length() <= 200) {
                    node.tag(key + ":" + v);
                }
            }
        }
    }

    /** Applies one edge attribute; attributes that mean nothing to a dependency are dropped. */
    public static void edge(GraphAssembler assembler, EdgeDraft edge, String key, String value, int line)
            throws GraphImportException {
        if (value == null || value.isBlank()) {
            return;
        }
        String v = value.strip();
        switch (normalise(key)) {
            case "soft", "optional" -> bool(assembler, v, line, key).ifPresent(edge::soft);
            case "type", "dependency", "strength" -> dependencyType(edge, v);
            case "delay" -> delay(assembler, v, line).ifPresent(edge::delay);
            case "note" -> edge.note(value);
            case "clause" -> edge.clause(v);
            case "need" -> {
                try {
                    int need = Integer.parseInt(v);
                    if (need < 1) {
                        throw new NumberFormatException(v);
                    }
                    edge.need(need);
                } catch (NumberFormatException e) {
                    assembler.error(line, 0, "need '" + v + "' is not a whole number ≥ 1");
                }
            }
            default -> {
                // drawing attributes and traffic figures say nothing about whether the dependent survives
            }
        }
    }

    /** Splits a tag list written {@code a, b, c}; {@code \,} is a comma inside a tag. */
    public static java.util.List<String> splitTags(String value) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() && value.charAt(i + 1) == ',') {
                sb.append(',');
                i++;
            } else if (c == ',') {
                out.add(sb.toString().strip());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        out.add(sb.toString().strip());
        out.removeIf(String::isEmpty);
        return out;
    }

    /** Joins tags so that {@link #splitTags} gives them back. */
    public static String joinTags(java.util.List<String> tags) {
        return String.join(",", tags.stream().map(t -> t.replace(",", "\\,")).toList());
    }

    /** Parses a delay written as an ISO-8601 duration such as {@code PT5M}; reports a warning if it is not. */
    public static Optional<Duration> delay(GraphAssembler assembler, String value, int line) {
        try {
            Duration d = Duration.parse(value.strip());
            if (d.isNegative()) {
                assembler.warn(line, "delay '" + value + "' is negative; ignored");
                return Optional.empty();
            }
            return Optional.of(d);
        } catch (DateTimeParseException e) {
            assembler.warn(line, "delay '" + value + "' is not an ISO-8601 duration such as PT5M; ignored");
            return Optional.empty();
        }
    }

    /** Parses {@code true}/{@code false}/{@code 1}/{@code 0}/{@code yes}/{@code no}. */
    public static Optional<Boolean> bool(GraphAssembler assembler, String value, int line, String key) {
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> {
                return Optional.of(true);
            }
            case "false", "0", "no" -> {
                return Optional.of(false);
            }
            default -> {
                assembler.warn(line, key + " '" + value + "' is not true or false; ignored");
                return Optional.empty();
            }
        }
    }

    private static void weight(GraphAssembler assembler, NodeDraft node, String value, int line) {
        try {
            double w = Double.parseDouble(value);
            if (w >= 0 && !Double.isInfinite(w)) {
                node.weight(w);
                return;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        assembler.warn(line, "weight '" + value + "' of " + node.id() + " is not a number ≥ 0; using 1");
    }

    /** Reads {@code 0.999} or {@code 99.9%}; anything else, a bare {@code 99.9} included, is reported and ignored. */
    private static void availability(GraphAssembler assembler, NodeDraft node, String value, int line) {
        boolean percent = value.endsWith("%");
        String number = percent ? value.substring(0, value.length() - 1).strip() : value;
        try {
            double a = Double.parseDouble(number) / (percent ? 100 : 1);
            if (a > 0 && a <= 1) {
                node.availability(a);
                return;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        assembler.warn(line, "availability '" + value + "' of " + node.id()
                + " is not a probability above 0 and at most 1 (write 0.999 or 99.9%); ignored");
    }

    private static void dependencyType(EdgeDraft edge, String value) {
        switch (normalise(value)) {
            case "soft", "optional", "async", "weak", "degrades" -> edge.soft(true);
            case "hard", "required", "sync", "strong", "" -> edge.soft(false);
            default -> edge.note(value);
        }
    }
}
