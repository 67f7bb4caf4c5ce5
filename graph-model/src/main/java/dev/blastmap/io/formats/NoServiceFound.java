package dev.blastmap.io.formats;

import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.Problem;
import dev.blastmap.io.ReadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a foreign file that was read without error but gave no service into an error that says which formats
 * were tried and why each refused it: a Kubernetes manifest opened as some other YAML must not become an
 * empty graph with exit 0. Blastmap's own format may hold an empty graph; every other format read this way
 * is a file the user did not mean.
 */
final class NoServiceFound {

    /** What each format's content check looks for, as a user would check it in the file. */
    private static final Map<String, String> LOOKS_FOR = Map.ofEntries(
            Map.entry("blastmap", "no top-level \"blastmap\" key"),
            Map.entry("graphml", "no <graphml> root element"),
            Map.entry("terraform", "no \"[root] ...\" node nor terraform 1.7's rankdir and node style"),
            Map.entry("dot", "no digraph { ... } or graph { ... }"),
            Map.entry("gml", "no graph [ ... ] list"),
            Map.entry("kiali", "no \"elements\" with Kiali's nodeType, graphType or traffic"),
            Map.entry("cytoscape", "no top-level \"elements\", nor a list of elements with \"data\""),
            Map.entry("jaeger", "no \"data\" or \"dependencies\" list of {parent, child}"),
            Map.entry("zipkin", "no top-level list of {parent, child}"),
            Map.entry("backstage", "no document with apiVersion backstage.io/..."),
            Map.entry("kubernetes", "no document with an apiVersion and a Kubernetes kind (Deployment, Service, List, ...)"),
            Map.entry("cloudformation", "no Resources with a Type such as AWS::S3::Bucket"),
            Map.entry("terraform-json", "no format_version with planned_values, values, configuration or resource_changes"),
            Map.entry("xray", "no \"Services\" list with ReferenceId and Edges"),
            Map.entry("otlp", "no \"resourceSpans\" with scopeSpans"),
            Map.entry("csv", "no header naming a source and a target column"));

    private NoServiceFound() {
    }

    /**
     * The result, or an error if it has no service and came from a foreign format.
     *
     * @param sniffed whether the format was chosen by name and content rather than by the user
     * @param head    the start of the file, to tell an empty file from one of another format
     */
    static ReadResult check(ReadResult result, GraphFormat chosen, boolean sniffed, String source, String head)
            throws GraphImportException {
        if (!result.graph().services().isEmpty() || chosen == GraphFormats.NATIVE) {
            return result;
        }
        List<Problem> problems = new ArrayList<>(result.warnings());
        if (head.isBlank()) {
            problems.add(Problem.error(source, 0, 0, "", "the file is empty; there is no service to show"));
            throw new GraphImportException(problems);
        }
        StringBuilder why = new StringBuilder("no service found: read as " + chosen.description());
        why.append(result.warnings().isEmpty() ? ", it names no service" : ", every part was skipped (see the warnings)");
        if (sniffed) {
            List<String> others = new ArrayList<>();
            for (GraphFormat f : GraphFormats.readers()) {
                if (f != chosen && f.extensions().stream().anyMatch(chosen.extensions()::contains)) {
                    others.add(f.description() + ": " + LOOKS_FOR.getOrDefault(f.name(), "its content did not match"));
                }
            }
            if (!others.isEmpty()) {
                why.append("; also tried ").append(String.join("; ", others));
            }
            why.append(". If the file is one of these, choose it with --from NAME");
        }
        problems.add(Problem.error(source, 0, 0, "", why.toString()));
        throw new GraphImportException(problems);
    }
}
