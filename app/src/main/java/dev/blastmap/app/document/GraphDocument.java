package dev.blastmap.app.document;

import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.io.Problem;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * An open graph: the immutable graph value, where it came from, and what is derived from it once (the
 * compiled propagation engine, the reverse "who depends on me" index). Built off the FX thread by a
 * loading task, then handed to the UI whole; it knows nothing of the UI.
 *
 * <p>A large graph ({@link #COMPILED_AT_ONCE} services or more), read from a file ({@link #read}) or edited, is
 * made without its derived data, so that an edit does not hold the FX thread for the compilation and a file
 * opened is shown, and laid out, while it compiles: whoever first asks for it
 * computes it (the document model starts that on a worker at once), {@link #isCompiled()} tells whether it is
 * there, and {@link #compiled()} completes when it is. Thread-safe.
 */
public final class GraphDocument {

    private final Graph graph;
    private final String title;
    private final Path file;
    private final List<Problem> warnings;
    /** Revisions of graphs this large compile their engine when first asked, not when made. */
    public static final int COMPILED_AT_ONCE = 5_000;

    private final CompletableFuture<GraphDocument> compiled = new CompletableFuture<>();
    private PropagationEngine engine;
    private Map<ServiceId, List<ServiceId>> dependents;
    /** Shared by a document and its revisions: tells an edit of the open document from another document. */
    private final Object lineage;
    private final boolean sample;

    /**
     * Makes a document.
     *
     * @param graph    the graph
     * @param title    what the window title shows: the graph's name, else the file name
     * @param file     the file it was read from, or null for a bundled sample
     * @param warnings problems that did not refuse the file
     */
    public GraphDocument(Graph graph, String title, Path file, List<Problem> warnings) {
        this(graph, title, file, warnings, new Object(), file == null, true);
    }

    /**
     * A document of a graph just read, like the constructor; a large graph is compiled when first asked (see
     * the class comment).
     */
    public static GraphDocument read(Graph graph, String title, Path file, List<Problem> warnings) {
        return new GraphDocument(graph, title, file, warnings, new Object(), file == null,
                graph.size() < COMPILED_AT_ONCE);
    }

    private GraphDocument(Graph graph, String title, Path file, List<Problem> warnings, Object lineage,
                          boolean sample, boolean compileNow) {
        this.lineage = lineage;
        this.sample = sample;
        this.graph = Objects.requireNonNull(graph, "graph");
        this.title = Objects.requireNonNull(title, "title");
        this.file = file;
        this.warnings = List.copyOf(warnings);
        if (compileNow) {
            compile();
        }
    }

    /** Computes the engine and the index unless done; the first caller does it, later ones wait for it. */
    private synchronized void compile() {
        if (engine == null) {
            engine = new PropagationEngine(graph);
            dependents = indexDependents(graph);
            compiled.complete(this);
        }
    }

    private synchronized void adopt(PropagationEngine compiledEngine, Map<ServiceId, List<ServiceId>> index) {
        engine = compiledEngine;
        dependents = index;
        compiled.complete(this);
    }

    /** True once the engine and the index are there: asking for them does not compute anything. */
    public boolean isCompiled() {
        return compiled.isDone();
    }

    /**
     * Completes with this document once its engine and index are there; at once for a document compiled
     * when it was made. Nothing compiles it by being asked this: {@link #engine()} or a task does.
     */
    public CompletableFuture<GraphDocument> compiled() {
        return compiled.copy();
    }

    /** An empty document, shown before anything is opened. */
    public static GraphDocument empty() {
        return new GraphDocument(Graph.of(List.of()), "", null, List.of());
    }

    private static Map<ServiceId, List<ServiceId>> indexDependents(Graph graph) {
        Map<ServiceId, Set<ServiceId>> index = new LinkedHashMap<>();
        for (Service s : graph.services()) {
            for (Clause c : s.dependsOn()) {
                for (ServiceId m : c.members()) {
                    index.computeIfAbsent(m, k -> new LinkedHashSet<>()).add(s.id());
                }
            }
        }
        Map<ServiceId, List<ServiceId>> frozen = new LinkedHashMap<>();
        index.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }

    /**
     * The same document with an edited graph: a revision of this one, from the same file, with the same
     * title. Compiling the engine is linear in the graph: a graph of fewer than {@link #COMPILED_AT_ONCE}
     * services is compiled here, a larger one when first asked (see the class comment).
     */
    public GraphDocument withGraph(Graph edited) {
        return new GraphDocument(edited, title, file, List.of(), lineage, sample, edited.size() < COMPILED_AT_ONCE);
    }

    /**
     * The same document (the same graph) now kept in {@code saved}: titled by the file name, no longer a
     * sample.
     */
    public GraphDocument savedAs(Path saved) {
        String name = graph.name().isEmpty() ? saved.getFileName().toString() : graph.name();
        GraphDocument copy = new GraphDocument(graph, name, saved, List.of(), lineage, false, false);
        synchronized (this) {
            if (engine != null) { // the same graph: the same engine
                copy.adopt(engine, dependents);
            }
        }
        return copy;
    }

    /** True if this document is {@code other} edited (or {@code other} itself), not another one opened. */
    public boolean isRevisionOf(GraphDocument other) {
        return other != null && lineage == other.lineage;
    }

    /**
     * True for a bundled sample (and for the empty document and graphs made in memory): it has no file of
     * its own, so saving it writes a new file.
     */
    public boolean isSample() {
        return sample;
    }

    /**
     * True if Save writes back into the file it came from: a file of its own in the native format. A
     * sample, an import (GraphML, DOT, …) or a new graph is saved as a new native file instead.
     */
    public boolean savesInPlace() {
        return file != null && !sample
                && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".blastmap.json");
    }

    /** The graph. */
    public Graph graph() {
        return graph;
    }

    /** The title for the window. */
    public String title() {
        return title;
    }

    /** The file it was read from; empty for bundled samples and the empty document. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Warnings from reading it. */
    public List<Problem> warnings() {
        return warnings;
    }

    /** The engine compiled for this graph. */
    public PropagationEngine engine() {
        compile();
        return engine;
    }

    /** True when no service is open. */
    public boolean isEmpty() {
        return graph.size() == 0;
    }

    /** The services that name {@code id} in any clause, hard or soft, in file order. */
    public List<ServiceId> dependentsOf(ServiceId id) {
        compile();
        return dependents.getOrDefault(id, List.of());
    }

    /** The label of a service, or its id if the graph has no such service. */
    public String label(ServiceId id) {
        return graph.service(id).map(Service::label).orElse(id.value());
    }

    /** Every service id, in file order. */
    public List<ServiceId> ids() {
        List<ServiceId> ids = new ArrayList<>(graph.size());
        graph.services().forEach(s -> ids.add(s.id()));
        return ids;
    }
}
