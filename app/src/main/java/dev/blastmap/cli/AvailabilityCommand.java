package dev.blastmap.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.blastmap.analysis.Progress;
import dev.blastmap.analysis.availability.AvailabilityAnalysis;
import dev.blastmap.analysis.availability.AvailabilityFormat;
import dev.blastmap.analysis.availability.AvailabilityResult;
import dev.blastmap.analysis.availability.AvailabilitySettings;
import dev.blastmap.analysis.availability.AvailabilitySettings.Mode;
import dev.blastmap.analysis.availability.ComponentImportance;
import dev.blastmap.analysis.availability.Method;
import dev.blastmap.analysis.availability.ServiceAvailability;
import dev.blastmap.analysis.availability.ServiceImportance;
import dev.blastmap.analysis.availability.TooManyUnreliableException;
import dev.blastmap.io.json.JsonTrees;
import dev.blastmap.model.Graph;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code blastmap availability GRAPH [--exact | --samples N] [--seed S] [--json] [--top N]}: every service's
 * availability given the graph, its expected downtime per year, and for each customer-facing service the
 * components that matter most. Progress goes to standard error while a run takes longer than a second.
 */
@Command(name = "availability", mixinStandardHelpOptions = true, versionProvider = BlastmapCommand.Version.class,
        description = {"Computes each service's availability from the availability of the services it depends on"
            + " (the \"availability\" field; absent means never fails on its own). Failures are taken as"
            + " independent; steady state: delays do not matter and soft dependencies never take a service down.",
            "Exact where a service has at most " + AvailabilityAnalysis.AUTOMATIC_LIMIT + " unreliable services"
            + " upstream, Monte Carlo with a 95% Wilson interval elsewhere.",
            "Exit status: 0 on success, 2 on bad usage or input."})
public final class AvailabilityCommand implements Callable<Integer> {

    /** The components listed per customer-facing service in the text output unless --top says otherwise. */
    private static final int COMPONENTS_SHOWN = 5;

    @Parameters(index = "0", paramLabel = "GRAPH", description = GraphInput.DESCRIPTION)
    private String graphArgument;

    @Option(names = "--exact", description = "Enumerate exactly everywhere (refused when more than "
            + AvailabilityAnalysis.EXACT_LIMIT + " unreliable services are upstream of one service).")
    private boolean exact;

    @Option(names = "--samples", paramLabel = "N",
            description = "Monte Carlo scenarios where exact is too costly (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + AvailabilitySettings.DEFAULT_SAMPLES)
    private long samples;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the sampling (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + AvailabilitySettings.DEFAULT_SEED)
    private long seed;

    @Mixin
    private JsonOption output;

    @Option(names = "--top", paramLabel = "N", description = "List the N most important components of each"
            + " customer-facing service (default: " + COMPONENTS_SHOWN + " in tables, all in JSON).")
    private Integer top;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (exact && spec.commandLine().getParseResult().hasMatchedOption("--samples")) {
            throw new ParameterException(spec.commandLine(), "--exact and --samples exclude each other");
        }
        if (top != null && top < 0) {
            throw new ParameterException(spec.commandLine(), "--top must be 0 or more, was " + top);
        }
        if (samples < 64 || samples > (1L << 40)) {
            throw new ParameterException(spec.commandLine(), "--samples must be from 64 to 2^40, was " + samples);
        }
        Graph graph = GraphInput.read(graphArgument, spec);
        AvailabilitySettings settings = new AvailabilitySettings(exact ? Mode.EXACT : Mode.AUTOMATIC, samples, seed);
        AvailabilityResult result;
        try {
            result = AvailabilityAnalysis.compute(graph, settings, new StandardErrorProgress(spec));
        } catch (TooManyUnreliableException e) {
            throw new BadInputException(List.of("blastmap availability: " + e.getMessage()));
        }
        int listedInJson = top == null ? Integer.MAX_VALUE : top;
        return output.print(out -> out.println(JsonTrees.PRETTY.toJson(toJson(result, listedInJson))),
                out -> printTables(result, top == null ? COMPONENTS_SHOWN : top, out));
    }

