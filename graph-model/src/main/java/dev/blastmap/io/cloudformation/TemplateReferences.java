package dev.blastmap.io.cloudformation;

import dev.blastmap.io.assemble.YamlNodes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The logical names a part of a template refers to through {@code Ref}, {@code Fn::GetAtt} and {@code Fn::Sub},
 * in the long JSON form ({@code {"Ref": "Queue"}}) and the YAML short forms ({@code !Ref Queue},
 * {@code !GetAtt Queue.Arn}, {@code !GetAtt [Queue, Arn]}, {@code !Sub "arn:${AWS::Partition}:s3:::${Bucket}/*"}).
 */
final class TemplateReferences {

    /** A name referred to, with the line of the reference. */
    record Reference(String name, int line) {
    }

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{(?!!)([^}]{1,4096})}");

    private TemplateReferences() {
    }

    /** Every reference below a node, in document order; a node reached twice through an alias is read once. */
    static List<Reference> in(Node root) {
        List<Reference> out = new ArrayList<>();
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.Deque<Node> todo = new java.util.ArrayDeque<>();
        if (root != null) {
            todo.push(root);
        }
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (!seen.add(n)) {
                continue;
            }
            String tag = n.getTag().getValue();
            if (tag.startsWith("!")) {
                shortForm(tag.substring(1), n, out);
            }
            List<Node> children = new ArrayList<>();
            if (n instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
                    longForm(key, t.getValueNode(), out);
                    children.add(t.getValueNode());
                }
            } else if (n instanceof SequenceNode s) {
                children.addAll(s.getValue());
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
        return out;
    }

    private static void shortForm(String function, Node n, List<Reference> out) {
        switch (function) {
            case "Ref" -> scalar(n).ifPresent(s -> out.add(new Reference(s, YamlNodes.line(n))));
            case "GetAtt" -> getAtt(n, out);
            case "Sub" -> sub(n, out);
            default -> {
                // !Join, !If, !Select, ...: their arguments are walked like any other nodes
            }
        }
    }

    private static void longForm(String key, Node value, List<Reference> out) {
        switch (key) {
            case "Ref" -> scalar(value).ifPresent(s -> out.add(new Reference(s, YamlNodes.line(value))));
            case "Fn::GetAtt" -> getAtt(value, out);
            case "Fn::Sub" -> sub(value, out);
            default -> {
                // other keys are properties or other functions
            }
        }
    }

    private static void getAtt(Node n, List<Reference> out) {
        if (n instanceof ScalarNode s) {
            String v = s.getValue().strip();
            int dot = v.indexOf('.');
            out.add(new Reference(dot < 0 ? v : v.substring(0, dot), YamlNodes.line(n)));
        } else if (n instanceof SequenceNode seq && !seq.getValue().isEmpty()) {
            scalar(seq.getValue().get(0)).ifPresent(name -> out.add(new Reference(name, YamlNodes.line(n))));
        }
    }

    private static void sub(Node n, List<Reference> out) {
        Node template = n instanceof SequenceNode seq && !seq.getValue().isEmpty() ? seq.getValue().get(0) : n;
        Set<String> local = Set.of();
        if (n instanceof SequenceNode seq && seq.getValue().size() > 1) {
            local = YamlNodes.entries(java.util.Optional.of(seq.getValue().get(1))).keySet();
        }
        if (template instanceof ScalarNode s) {
            Matcher m = SUB_VARIABLE.matcher(s.getValue());
            while (m.find()) {
                String variable = m.group(1).strip();
                String name = variable.contains(".") ? variable.substring(0, variable.indexOf('.')) : variable;
                if (!local.contains(variable) && !local.contains(name)) {
                    out.add(new Reference(name, YamlNodes.line(s)));
                }
            }
        }
    }

    private static java.util.Optional<String> scalar(Node n) {
        return n instanceof ScalarNode s && !s.getValue().isBlank() ? java.util.Optional.of(s.getValue().strip())
                : java.util.Optional.empty();
    }
}
