package dev.blastmap.io.assemble;

import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.ProblemList;
import dev.blastmap.io.ReadResult;
import dev.blastmap.io.SourcePosition;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.text.MessageText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects what a reader finds in a foreign file (nodes, edges already turned dependent → dependency,
 * attributes, problems with their lines) and builds the {@link Graph}. Shared by every importer so that they
 * all treat graphs the same way: multi-edges collapse into one dependency, self-loops are dropped with a
 * warning, nodes named only by an edge are created, and every problem names the file, the format and the
 * line.
 */
public final class GraphAssembler {

    /** More services than this are refused: a graph that large cannot be shown or analysed usefully. */
    public static final int MAX_SERVICES = 1_000_000;

    /** More edges than this are refused, to bound memory. */
    public static final int MAX_EDGES = 5_000_000;

    private final String source;
    private final Map<String, NodeDraft> nodes = new LinkedHashMap<>();
    private final ProblemList problems;
    private final Map<String, SourcePosition> definitions = new HashMap<>();
    private int edgeCount;
    private boolean preferLabelsAsIds;
    private String name = "";
    private String description = "";
    private final List<String> sources = new ArrayList<>();

    /**
     * Starts an empty graph.
     *
     * @param source the file name used in problems
     * @param format the format's name as users know it, e.g. {@code GraphML}; every problem message starts with it
     */
    public GraphAssembler(String source, String format) {
        this.source = source;
        this.problems = new ProblemList(source, format);
    }

    /** The file name used in problems. */
    public String source() {
        return source;
    }

    /**
     * The node with this id, created on first use. Returns empty (and reports an error) if the id is blank.
     *
     * @throws GraphImportException if the graph grows past {@link #MAX_SERVICES}
     */
    public Optional<NodeDraft> node(String id, int line) throws GraphImportException {
        String key = id == null ? "" : id.strip();
        if (key.isEmpty()) {
            error(line, 0, "a node has no id");
            return Optional.empty();
        }
        NodeDraft node = nodes.get(key);
        if (node == null) {
            if (nodes.size() >= MAX_SERVICES) {
                throw fatal(line, 0, "more than " + MAX_SERVICES + " nodes; Blastmap reads graphs up to that size");
            }
            node = new NodeDraft(key, line);
            nodes.put(key, node);
        }
        return Optional.of(node);
    }

    /**
     * The node a file defines here (a {@code <node>}, a GML {@code node [...]}, a catalog entity), created on
     * first use; where it is defined becomes its {@link ReadResult#positions() position}. A second definition
     * of the same id is an error naming both places, and returns empty so that nothing of it is merged into
     * the first.
     *
     * @param line   1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @throws GraphImportException if the graph grows past {@link #MAX_SERVICES}
     */
    public Optional<NodeDraft> define(String id, int line, int column) throws GraphImportException {
        Optional<NodeDraft> node = node(id, line);
        if (node.isEmpty()) {
            return node;
        }
        SourcePosition here = line > 0 ? new SourcePosition(line, Math.max(0, column)) : null;
        String key = node.get().id();
        if (definitions.containsKey(key)) {
            SourcePosition first = definitions.get(key);
            String where = first == null ? "an earlier place"
                    : "line " + first.line() + (first.column() > 0 ? ", column " + first.column() : "");
            error(line, column, "the id " + MessageText.quoted(key) + " is defined twice: first at " + where
                    + ", again here; ids must be unique");
            return Optional.empty();
        }
        definitions.put(key, here);
        return node;
    }

    /** The node with this id if one was seen. */
    public Optional<NodeDraft> existing(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(nodes.get(id.strip()));
    }

    /** Every node seen so far, in the order first seen. */
    public List<NodeDraft> nodes() {
        return List.copyOf(nodes.values());
    }

