package dev.blastmap.io.json;

import dev.blastmap.io.SourcePosition;
import dev.blastmap.io.json.JsonCursor.Located;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.ServiceId;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads one native document into drafts, then checks what needs the whole document (unique ids, known
 * members, no self-dependencies) and builds the graph. Every problem is recorded; nothing is thrown for bad
 * content, only Gson's syntax errors escape.
 */
final class GraphDecoder {

    /** The format version this reader understands. */
    static final int VERSION = 1;

    /** The fields the top-level object may have. */
    static final List<String> ROOT_FIELDS =
            List.of("$schema", "blastmap", "name", "description", "sources", "services", "scenarios");

    /** The fields a service may have. */
    static final List<String> SERVICE_FIELDS = List.of("id", "label", "kind", "region", "zone", "group", "tags",
            "weight", "customerFacing", "availability", "description", "dependsOn");

    private static final String KINDS = Arrays.stream(Kind.values()).map(Kind::id).collect(Collectors.joining(", "));

    private final JsonCursor cursor;
    private final ProblemList problems;
    private final ClauseDecoder clauses;
    private final ScenarioDecoder scenarios;
    private final List<ServiceDraft> services = new ArrayList<>();
    private String name;
    private String description;
    private final List<String> sources = new ArrayList<>();

    GraphDecoder(JsonCursor cursor, ProblemList problems) {
        this.cursor = cursor;
        this.problems = problems;
        this.clauses = new ClauseDecoder(cursor, problems);
        this.scenarios = new ScenarioDecoder(cursor, problems);
    }

    /** Reads the top-level object; records every problem. */
    void document() throws IOException {
        Position start = cursor.position();
        boolean[] versioned = new boolean[1];
        boolean isObject = cursor.object("a Blastmap file", ROOT_FIELDS, field -> {
            switch (field) {
                case "$schema" -> cursor.string("\"$schema\"");
                case "blastmap" -> {
                    versioned[0] = true;
                    version();
                }
                case "name" -> name = cursor.string("\"name\"");
                case "description" -> description = cursor.string("\"description\"");
                case "sources" -> sources.addAll(cursor.strings("\"sources\""));
                case "services" -> cursor.array("\"services\"", i -> service());
                case "scenarios" -> scenarios.scenarios();
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (isObject && !versioned[0]) {
            problems.error(start, "not a Blastmap file: it needs \"blastmap\": " + VERSION + " at the top level");
        }
    }

    private void version() throws IOException {
        Located<BigDecimal> version = cursor.number("\"blastmap\" (the format version)");
        if (version != null && version.value().compareTo(BigDecimal.valueOf(VERSION)) != 0) {
            problems.error(version.at(), "this file is in Blastmap format version " + version.value().toPlainString()
                    + "; this Blastmap reads version " + VERSION);
        }
    }

    private void service() throws IOException {
        Position at = cursor.position();
        ServiceDraft s = new ServiceDraft();
        boolean isObject = cursor.object("a service", SERVICE_FIELDS, field -> {
            switch (field) {
                case "id" -> {
                    s.idGiven = true;
                    s.id = cursor.serviceId("\"id\"");
                }
                case "label" -> s.label = cursor.string("\"label\"");
                case "kind" -> s.kind = kind();
                case "region" -> s.region = cursor.string("\"region\"");
                case "zone" -> s.zone = cursor.string("\"zone\"");
                case "group" -> s.group = cursor.string("\"group\"");
                case "tags" -> s.tags.addAll(cursor.strings("\"tags\""));
                case "weight" -> s.weight = weight();
                case "customerFacing" -> s.customerFacing = Boolean.TRUE.equals(cursor.bool("\"customerFacing\""));
                case "availability" -> s.availability = availability();
                case "description" -> s.description = cursor.string("\"description\"");
                case "dependsOn" -> cursor.array("\"dependsOn\"", i -> {
                    ClauseDraft clause = clauses.clause(s.references);
                    if (clause != null) {
                        s.clauses.add(clause);
                    }
                });
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (isObject) {
            if (!s.idGiven) {
                problems.error(at, "a service needs an \"id\"");
            }
            services.add(s);
        }
    }

    private Kind kind() throws IOException {
        Position at = cursor.position();
        String text = cursor.string("\"kind\"");
        if (text == null) {
            return null;
        }
        Kind kind = Kind.parse(text).orElse(null);
        if (kind == null) {
            problems.error(at, "unknown kind \"" + text + "\"; it must be one of " + KINDS);
        }
        return kind;
    }

    private double weight() throws IOException {
        Located<String> number = cursor.numberText("\"weight\"");
        if (number == null) {
            return 1;
        }
        String text = number.value();
        // Parsed from the text, not a BigDecimal, so that -0.0 (a valid weight) survives a round trip.
        double weight = Double.parseDouble(text);
        BigDecimal exact = JsonCursor.decimal(text);
        if (exact == null || exact.signum() < 0 || Double.isInfinite(weight)) {
            problems.error(number.at(), "\"weight\" must be a number of at least 0, found " + text);
            return 1;
        }
        return weight;
    }

    private double availability() throws IOException {
        Located<String> number = cursor.numberText("\"availability\"");
        if (number == null) {
            return 1;
        }
        String text = number.value();
        BigDecimal exact = JsonCursor.decimal(text);
        double availability = Double.parseDouble(text);
        if (exact == null || exact.signum() <= 0 || exact.compareTo(BigDecimal.ONE) > 0 || !(availability > 0)) {
            String hint = exact != null && exact.compareTo(BigDecimal.ONE) > 0
                    && exact.compareTo(BigDecimal.valueOf(100)) <= 0
                    ? "; for " + text + "% write " + exact.movePointLeft(2).stripTrailingZeros().toPlainString() : "";
            problems.error(number.at(), "\"availability\" must be a probability above 0 and at most 1, found "
                    + text + hint);
            return 1;
        }
        return availability;
    }

    /** Reports repeated ids, unknown services and self-dependencies; needs the whole document read. */
    void checkReferences() {
        // Keyed by the id's text: String equality is much cheaper than a record's generated equals.
        Map<String, Position> ids = new HashMap<>();
        for (ServiceDraft s : services) {
            if (s.id != null) {
                Position first = ids.putIfAbsent(s.id.value().value(), s.id.at());
                if (first != null) {
                    problems.error(s.id.at(), "the service id \"" + s.id.value() + "\" is already used at line "
                            + first.line());
                }
            }
        }
        for (ServiceDraft s : services) {
            for (Located<ServiceId> member : s.references) {
                String id = member.value().value();
                if (s.id != null && id.equals(s.id.value().value())) {
                    problems.error(member.at(), "\"" + id + "\" depends on itself");
                } else if (!ids.containsKey(id)) {
                    problems.error(member.at(), "unknown service \"" + id + "\"");
                }
            }
        }
        scenarios.checkReferences(id -> ids.containsKey(id.value()));
    }

    /** Where each service's id is written; only called when no error was found. */
    Map<ServiceId, SourcePosition> positions() {
        Map<ServiceId, SourcePosition> positions = new HashMap<>();
        for (ServiceDraft s : services) {
            if (s.id != null && s.id.at().line() > 0) {
                positions.put(s.id.value(), new SourcePosition(s.id.at().line(), Math.max(0, s.id.at().column())));
            }
        }
        return positions;
    }

    /** The graph; only called when no error was found. */
    Graph graph() {
        return new Graph(name, description, sources, services.stream().map(ServiceDraft::toService).toList(),
                scenarios.scenariosRead());
    }
}
