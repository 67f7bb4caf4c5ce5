package dev.blastmap.io.terraform;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.GraphReader;
import dev.blastmap.io.ReadResult;
import dev.blastmap.io.SourcePosition;
import dev.blastmap.io.assemble.GraphAssembler;
import dev.blastmap.io.assemble.LocatedJson;
import dev.blastmap.io.assemble.NodeDraft;
import dev.blastmap.io.assemble.ResourceKinds;
import dev.blastmap.model.ServiceId;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code terraform show -json} of a plan ({@code planned_values}, {@code configuration}) or of state
 * ({@code values}). Every managed resource and data source is a service named by its address without
 * instance keys ({@code module.vpc.aws_subnet.public}; the number of instances is a tag); its module is its
 * group, its type a tag and, for well-known types, its kind, as for {@code terraform graph}. Dependencies come
 * from the configuration's expression references and {@code depends_on}, looked through module inputs,
 * outputs and whole-module references ({@link ModuleConfiguration}), and from the state's recorded
 * {@code depends_on}.
 */
public final class TerraformJsonReader implements GraphReader {

    static final String FORMAT = "terraform JSON";
    private static final Pattern SNIFF = Pattern.compile(
            "\\A\\s*\\{.*?\"format_version\"\\s*:.*?\"(planned_values|values|configuration|resource_changes|prior_state|terraform_version)\"\\s*:",
            Pattern.DOTALL);

    /** True if the start of a file looks like {@code terraform show -json} output. */
    public static boolean looksLike(String head) {
        return SNIFF.matcher(head).find();
    }

    @Override
    public ReadResult read(Reader in, String source) throws GraphImportException, IOException {
        GraphAssembler assembler = new GraphAssembler(source, FORMAT);
        LocatedJson json = LocatedJson.parse(in, source, FORMAT);
        if (!(json.root() instanceof JsonObject root) || !root.has("format_version")) {
            throw assembler.fatal(json.line(json.root()), 0,
                    "expected the output of terraform show -json: an object with format_version");
        }
        JsonObject values = module(root, "planned_values").orElseGet(() -> module(root, "values").orElse(null));
        Map<String, JsonObject> resources = new LinkedHashMap<>();
        Map<String, Integer> instances = new HashMap<>();
        Map<ServiceId, SourcePosition> positions = new HashMap<>();
        if (values != null) {
            collect(values, resources, instances, json, positions);
        }
        JsonObject configuration = module(root, "configuration").orElse(null);
        if (values == null && configuration != null) {
            for (ModuleConfiguration.Dependent d : new ModuleConfiguration(java.util.Set.of()).dependents(configuration)) {
                resources.putIfAbsent(d.address(), d.resource());
            }
        }
        if (resources.isEmpty()) {
            throw assembler.fatal(json.line(root), 0, "no resources: neither planned_values, values nor configuration "
                    + "holds any; is this an empty plan?");
        }
        for (Map.Entry<String, JsonObject> r : resources.entrySet()) {
            resource(assembler, r.getKey(), r.getValue(), instances.getOrDefault(r.getKey(), 1));
        }
        if (configuration != null) {
            for (ModuleConfiguration.Dependent d : new ModuleConfiguration(resources.keySet()).dependents(configuration)) {
                if (resources.containsKey(d.address())) {
                    for (String dependency : d.dependencies()) {
                        assembler.edge(d.address(), dependency, 0);
                    }
                }
            }
        }
        for (Map.Entry<String, JsonObject> r : resources.entrySet()) {
            for (JsonElement d : ModuleConfiguration.array(r.getValue(), "depends_on")) {
                String dependency = ModuleConfiguration.withoutIndexes(d.getAsString());
                if (values != null && resources.containsKey(dependency) && !dependency.equals(r.getKey())) {
                    assembler.edge(r.getKey(), dependency, 0);
                }
            }
        }
        ReadResult result = assembler.build();
        return new ReadResult(result.graph(), result.warnings(), positions);
    }

    private static java.util.Optional<JsonObject> module(JsonObject root, String key) {
        return root.get(key) instanceof JsonObject part && part.get("root_module") instanceof JsonObject m
                ? java.util.Optional.of(m) : java.util.Optional.empty();
    }

    /** The resources of a values module and its child modules, instances folded into their resource. */
    private static void collect(JsonObject module, Map<String, JsonObject> out, Map<String, Integer> instances,
                                LocatedJson json, Map<ServiceId, SourcePosition> positions) {
        java.util.Deque<JsonObject> todo = new java.util.ArrayDeque<>();
        todo.push(module);
        while (!todo.isEmpty()) {
            JsonObject m = todo.pop();
            for (JsonElement r : ModuleConfiguration.array(m, "resources")) {
                if (r instanceof JsonObject resource && !ModuleConfiguration.string(resource, "address").isEmpty()) {
                    String address = ModuleConfiguration.withoutIndexes(ModuleConfiguration.string(resource, "address"));
                    if (out.putIfAbsent(address, resource) != null) {
                        instances.merge(address, 1, Integer::sum);
                    } else {
                        instances.put(address, 1);
                        int line = json.line(r);
                        if (line > 0) {
                            positions.put(ServiceId.of(address), new SourcePosition(line, 0));
                        }
                    }
                }
            }
            for (JsonElement child : ModuleConfiguration.array(m, "child_modules")) {
                if (child instanceof JsonObject c) {
                    todo.push(c);
                }
            }
        }
    }

    private static void resource(GraphAssembler assembler, String address, JsonObject resource, int count)
            throws GraphImportException {
        NodeDraft node = assembler.node(address, 0).orElseThrow();
        String type = ModuleConfiguration.string(resource, "type");
        int cut = address.lastIndexOf(type.isEmpty() ? "\u0000" : type);
        boolean data = "data".equals(ModuleConfiguration.string(resource, "mode"));
        int local = data ? address.lastIndexOf("data.") : cut;
        if (local > 0) {
            node.group(address.substring(0, local - 1));
            node.label(address.substring(local));
        }
        if (!type.isEmpty()) {
            node.tag("type:" + type).kind(ResourceKinds.of(type));
        }
        if (data) {
            node.tag("data-source");
        }
        if (count > 1) {
            node.tag("instances:" + count);
        }
    }
}