    /**
     * Records that {@code dependent} depends on {@code dependency}, creating either node if new. A self-loop is
     * dropped with a warning; the returned draft may still be changed and is then ignored.
     *
     * @throws GraphImportException if the graph grows past {@link #MAX_EDGES} or {@link #MAX_SERVICES}
     */
    public EdgeDraft edge(String dependent, String dependency, int line) throws GraphImportException {
        Optional<NodeDraft> from = node(dependent, line);
        Optional<NodeDraft> to = node(dependency, line);
        if (from.isEmpty() || to.isEmpty()) {
            return new EdgeDraft("", line);
        }
        EdgeDraft edge = new EdgeDraft(to.get().id(), line);
        if (from.get() == to.get()) {
            warn(line, from.get().id() + " depends on itself; the self-loop is dropped");
            return edge;
        }
        if (++edgeCount > MAX_EDGES) {
            throw fatal(line, 0, "more than " + MAX_EDGES + " edges; Blastmap reads graphs up to that size");
        }
        from.get().edges.add(edge);
        return edge;
    }

    /** Sets the graph's title. */
    public void name(String value) {
        name = value == null ? "" : value.strip();
    }

    /** Sets the graph's description. */
    public void description(String value) {
        description = value == null ? "" : value.strip();
    }

    /** Adds a source (usually a URL) the graph's facts come from. */
    public void addSource(String value) {
        if (value != null && !value.isBlank()) {
            sources.add(value.strip());
        }
    }

    /**
     * Asks that nodes be keyed by their labels when every label is present and distinct: for tools whose ids
     * are machine-made ({@code n0::n1} in yEd, numeric SUIDs in Cytoscape) and mean nothing to a reader.
     */
    public void preferLabelsAsIds() {
        preferLabelsAsIds = true;
    }

    /**
     * Reports an error; reading goes on so that every error is found (the first {@link ProblemList#LIMIT} are
     * kept, the rest counted, as for every reader).
     */
    public void error(int line, int column, String message) throws GraphImportException {
        problems.error(line, column, "", message);
    }

    /** Reports a warning: the file is read, but something in it was dropped or guessed. */
    public void warn(int line, String message) {
        problems.warning(line, 0, "", message);
    }

    /** An exception carrying every problem so far plus this error, for errors that stop reading. */
    public GraphImportException fatal(int line, int column, String message) {
        return problems.refusal(line, column, message);
    }

    /** True once an error was reported. */
    public boolean hasErrors() {
        return problems.hasErrors();
    }

    /**
     * Builds the graph.
     *
     * @throws GraphImportException if any error was reported, or the dependencies do not make valid clauses
     */
    public ReadResult build() throws GraphImportException {
        java.util.function.UnaryOperator<String> ids = finalIds();
        List<Service> services = new ArrayList<>();
        for (NodeDraft node : nodes.values()) {
            if (!node.isGroup()) {
                services.add(service(node, ids));
            }
        }
        if (problems.hasErrors()) {
            throw problems.refusal();
        }
        try {
            Graph graph = new Graph(name, description, sources, services, List.of());
            return new ReadResult(graph, problems.warnings(), positions(ids));
        } catch (IllegalArgumentException e) {
            throw fatal(0, 0, e.getMessage());
        }
    }

    /** Where each service is defined, else first named, where the reader said. */
    private Map<ServiceId, SourcePosition> positions(java.util.function.UnaryOperator<String> ids) {
        Map<ServiceId, SourcePosition> positions = new HashMap<>();
        for (NodeDraft node : nodes.values()) {
            SourcePosition at = definitions.get(node.id());
            if (at == null && node.line() > 0) {
                at = new SourcePosition(node.line(), 0);
            }
            if (!node.isGroup() && at != null) {
                positions.put(ServiceId.of(ids.apply(node.id())), at);
            }
        }
        return positions;
    }

    /** The id each node gets: its own, or its label when labels serve as ids. */
    private java.util.function.UnaryOperator<String> finalIds() {
        if (!preferLabelsAsIds) {
            return id -> id;
        }
        Map<String, String> ids = new HashMap<>();
        Set<String> labels = new HashSet<>();
        for (NodeDraft node : nodes.values()) {
            if (node.isGroup()) {
                continue;
            }
            String label = node.label() == null ? "" : node.label().strip();
            if (label.isEmpty() || !labels.add(label)) {
                return id -> id;
            }
            ids.put(node.id(), label);
        }
        return id -> ids.getOrDefault(id, id);
    }

