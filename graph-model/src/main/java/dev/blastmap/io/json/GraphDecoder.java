package dev.blastmap.io.json;

import dev.blastmap.io.ProblemList;
import dev.blastmap.io.Problem;
import dev.blastmap.io.ReadResult;
import dev.blastmap.io.json.JsonCursor.Located;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.Service;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads one native document straight into the services of the model, then checks what needs the whole
 * document (that every service a clause names exists) and builds the graph. Ids are numbered once in an
 * {@link IdTable} and shared by every clause naming them; repeated ids and self-dependencies are found as each
 * service is read, unknown services in one pass over the {@link References} at the end. Once an error is found
 * no more services are built, only problems collected. Every problem is recorded; nothing is thrown for bad
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
    private final IdTable ids = new IdTable();
    private final References references = new References();
    private final SharedText shared = new SharedText();
    private final List<Service> services = new ArrayList<>();
    /** Where each service of {@link #services} has its id (packed by {@link JsonReaderPosition}). */
    private long[] idMarks = new long[256];
    private String name;
    private String description;
    private final List<String> sources = new ArrayList<>();

    GraphDecoder(JsonCursor cursor, ProblemList problems) {
        this.cursor = cursor;
        this.problems = problems;
        this.clauses = new ClauseDecoder(cursor, problems, ids, references, shared);
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
                case "services" -> cursor.array("\"services\"", this::service);
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

    private void service(int index) throws IOException {
        long at = cursor.mark();
        int firstMention = references.size();
        ServiceDraft s = new ServiceDraft();
        boolean isObject = cursor.object("a service", SERVICE_FIELDS, field -> {
            switch (field) {
                case "id" -> {
                    s.idGiven = true;
                    id(s);
                }
                case "label" -> s.label = cursor.string("\"label\"");
                case "kind" -> s.kind = kind();
                case "region" -> s.region = shared.of(cursor.string("\"region\""));
                case "zone" -> s.zone = shared.of(cursor.string("\"zone\""));
                case "group" -> s.group = shared.of(cursor.string("\"group\""));
                case "tags" -> cursor.strings("\"tags\"").forEach(tag -> s.tags.add(shared.of(tag)));
                case "weight" -> s.weight = weight();
                case "customerFacing" -> s.customerFacing = Boolean.TRUE.equals(cursor.bool("\"customerFacing\""));
                case "availability" -> s.availability = availability();
                case "description" -> s.description = cursor.string("\"description\"");
                case "dependsOn" -> cursor.array("\"dependsOn\"", clause -> {
                    Clause read = clauses.clause(index, clause);
                    if (read != null) {
                        s.clauses.add(read);
                    }
                });
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (!isObject) {
            return;
        }
        if (!s.idGiven) {
            problems.error(cursor.readAt(at), "a service needs an \"id\"");
        }
        for (int mention = firstMention; s.id >= 0 && mention < references.size(); mention++) {
            if (references.target(mention) == s.id) {
                problems.error(references.position(mention), "\"" + ids.id(s.id) + "\" depends on itself");
            }
        }
        if (!problems.hasErrors()) {
            if (services.size() == idMarks.length) {
                idMarks = Arrays.copyOf(idMarks, idMarks.length * 2);
            }
            idMarks[services.size()] = s.idAt;
            services.add(s.toService(ids.id(s.id)));
        }
    }

    /** Reads a service's id, numbers it and reports it if another service has it already. */
    private void id(ServiceDraft s) throws IOException {
        long at = cursor.mark();
        String text = cursor.serviceIdText("\"id\"", at);
        if (text == null) {
            return;
        }
        int number = ids.intern(text);
        long first = ids.define(number, at);
        if (first != 0) {
            problems.error(cursor.readAt(at), "the service id \"" + text + "\" is already used at line "
                    + JsonReaderPosition.line(first));
            return;
        }
        s.id = number;
        s.idAt = at;
    }

    private Kind kind() throws IOException {
        long at = cursor.mark();
        String text = cursor.string("\"kind\"");
        if (text == null) {
            return null;
        }
        Kind kind = Kind.parse(text).orElse(null);
        if (kind == null) {
            problems.error(cursor.readAt(at), "unknown kind \"" + text + "\"; it must be one of " + KINDS);
        }
        return kind;
    }

    private double weight() throws IOException {
        String text = cursor.numberLiteral("\"weight\"");
        if (text == null) {
            return 1;
        }
        // Parsed from the text, not a BigDecimal, so that -0.0 (a valid weight) survives a round trip.
        double weight = Double.parseDouble(text);
        BigDecimal exact = JsonCursor.decimal(text);
        if (exact == null || exact.signum() < 0 || Double.isInfinite(weight)) {
            problems.error(cursor.numberAt(), "\"weight\" must be a number of at least 0, found " + text);
            return 1;
        }
        return weight;
    }

    private double availability() throws IOException {
        String text = cursor.numberLiteral("\"availability\"");
        if (text == null) {
            return 1;
        }
        BigDecimal exact = JsonCursor.decimal(text);
        double availability = Double.parseDouble(text);
        if (exact == null || exact.signum() <= 0 || exact.compareTo(BigDecimal.ONE) > 0 || !(availability > 0)) {
            String hint = exact != null && exact.compareTo(BigDecimal.ONE) > 0
                    && exact.compareTo(BigDecimal.valueOf(100)) <= 0
                    ? "; for " + text + "% write " + exact.movePointLeft(2).stripTrailingZeros().toPlainString() : "";
            problems.error(cursor.numberAt(), "\"availability\" must be a probability above 0 and at most 1, found "
                    + text + hint);
            return 1;
        }
        return availability;
    }

    /** Reports services that clauses and scenarios name but no service defines; needs the whole document read. */
    void checkReferences() {
        for (int mention = 0; mention < references.size(); mention++) {
            int target = references.target(mention);
            if (!ids.isDefined(target)) {
                problems.error(references.position(mention), "unknown service \"" + ids.id(target) + "\"");
            }
        }
        scenarios.checkReferences(ids::isDefined);
    }

    /** The graph, with where each service's id is written; only called when no error was found. */
    ReadResult result(List<Problem> warnings) {
        Graph graph = new Graph(name, description, sources, services, scenarios.scenariosRead());
        return ReadResult.withPositions(graph, warnings, Arrays.copyOf(idMarks, services.size()));
    }
}
