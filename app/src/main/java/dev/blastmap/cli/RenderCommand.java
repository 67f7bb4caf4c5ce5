package dev.blastmap.cli;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.layout.Grouping;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutAlgorithm;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import dev.blastmap.render.GraphImage;
import dev.blastmap.render.Theme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code blastmap render GRAPH [--knock ...] --out FILE.svg|.png}: draws the graph coloured by the blast radius
 * of the knockouts, with the same painter as the app, as SVG or PNG. Runs headless.
 */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = BlastmapCommand.Version.class,
        description = {"Draws the graph, coloured by what a knockout takes down, as SVG or PNG.",
            "Exit status: 0 on success, 2 on bad usage or input or if the picture cannot be written."})
public final class RenderCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GRAPH", description = GraphInput.DESCRIPTION)
    private String graphArgument;

    @Option(names = {"-k", "--knock"}, paramLabel = "ID|SELECTOR",
            description = {"What to knock out: a service id, or region:R, zone:Z, kind:K, tag:T or group:G.",
                "Repeat to knock out several. Without it every service is drawn healthy."})
    private List<String> knocks = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true,
            description = "The picture to write: FILE.svg or FILE.png.")
    private String out;

    @Option(names = "--theme", paramLabel = "light|dark", defaultValue = "light",
            description = "Colours: light (default) or dark.")
    private String theme;

    @Option(names = "--layout", paramLabel = "layered|force|grid|automatic", defaultValue = "automatic",
            description = "Layered (dependents above dependencies), force-directed, or automatic by size (default).")
    private String layoutName;

    @Option(names = "--group-by", paramLabel = "none|region|zone|group|region-zone",
            description = "Boxes around services in the layered layout; default: the finest the graph has.")
    private String groupBy;

    @Mixin
    private CsvColumnsOption columns;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        System.setProperty("java.awt.headless", "true");
        Path target = outputPath();
        boolean png = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png");
        Theme chosenTheme = chosenTheme();
        LayoutAlgorithm algorithm = chosenLayout();
        Graph graph = GraphInput.read(graphArgument, spec);
        Set<ServiceId> knockedOut = KnockArguments.resolve(knocks, graph, "render");
        BlastRadius radius = knockedOut.isEmpty() ? null : new PropagationEngine(graph).knockOut(knockedOut);
        Layout layout = algorithm.layout(graph);
        GraphImage image = GraphImage.of(graph, layout).radius(radius).theme(chosenTheme);
        OutputFile.write(target, stream -> {
            if (png) {
                image.writePng(stream);
            } else {
                stream.write(image.svg().getBytes(StandardCharsets.UTF_8));
            }
        });
        return 0;
    }

    private Path outputPath() {
        String lower = out.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".svg") && !lower.endsWith(".png")) {
            throw new BadInputException(error("--out " + out + ": the file name must end in .svg or .png"));
        }
        try {
            Path p = Path.of(out);
            if (Files.isDirectory(p)) {
                throw new BadInputException(error("--out " + out + ": is a directory"));
            }
            return p;
        } catch (InvalidPathException e) {
            throw new BadInputException(error("--out " + out + ": not a valid file name"));
        }
    }

    private Theme chosenTheme() {
        try {
            return Theme.named(theme);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(error("--theme " + theme + ": " + e.getMessage()));
        }
    }

    private LayoutAlgorithm chosenLayout() {
        Grouping grouping = null;
        if (groupBy != null) {
            try {
                grouping = Grouping.valueOf(groupBy.toUpperCase(Locale.ROOT).replace("REGION-ZONE", "REGION_AND_ZONE"));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(error("--group-by " + groupBy + ": none, region, zone, group or region-zone"));
            }
        }
        if (grouping != null) {
            if (layoutName.equals("force")) {
                throw new BadInputException(error("--group-by applies to the layered layout, not to --layout force"));
            }
            return LayoutAlgorithm.layered(grouping);
        }
        return LayoutAlgorithm.byName(layoutName).orElseThrow(() ->
                new BadInputException(error("--layout " + layoutName + ": layered, force, grid or automatic")));
    }

    private static String error(String message) {
        return "blastmap render: error: " + message;
    }
}