    private Service service(NodeDraft node, java.util.function.UnaryOperator<String> ids) throws GraphImportException {
        String id = ids.apply(node.id());
        Service.Builder b = Service.builder(id)
                .label(node.label() == null ? id : node.label())
                .kind(node.kind())
                .region(node.regionValue())
                .zone(node.zoneValue())
                .group(node.group())
                .tags(node.tagList().toArray(String[]::new))
                .weight(node.weightValue())
                .customerFacing(node.customerFacingValue())
                .availability(node.availabilityValue())
                .description(node.descriptionValue());
        for (Clause clause : clauses(node, ids)) {
            b.dependsOn(clause);
        }
        return b.build();
    }

    private List<Clause> clauses(NodeDraft node, java.util.function.UnaryOperator<String> ids) throws GraphImportException {
        if (node.edges.isEmpty()) {
            return List.of();
        }
        // plain edges collapse by dependency, clause edges gather by clause key; both in first-seen order
        Map<String, ClauseDraft> byDependency = new HashMap<>();
        Map<String, ClauseDraft> byClause = new HashMap<>();
        List<ClauseDraft> drafts = new ArrayList<>();
        for (EdgeDraft edge : node.edges) {
            NodeDraft target = nodes.get(edge.dependency());
            if (target.isGroup()) {
                warn(edge.line(), node.id() + " → " + target.id() + " points at a group, not a service; dropped");
                continue;
            }
            Map<String, ClauseDraft> index = edge.clauseKey() == null ? byDependency : byClause;
            String key = edge.clauseKey() == null ? edge.dependency() : edge.clauseKey();
            ClauseDraft draft = index.get(key);
            if (draft == null) {
                draft = new ClauseDraft(edge);
                index.put(key, draft);
                drafts.add(draft);
            } else {
                draft.merge(edge);
            }
        }
        List<Clause> out = new ArrayList<>(drafts.size());
        for (ClauseDraft d : drafts) {
            List<ServiceId> members = d.members.stream().map(m -> ServiceId.of(ids.apply(m))).toList();
            int need = d.need == 0 ? members.size() : d.need;
            if (need > members.size()) {
                error(d.line, 0, node.id() + " needs " + need + " of a clause with only " + members.size()
                        + " members");
                continue;
            }
            out.add(new Clause(members, need, d.soft, d.delay, d.note));
        }
        return out;
    }

    /** The edges of one dependent that become one clause. */
    private static final class ClauseDraft {
        /** Past this many members a clause also keeps a set of them, so a huge any-of clause is not quadratic. */
        private static final int LIST_ONLY = 16;
        // most clauses are small: a list with a contains check beats a hash set per clause on big graphs
        final List<String> members = new ArrayList<>(2);
        private Set<String> memberSet;
        final int line;
        int need;
        boolean soft;
        Duration delay;
        String note;

        ClauseDraft(EdgeDraft first) {
            members.add(first.dependency());
            line = first.line();
            need = first.needValue();
            soft = first.isSoft();
            delay = first.delayValue();
            note = first.noteValue();
        }

        void merge(EdgeDraft more) {
            String member = more.dependency();
            if (memberSet == null && members.size() >= LIST_ONLY) {
                memberSet = new HashSet<>(members);
            }
            if (memberSet == null ? !members.contains(member) : memberSet.add(member)) {
                members.add(member);
            }
            // a hard edge wins over a soft duplicate: losing it still takes the dependent down
            soft = soft && more.isSoft();
            if (need == 0) {
                need = more.needValue();
            }
            if (note.isEmpty()) {
                note = more.noteValue();
            }
            if (delay.isZero()) {
                delay = more.delayValue();
            }
        }
    }
}
