package dev.blastmap.io.terraform;

import com.google.gson.JsonObject;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.GraphReader;
import dev.blastmap.io.ReadResult;
import dev.blastmap.io.SourcePosition;
import dev.blastmap.io.assemble.GraphAssembler;
import dev.blastmap.io.assemble.NodeDraft;
import dev.blastmap.io.assemble.ResourceKinds;
import dev.blastmap.model.ServiceId;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code terraform show -json} of a plan ({@code planned_values}, {@code configuration}) or of state
 * ({@code values}). Every managed resource and data source is a service named by its address without
 * instance keys ({@code module.vpc.aws_subnet.public}; the number of instances is a tag); its module is its
 * group, its type a tag and, for well-known types, its kind, as for {@code terraform graph}. Dependencies come
 * from the configuration's expression references and {@code depends_on}, looked through module inputs,
 * outputs and whole-module references ({@link ModuleConfiguration}), and from the state's recorded
 * {@code depends_on}. The document is streamed ({@link ShowOutput}): resources' attribute values and the plan's
 * changes are skipped, never held.
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

    /** What the graph needs of a resource, from the values or from the configuration. */
    private record Resource(String mode, String type, List<String> dependsOn) {
    }

    @Override
    public ReadResult read(Reader in, String source) throws GraphImportException, IOException {
        GraphAssembler assembler = new GraphAssembler(source, FORMAT);
        ShowOutput show = ShowOutput.read(in, source, FORMAT);
        if (!show.hasFormatVersion()) {
            throw assembler.fatal(show.line(), 0,
                    "expected the output of terraform show -json: an object with format_version");
        }
        ShowOutput.Module values = show.planned() != null ? show.planned() : show.state();
        Map<String, Resource> resources = new LinkedHashMap<>();
        Map<String, Integer> instances = new HashMap<>();
        Map<ServiceId, SourcePosition> positions = new HashMap<>();
        if (values != null) {
            collect(values, resources, instances, positions);
        }
        JsonObject configuration = show.configuration();
        if (values == null && configuration != null) {
            for (ModuleConfiguration.Dependent d : new ModuleConfiguration(Set.of()).dependents(configuration)) {
                resources.putIfAbsent(d.address(), new Resource(ModuleConfiguration.string(d.resource(), "mode"),
                        ModuleConfiguration.string(d.resource(), "type"), List.of()));
            }
        }
        if (resources.isEmpty()) {
            throw assembler.fatal(show.line(), 0, "no resources: neither planned_values, values nor configuration "
                    + "holds any; is this an empty plan?");
        }
        for (Map.Entry<String, Resource> r : resources.entrySet()) {
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
        for (Map.Entry<String, Resource> r : resources.entrySet()) {
            for (String d : r.getValue().dependsOn()) {
                String dependency = ModuleConfiguration.resourceKey(d);
                if (resources.containsKey(dependency) && !dependency.equals(r.getKey())) {
                    assembler.edge(r.getKey(), dependency, 0);
                }
            }
        }
        ReadResult result = assembler.build();
        return new ReadResult(result.graph(), result.warnings(), positions);
    }

    /** The resources of a values module and its child modules, instances folded into their resource. */
    private static void collect(ShowOutput.Module module, Map<String, Resource> out, Map<String, Integer> instances,
                                Map<ServiceId, SourcePosition> positions) {
        Deque<ShowOutput.Module> todo = new ArrayDeque<>();
        todo.push(module);
        while (!todo.isEmpty()) {
            ShowOutput.Module m = todo.pop();
            for (ShowOutput.Resource resource : m.resources()) {
                String address = ModuleConfiguration.resourceKey(resource.address());
                if (address.isEmpty()) {
                    continue;
                }
                Resource kept = new Resource(resource.mode(), resource.type(), resource.dependsOn());
                if (out.putIfAbsent(address, kept) != null) {
                    instances.merge(address, 1, Integer::sum);
                } else {
                    instances.put(address, 1);
                    positions.put(ServiceId.of(address), new SourcePosition(resource.line(), 0));
                }
            }
            m.children().forEach(todo::push);
        }
    }

    private static void resource(GraphAssembler assembler, String address, Resource resource, int count)
            throws GraphImportException {
        Optional<NodeDraft> found = assembler.node(address, 0);
        if (found.isEmpty()) {
            return; // a blank address from the configuration: the assembler has reported it
        }
        NodeDraft node = found.get();
        String type = resource.type();
        int cut = address.lastIndexOf(type.isEmpty() ? "\u0000" : type);
        boolean data = "data".equals(resource.mode());
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
