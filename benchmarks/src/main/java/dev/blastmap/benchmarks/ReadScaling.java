package dev.blastmap.benchmarks;

import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.io.GraphImportException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Checks that reading time grows linearly with the input, for every format Blastmap reads: a long chain of
 * services (n services, n - 1 dependencies) and a single huge string (a label, name or description of n
 * characters; in Backstage YAML a description of 8-character words, since a single word over 64 KiB is refused),
 * each at 1×, 2×, 4× and 8× a base size, read through {@link GraphFormats#read} as the app and the command line
 * read. Prints, per format and shape, the median CPU time of the reading thread over {@code REPEATS} reads
 * after warming up on the 8× input, and the ratio of each time to the 1× time: linear reading gives ratios near 2, 4 and 8,
 * quadratic near 4, 16 and 64. Inputs the format refuses (a CSV field over 64 KiB, a YAML word over 64 KiB)
 * are timed too: refusing must be quick.
 *
 * <pre>{@code java -Xmx2g -cp benchmarks/target/benchmarks.jar dev.blastmap.benchmarks.ReadScaling [CHAIN STRING [FORMATS]]}</pre>
 */
public final class ReadScaling {

    private static final int REPEATS = 5;
    // CPU time of the reading thread, not wall time: on a shared, loaded machine other processes' time is not
    // counted (garbage collection on other threads is not either)
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ReadScaling() {
    }

    /** Runs every format and shape; the optional arguments are the base chain length and string length. */
    public static void main(String[] args) throws IOException {
        int chain = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int scalar = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        System.out.printf("%-10s %-7s %10s %10s %10s %10s   %s%n", "format", "shape", "1x cpu ms", "2x", "4x", "8x",
                "ratios 2x/1x 4x/1x 8x/1x (linear: 2 4 8)");
        List<String> only = args.length > 2 ? List.of(args[2].split(",")) : List.of();
        for (Map.Entry<String, Shapes> e : formats().entrySet()) {
            if (!only.isEmpty() && !only.contains(e.getKey())) {
                continue;
            }
            run(e.getKey(), "chain", e.getValue().chain(), chain);
            run(e.getKey(), "string", e.getValue().scalar(), scalar);
        }
    }

    private static void run(String format, String shape, IntFunction<String> input, int base) throws IOException {
        double[] millis = new double[4];
        String outcome = "";
        byte[] largest = input.apply(base << 3).getBytes(StandardCharsets.UTF_8);
        read(largest, format);
        read(largest, format);
        for (int i = 0; i < 4; i++) {
            byte[] bytes = input.apply(base << i).getBytes(StandardCharsets.UTF_8);
            outcome = read(bytes, format);
            double[] times = new double[REPEATS];
            for (int r = 0; r < REPEATS; r++) {
                System.gc();
                long start = CPU.getCurrentThreadCpuTime();
                read(bytes, format);
                times[r] = (CPU.getCurrentThreadCpuTime() - start) / 1e6;
            }
            Arrays.sort(times);
            millis[i] = times[REPEATS / 2];
        }
        System.out.printf("%-10s %-7s %10.1f %10.1f %10.1f %10.1f   %5.1f %5.1f %5.1f  %s%n", format, shape, millis[0],
                millis[1], millis[2], millis[3], millis[1] / millis[0], millis[2] / millis[0], millis[3] / millis[0],
                outcome);
    }

    private static String read(byte[] bytes, String format) throws IOException {
        try {
            int n = GraphFormats.read(new ByteArrayInputStream(bytes), "scaling", GraphFormats.byName(format).orElseThrow())
                    .graph().size();
            return n + " services";
        } catch (GraphImportException e) {
            String first = e.problems().get(0).message();
            return "refused: " + first.substring(0, Math.min(70, first.length()));
        }
    }

    /** How to write a chain of n services and a graph holding one string of n characters, in one format. */
    private record Shapes(IntFunction<String> chain, IntFunction<String> scalar) {
    }

    private static Map<String, Shapes> formats() {
        Map<String, Shapes> f = new LinkedHashMap<>();
        f.put("blastmap", new Shapes(
                n -> join(n, "{\"blastmap\": 1, \"services\": [\n", ",\n", "]}",
                        i -> i + 1 < n ? "{\"id\": \"s" + i + "\", \"dependsOn\": [\"s" + (i + 1) + "\"]}" : "{\"id\": \"s" + i + "\"}"),
                n -> "{\"blastmap\": 1, \"services\": [{\"id\": \"a\", \"label\": \"" + "x".repeat(n) + "\"}]}"));
        f.put("graphml", new Shapes(
                n -> "<graphml><graph edgedefault=\"directed\">\n" + join(n, "", "\n", "", i -> "<node id=\"s" + i + "\"/>")
                        + join(n - 1, "\n", "\n", "", i -> "<edge source=\"s" + i + "\" target=\"s" + (i + 1) + "\"/>")
                        + "\n</graph></graphml>",
                n -> "<graphml><key id=\"l\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/><graph>"
                        + "<node id=\"a\"><data key=\"l\">" + "x".repeat(n) + "</data></node></graph></graphml>"));
        f.put("dot", new Shapes(
                n -> join(n - 1, "digraph {\n", "\n", "\n}", i -> "\"s" + i + "\" -> \"s" + (i + 1) + "\";"),
                n -> "digraph { a [label=\"" + "x".repeat(n) + "\"]; }"));
        f.put("terraform", new Shapes(
                n -> join(n - 1, "digraph {\n", "\n", "\n}", i -> "\"[root] aws_instance.s" + i
                        + " (expand)\" -> \"[root] aws_instance.s" + (i + 1) + " (expand)\";"),
                n -> "digraph {\n\"[root] aws_instance.a (expand)\" [label = \"" + "x".repeat(n) + "\"];\n}"));
        f.put("gml", new Shapes(
                n -> "graph [ directed 1\n" + join(n, "", "\n", "\n", i -> "node [ id " + i + " label \"s" + i + "\" ]")
                        + join(n - 1, "", "\n", "\n]", i -> "edge [ source " + i + " target " + (i + 1) + " ]"),
                n -> "graph [ directed 1 node [ id 0 label \"" + "x".repeat(n) + "\" ] ]"));
        f.put("kiali", new Shapes(
                n -> "{\"elements\": {\"nodes\": [" + join(n, "", ",\n", "", i -> "{\"data\": {\"id\": \"n" + i
                        + "\", \"nodeType\": \"service\", \"namespace\": \"x\", \"service\": \"s" + i + "\"}}")
                        + "], \"edges\": [" + join(n - 1, "", ",\n", "", i -> "{\"data\": {\"source\": \"n" + i
                        + "\", \"target\": \"n" + (i + 1) + "\"}}") + "]}}",
                n -> "{\"elements\": {\"nodes\": [{\"data\": {\"id\": \"n\", \"nodeType\": \"service\", \"namespace\": \"x\", "
                        + "\"service\": \"" + "x".repeat(n) + "\"}}], \"edges\": []}}"));
        f.put("cytoscape", new Shapes(
                n -> "{\"elements\": [" + join(n, "", ",\n", "", i -> "{\"data\": {\"id\": \"s" + i + "\"}}")
                        + join(n - 1, ",\n", ",\n", "", i -> "{\"data\": {\"source\": \"s" + i + "\", \"target\": \"s" + (i + 1) + "\"}}")
                        + "]}",
                n -> "{\"elements\": [{\"data\": {\"id\": \"a\", \"label\": \"" + "x".repeat(n) + "\"}}]}"));
        f.put("zipkin", new Shapes(
                n -> join(n - 1, "[", ",\n", "]", i -> "{\"parent\": \"s" + i + "\", \"child\": \"s" + (i + 1) + "\", \"callCount\": 1}"),
                n -> "[{\"parent\": \"" + "x".repeat(n) + "\", \"child\": \"b\", \"callCount\": 1}]"));
        f.put("jaeger", new Shapes(
                n -> join(n - 1, "{\"data\": [", ",\n", "]}", i -> "{\"parent\": \"s" + i + "\", \"child\": \"s" + (i + 1) + "\", \"callCount\": 1}"),
                n -> "{\"data\": [{\"parent\": \"" + "x".repeat(n) + "\", \"child\": \"b\", \"callCount\": 1}]}"));
        f.put("xray", new Shapes(
                n -> join(n, "{\"Services\": [", ",\n", "]}", i -> "{\"ReferenceId\": " + i + ", \"Name\": \"s" + i
                        + "\", \"Type\": \"AWS::EC2::Instance\", \"Edges\": [" + (i + 1 < n ? "{\"ReferenceId\": " + (i + 1)
                        + ", \"SummaryStatistics\": {\"TotalCount\": 3}}" : "") + "]}"),
                n -> "{\"Services\": [{\"ReferenceId\": 0, \"Name\": \"" + "x".repeat(n) + "\", \"Edges\": []}]}"));
        f.put("terraform-json", new Shapes(
                n -> "{\"format_version\": \"1.2\", \"values\": {\"root_module\": {\"resources\": ["
                        + join(n, "", ",\n", "", i -> "{\"address\": \"aws_instance.s" + i + "\", \"mode\": \"managed\", "
                        + "\"type\": \"aws_instance\", \"values\": {\"ami\": \"ami-1\"}"
                        + (i + 1 < n ? ", \"depends_on\": [\"aws_instance.s" + (i + 1) + "\"]" : "") + "}") + "]}}}",
                n -> "{\"format_version\": \"1.2\", \"values\": {\"root_module\": {\"resources\": [{\"address\": "
                        + "\"aws_instance.a\", \"type\": \"aws_instance\", \"values\": {\"user_data\": \"" + "x".repeat(n)
                        + "\"}}]}}}"));
        f.put("backstage", new Shapes(
                n -> join(n, "", "---\n", "", i -> "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: s" + i
                        + "\nspec:\n  type: service\n" + (i + 1 < n ? "  dependsOn: [component:s" + (i + 1) + "]\n" : "")),
                n -> "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: a\n  description: "
                        + "xxxxxxx ".repeat(n / 8) + "\n"));
        f.put("csv", new Shapes(
                n -> join(n - 1, "source,target\n", "\n", "\n", i -> "s" + i + ",s" + (i + 1)),
                n -> "source,target\n" + "x".repeat(n) + ",b\n"));
        return f;
    }

    private static String join(int n, String before, String between, String after, IntFunction<String> item) {
        StringBuilder sb = new StringBuilder(before);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(between);
            }
            sb.append(item.apply(i));
        }
        return sb.append(after).toString();
    }
}
