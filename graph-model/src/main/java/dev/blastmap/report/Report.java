package dev.blastmap.report;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.BlastRadiusBound;
import dev.blastmap.analysis.Failure;
import dev.blastmap.analysis.Impact;
import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.analysis.Selector;
import dev.blastmap.analysis.SpofEntry;
import dev.blastmap.analysis.SpofRanking;
import dev.blastmap.analysis.availability.AvailabilityAnalysis;
import dev.blastmap.analysis.availability.AvailabilityResult;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Scenario;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A blast-radius report: everything a reader who never opens Blastmap needs about one knockout (or one
 * scenario) of one graph, computed once so that every format says the same thing. Immutable.
 *
 * <p>Make one with {@link #of(Graph, List, ReportSettings)} for services or failure domains knocked out,
 * or {@link #ofScenario(Graph, Scenario, ReportSettings)} for a walkthrough, then write it with
 * {@link ReportFormat}:
 *
 * <pre>{@code
 * Report report = Report.of(graph, List.of(Selector.parse("region:us-east-1")), ReportSettings.defaults());
 * ReportFormat.forFile(path).orElseThrow().write(report, path);
 * }</pre>
 *
 * <p>A report holds the graph's name, description and sources; when and by which Blastmap version it was made;
 * what was knocked out; the impact; a picture coloured by state; the spread wave by wave with every down
 * service's cause chain; every service's outcome and SPOF figures; the top of the SPOF ranking; and for a
 * scenario each step with its time, narration and impact. For a scenario the detailed knockout is that of its
 * {@linkplain ScenarioOutcome#peak() peak} step.
 *
 * <p>Making a report ranks every service as a single point of failure and, with the default settings, lays
 * the graph out to draw it: seconds for large graphs. In the app, make and write it off the FX thread.
 */
public final class Report {

    private final Graph graph;
    private final OffsetDateTime generatedAt;
    private final String version;
    private final List<String> knockedOutAsGiven;
    private final BlastRadius radius;
    private final BlastRadiusBound reach;
    private final List<ServiceOutcome> services;
    private final List<Wave> spread;
    private final List<SpofEntry> topSpofs;
    private final ScenarioOutcome scenario;
    private final GraphPicture painter;
    private String picture;
    private ResilienceOutcome resilience;
    private Optional<AvailabilityResult> availability;

    private Report(Graph graph, List<String> knockedOutAsGiven, BlastRadius radius, ScenarioOutcome scenario,
                   ReportSettings settings) {
        this.graph = graph;
        this.generatedAt = OffsetDateTime.now(settings.clock()).truncatedTo(ChronoUnit.SECONDS);
        this.version = settings.version();
        this.knockedOutAsGiven = List.copyOf(knockedOutAsGiven);
        this.radius = radius;
        this.reach = BlastRadiusBound.of(graph, radius);
        this.scenario = scenario;
        List<SpofEntry> ranking = SpofRanking.rank(graph);
        this.topSpofs = List.copyOf(ranking.subList(0, Math.min(settings.top(), ranking.size())));
        this.services = outcomes(graph, radius, ranking);
        this.spread = waves(radius, services);
        this.painter = settings.picture();
    }

    /**
     * Reports the knockout of every service the selectors name ({@code checkout}, {@code region:us-east-1},
     * {@code zone:...}, {@code kind:...}, {@code tag:...}, {@code group:...}). No selector makes a report of the
     * healthy graph and its SPOF ranking.
     *
     * @throws IllegalArgumentException if a selector names no service of the graph
     */
    public static Report of(Graph graph, List<Selector> knockOut, ReportSettings settings) {
        Set<ServiceId> ids = new LinkedHashSet<>();
        for (Selector selector : knockOut) {
            ids.addAll(selector.resolve(graph));
        }
        BlastRadius radius = new PropagationEngine(graph).knockOut(ids);
        return new Report(graph, knockOut.stream().map(Selector::toString).toList(), radius, null, settings);
    }

    /** Reports the knockout of these services, as on screen in the app. */
    public static Report ofServices(Graph graph, Collection<ServiceId> knockOut, ReportSettings settings) {
        return of(graph, knockOut.stream().map(id -> new Selector(Selector.Field.ID, id.value())).toList(), settings);
    }

    /**
     * Reports a scenario of the graph: every step's impact, and the detail of its peak step.
     *
     * @throws IllegalArgumentException if the scenario is not one of the graph's
     */
    public static Report ofScenario(Graph graph, Scenario scenario, ReportSettings settings) {
        if (!graph.scenarios().contains(scenario)) {
            throw new IllegalArgumentException("scenario " + scenario.id() + " is not one of the graph's");
        }
        PropagationEngine engine = new PropagationEngine(graph);
        List<StepOutcome> steps = new ArrayList<>();
        List<BlastRadius> radii = new ArrayList<>();
        BlastRadius before = engine.knockOut(List.of());
        int peak = 0;
        for (int i = 0; i < scenario.steps().size(); i++) {
            Set<ServiceId> knocked = scenario.knockedOutAfter(i);
            BlastRadius after = engine.knockOut(knocked);
            steps.add(stepOutcome(i + 1, scenario, knocked, before, after));
            radii.add(after);
            if (peak == 0 || worse(after.impact(), radii.get(peak - 1).impact())) {
                peak = i + 1;
            }
            before = after;
        }
        BlastRadius detailed = peak == 0 ? before : radii.get(peak - 1);
        List<String> asGiven = detailed.knockedOut().stream().map(ServiceId::value).toList();
        return new Report(graph, asGiven, detailed, new ScenarioOutcome(scenario, steps, peak), settings);
    }

    private static boolean worse(Impact a, Impact b) {
        return a.weighted() > b.weighted() || (a.weighted() == b.weighted() && a.down() > b.down());
    }

    private static StepOutcome stepOutcome(int number, Scenario scenario, Set<ServiceId> knocked,
                                           BlastRadius before, BlastRadius after) {
        List<ServiceId> newlyDown = after.down().stream().map(Failure::id)
                .filter(id -> before.failure(id).isEmpty()).toList();
        List<ServiceId> recovered = before.down().stream().map(Failure::id)
                .filter(id -> after.failure(id).isEmpty()).sorted().toList();
        return new StepOutcome(number, scenario.steps().get(number - 1), List.copyOf(knocked), after.impact(),
                newlyDown, recovered);
    }

    private static List<ServiceOutcome> outcomes(Graph graph, BlastRadius radius, List<SpofEntry> ranking) {
        Map<ServiceId, SpofEntry> own = new HashMap<>();
        ranking.forEach(entry -> own.put(entry.id(), entry));
        List<ServiceOutcome> list = new ArrayList<>();
        for (Service s : graph.services()) {
            SpofEntry entry = own.get(s.id());
            if (entry == null) {
                throw new IllegalStateException("the SPOF ranking misses " + s.id());
            }
            list.add(new ServiceOutcome(s, radius.state(s.id()), radius.failure(s.id()).orElse(null),
                    radius.causeChain(s.id()), entry));
        }
        return List.copyOf(list);
    }

    private static List<Wave> waves(BlastRadius radius, List<ServiceOutcome> services) {
        Map<ServiceId, ServiceOutcome> byId = new HashMap<>();
        services.forEach(o -> byId.put(o.id(), o));
        List<Wave> waves = new ArrayList<>();
        List<ServiceOutcome> current = new ArrayList<>();
        Failure first = null;
        for (Failure f : radius.down()) {
            if (first != null && (f.wave() != first.wave() || !f.time().equals(first.time()))) {
                waves.add(new Wave(first.wave(), first.time(), current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                first = f;
            }
            current.add(byId.get(f.id()));
        }
        if (first != null) {
            waves.add(new Wave(first.wave(), first.time(), current));
        }
        return List.copyOf(waves);
    }

    /** The graph reported on. */
    public Graph graph() {
        return graph;
    }

    /** The graph's name, or {@code Untitled graph} when it has none. */
    public String title() {
        return graph.name().isBlank() ? "Untitled graph" : graph.name();
    }

    /** When the report was made, to the second, in the zone of the settings' clock. */
    public OffsetDateTime generatedAt() {
        return generatedAt;
    }

    /** The Blastmap version that made the report. */
    public String version() {
        return version;
    }

    /**
     * What was knocked out, as the user asked for it: selectors such as {@code region:us-east-1} and ids; for a
     * scenario, the ids knocked out at its peak step. Empty when nothing was knocked out.
     */
    public List<String> knockedOutAsGiven() {
        return knockedOutAsGiven;
    }

    /** The services knocked out, in the order given. */
    public List<ServiceId> knockedOut() {
        return List.copyOf(radius.knockedOut());
    }

    /**
     * The detailed knockout's radius beside what it could ever affect by plain reachability, ignoring
     * redundancy: how much redundancy and soft dependencies spare.
     */
    public BlastRadiusBound reach() {
        return reach;
    }

    /** The full result of the knockout. */
    public BlastRadius radius() {
        return radius;
    }

    /** What the knockout costs. */
    public Impact impact() {
        return radius.impact();
    }

    /** Every service of the graph in file order, with its state, cause chain and SPOF figures. */
    public List<ServiceOutcome> services() {
        return services;
    }

    /** The down services grouped by (time, wave), in the order the failure spreads; wave 0 first. */
    public List<Wave> spread() {
        return spread;
    }

    /**
     * Redundancy that isn't, double faults and the recovery plan of the knockout (docs/resilience.md). Computed on
     * the first call only, so formats without these sections (CSV) never compute them.
     */
    public synchronized ResilienceOutcome resilience() {
        if (resilience == null) {
            resilience = ResilienceOutcome.of(graph, radius.knockedOut());
        }
        return resilience;
    }

    /** The worst single points of failure, worst first, as many as the settings asked for. */
    public List<SpofEntry> topSpofs() {
        return topSpofs;
    }

    /**
     * Every service's availability given the graph (default settings of {@link AvailabilityAnalysis}), or empty
     * when the graph gives no service an availability below 1. Computed on the first call only.
     */
    public synchronized Optional<AvailabilityResult> availability() {
        if (availability == null) {
            availability = graph.services().stream().anyMatch(Service::isUnreliable)
                    ? Optional.of(AvailabilityAnalysis.compute(graph)) : Optional.empty();
        }
        return availability;
    }

    /** The scenario played, or empty for a report of a plain knockout. */
    public Optional<ScenarioOutcome> scenario() {
        return Optional.ofNullable(scenario);
    }

    /**
     * The SVG picture of the graph coloured by state, or an empty string when none was drawn. Drawn (and the
     * graph laid out) on the first call only, so formats without a picture (JSON, CSV) never lay out.
     */
    public synchronized String picture() {
        if (picture == null) {
            picture = Objects.requireNonNull(painter.svg(graph, radius), "picture");
        }
        return picture;
    }

    /** The sum of the weights of every service of the graph: the weighted impact of losing everything. */
    public double totalWeight() {
        return graph.services().stream().mapToDouble(Service::weight).sum();
    }

    /** The label of a service of the graph, or its id when it has none. */
    public String label(ServiceId id) {
        return graph.service(id).map(Service::label).orElse(id.value());
    }
}