    private static void printTables(AvailabilityResult result, int shown, PrintWriter out) {
        TextTable table = new TextTable("SERVICE", "AVAILABILITY>", "NINES>", "DOWNTIME/YEAR>", "METHOD",
                "95% INTERVAL");
        for (ServiceAvailability s : result.services()) {
            table.row(s.id(), AvailabilityFormat.percent(s.unavailability()), AvailabilityFormat.nines(s.unavailability()),
                    AvailabilityFormat.downtime(s.downtimeMinutesPerYear()), s.method().id(),
                    s.method() == Method.EXACT ? "-" : AvailabilityFormat.percent(1 - s.ciLow()) + " .. "
                            + AvailabilityFormat.percent(1 - s.ciHigh()));
        }
        table.print(out);
        for (ServiceImportance ranking : result.importance()) {
            if (ranking.components().isEmpty() || shown == 0) {
                continue;
            }
            out.println();
            out.println("  What matters most to " + ranking.service() + (ranking.method() == Method.EXACT ? ":"
                    : " (" + AvailabilityFormat.importanceSource(ranking) + "; Birnbaum with its 95% interval):"));
            TextTable components = new TextTable("COMPONENT", "ITS AVAILABILITY>", "SHARE OF DOWNTIME>",
                    "BIRNBAUM>", "RAW>", "IF IT WERE DOWN>");
            for (ComponentImportance c : ranking.components().subList(0,
                    Math.min(shown, ranking.components().size()))) {
                components.row(c.component(), AvailabilityFormat.percent(1 - c.availability()),
                        String.format(java.util.Locale.ROOT, "%.1f%%", 100 * c.criticality()),
                        AvailabilityFormat.birnbaum(c),
                        String.format(java.util.Locale.ROOT, "%.3g", c.riskAchievementWorth()),
                        AvailabilityFormat.percent(1 - c.availabilityIfDown()));
            }
            components.print(out);
        }
        out.println();
        out.println("  Failures taken as independent; steady state." + (result.sampled()
                ? " Monte Carlo: " + result.services().stream().mapToLong(ServiceAvailability::samples).max()
                        .orElse(0) + " scenarios, seed " + result.settings().seed() + "." : ""));
    }

    /** The result as the documented JSON object, with the {@code shown} most important components per list. */
    static JsonObject toJson(AvailabilityResult result, int shown) {
        JsonObject root = new JsonObject();
        JsonArray services = new JsonArray();
        for (ServiceAvailability s : result.services()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", s.id().value());
            o.addProperty("availability", s.availability());
            o.addProperty("method", s.method().id());
            o.addProperty("ciLow", s.ciLow());
            o.addProperty("ciHigh", s.ciHigh());
            o.addProperty("downtimeMinutesPerYear", s.downtimeMinutesPerYear());
            o.addProperty("unavailability", s.unavailability());
            if (s.unavailability() > 0) {
                o.addProperty("nines", s.nines());
            }
            o.addProperty("samples", s.samples());
            services.add(o);
        }
        root.add("services", services);
        JsonArray importance = new JsonArray();
        for (ServiceImportance ranking : result.importance()) {
            JsonObject o = new JsonObject();
            o.addProperty("service", ranking.service().value());
            o.addProperty("method", ranking.method().id());
            if (ranking.method() == Method.MONTE_CARLO) {
                o.addProperty("samples", ranking.samples());
            }
            JsonArray components = new JsonArray();
            for (ComponentImportance c : ranking.components().subList(0, Math.min(shown,
                    ranking.components().size()))) {
                JsonObject component = new JsonObject();
                component.addProperty("id", c.component().value());
                component.addProperty("availability", c.availability());
                component.addProperty("birnbaum", c.birnbaum());
                if (ranking.method() == Method.MONTE_CARLO) {
                    component.addProperty("birnbaumLow", c.birnbaumLow());
                    component.addProperty("birnbaumHigh", c.birnbaumHigh());
                }
                component.addProperty("riskAchievementWorth", c.riskAchievementWorth());
                component.addProperty("availabilityIfDown", c.availabilityIfDown());
                component.addProperty("criticality", c.criticality());
                components.add(component);
            }
            o.add("components", components);
            importance.add(o);
        }
        root.add("importance", importance);
        root.addProperty("seed", result.settings().seed());
        return root;
    }

    /** Prints "availability: 40%" lines on standard error, every 10%, once a run has taken a second. */
    private static final class StandardErrorProgress implements Progress {
        private final PrintWriter err;
        private final long start = System.nanoTime();
        private int lastTenth;

        StandardErrorProgress(CommandSpec spec) {
            this.err = spec.commandLine().getErr();
        }

        @Override
        public synchronized void worked(long done, long total) {
            int tenth = (int) (10 * done / Math.max(1, total));
            if (tenth > lastTenth && System.nanoTime() - start > 1_000_000_000L) {
                lastTenth = tenth;
                err.println("blastmap availability: " + 10 * tenth + "% (" + done + " of " + total + " steps)");
                err.flush();
            }
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
