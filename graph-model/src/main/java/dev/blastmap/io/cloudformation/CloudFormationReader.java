package dev.blastmap.io.cloudformation;

import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.GraphReader;
import dev.blastmap.io.ReadResult;
import dev.blastmap.io.SourcePosition;
import dev.blastmap.io.assemble.GraphAssembler;
import dev.blastmap.io.assemble.NodeDraft;
import dev.blastmap.io.assemble.ResourceKinds;
import dev.blastmap.io.assemble.YamlHead;
import dev.blastmap.io.assemble.YamlNodes;
import dev.blastmap.model.ServiceId;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads an AWS CloudFormation (or SAM) template, JSON or YAML. Each resource is a service named by its logical
 * id, its {@code Type} a tag ({@code type:AWS::SQS::Queue}) and, for well-known types, its kind. A resource
 * depends on the resources its {@code DependsOn} lists and those its properties reach through {@code Ref},
 * {@code Fn::GetAtt} and {@code Fn::Sub}, long form or YAML short form ({@link TemplateReferences});
 * references to parameters, mappings, conditions and pseudo parameters ({@code AWS::Region}) are not
 * dependencies. The template's {@code Description} is the graph's.
 *
 * <p>The YAML is composed, never constructed, so the short-form tags need no constructors and cannot run code.
 */
public final class CloudFormationReader implements GraphReader {

    static final String FORMAT = "CloudFormation";
    // Starts with a literal, so a search is linear in the head.
    private static final Pattern RESOURCE_TYPE = Pattern.compile("Type\"?\\s*:\\s*['\"]?(?:AWS|Alexa|Custom)::");

    /** True if the start of a file looks like a CloudFormation template. */
    public static boolean looksLike(String head) {
        if (head.contains("AWSTemplateFormatVersion")) {
            return true;
        }
        int resources = head.indexOf("Resources");
        return resources >= 0 && (!YamlHead.values(head, "Resources").isEmpty() || head.contains("\"Resources\""))
                && RESOURCE_TYPE.matcher(head).region(resources, head.length()).find();
    }

    @Override
    public ReadResult read(Reader in, String source) throws GraphImportException, IOException {
        GraphAssembler assembler = new GraphAssembler(source, FORMAT);
        List<Node> documents = new ArrayList<>();
        YamlNodes.forEachDocument(in, assembler, d -> {
            if (d != null) {
                documents.add(d);
            }
        });
        if (documents.size() != 1 || !(documents.get(0) instanceof MappingNode template)) {
            throw assembler.fatal(documents.size() > 1 ? YamlNodes.line(documents.get(1)) : 0, 0,
                    "a template is one mapping with a Resources section");
        }
        Optional<Node> resourcesNode = YamlNodes.get(template, "Resources");
        Map<String, Node> resources = YamlNodes.entries(resourcesNode);
        if (resources.isEmpty()) {
            throw assembler.fatal(YamlNodes.line(template), 0, "the template has no Resources");
        }
        assembler.description(YamlNodes.text(template, "Description"));
        Set<String> others = new java.util.HashSet<>();
        for (String section : List.of("Parameters", "Mappings", "Conditions", "Outputs", "Rules")) {
            others.addAll(YamlNodes.entries(YamlNodes.get(template, section)).keySet());
        }
        Map<ServiceId, SourcePosition> positions = new HashMap<>();
        for (Map.Entry<String, Node> r : resources.entrySet()) {
            resource(assembler, r.getKey(), r.getValue());
            positions.put(ServiceId.of(r.getKey().strip()), new SourcePosition(Math.max(1, YamlNodes.line(r.getValue())), 0));
        }
        for (Map.Entry<String, Node> r : resources.entrySet()) {
            dependencies(assembler, r.getKey(), r.getValue(), resources.keySet(), others);
        }
        ReadResult result = assembler.build();
        return new ReadResult(result.graph(), result.warnings(), positions);
    }

    private static void resource(GraphAssembler assembler, String name, Node body) throws GraphImportException {
        NodeDraft node = assembler.node(name, YamlNodes.line(body)).orElseThrow();
        String type = YamlNodes.text(body, "Type");
        if (type.isEmpty()) {
            assembler.error(YamlNodes.line(body), 0, "resource " + name + " has no Type");
            return;
        }
        node.tag("type:" + type).kind(ResourceKinds.of(type));
        String condition = YamlNodes.text(body, "Condition");
        if (!condition.isEmpty()) {
            node.tag("condition:" + condition);
        }
    }

    private static void dependencies(GraphAssembler assembler, String name, Node body, Set<String> resources,
                                     Set<String> others) throws GraphImportException {
        Optional<Node> dependsOn = YamlNodes.get(body, "DependsOn");
        List<ScalarNode> explicit = new ArrayList<>();
        dependsOn.ifPresent(d -> YamlNodes.scalarsBelow(d).forEach(explicit::add));
        for (ScalarNode d : explicit) {
            String target = d.getValue().strip();
            if (!resources.contains(target)) {
                assembler.error(YamlNodes.line(d), YamlNodes.column(d), name + " DependsOn " + target
                        + ", which is not a resource of the template");
                continue;
            }
            assembler.edge(name, target, YamlNodes.line(d));
        }
        for (String section : List.of("Properties", "Metadata", "CreationPolicy", "UpdatePolicy")) {
            Optional<Node> part = YamlNodes.get(body, section);
            if (part.isEmpty()) {
                continue;
            }
            for (TemplateReferences.Reference ref : TemplateReferences.in(part.get())) {
                if (resources.contains(ref.name())) {
                    if (!ref.name().equals(name)) {
                        assembler.edge(name, ref.name(), ref.line());
                    }
                } else if (!others.contains(ref.name()) && !ref.name().startsWith("AWS::")) {
                    assembler.warn(ref.line(), name + " refers to " + ref.name()
                            + ", which is neither a resource nor a parameter of the template; ignored");
                }
            }
        }
    }
}
