package dev.blastmap.io.dot;

import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.GraphReader;
import dev.blastmap.io.ReadResult;
import dev.blastmap.io.assemble.GraphAssembler;
import dev.blastmap.io.assemble.NodeDraft;
import dev.blastmap.io.assemble.ResourceKinds;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the DOT that {@code terraform graph} prints, in both dialects. Terraform 1.7+ prints only resources,
 * {@code "aws_lb.web" -> "aws_subnet.a"}, modules as {@code subgraph "cluster_module.x"}. Older versions (and
 * {@code -type=plan} since) print {@code "[root] aws_lb.web (expand)"} plus provider, variable, output,
 * local, meta and root nodes. Edges point from dependent to dependency in both.
 *
 * <p>Names lose their {@code [root] } prefix and their {@code (expand)}/{@code (close)}-style suffixes, so
 * both spellings of a resource meet in one service. Edges out of {@code (destroy)} nodes and providers'
 * {@code (close)} nodes are dropped: they order teardown and point the other way. A module's {@code (close)}
 * node (terraform 0.13+) stands for the module's resources: a resource that depends on it depends on them. Provider, meta and root nodes are dropped;
 * variables, locals, outputs and module nodes are dropped but looked through, so a resource that depends on
 * a local that depends on another resource still depends on it. A resource's module is its group, its type a
 * tag ({@code type:aws_lb}) and, for well-known types, its kind.
 */
public final class TerraformReader implements GraphReader {

    static final String FORMAT = "terraform graph";

    /** Whether a node stays, is looked through, or is dropped. */
    private enum Role { RESOURCE, PASS_THROUGH, DROPPED }

    /** True if the start of a file looks like either dialect of {@code terraform graph}. */
    public static boolean looksLike(String head) {
        return DotReader.looksLike(head) && (head.contains("\"[root] ")
                || head.contains("rankdir = \"RL\";") && head.contains("node [shape = rect, fontname = \"sans-serif\"]"));
    }

    @Override
    public ReadResult read(Reader in, String source) throws GraphImportException, IOException {
        GraphAssembler assembler = new GraphAssembler(source, FORMAT);
        DotDocument doc = DotReader.parse(in, assembler);
        Map<String, String> address = new LinkedHashMap<>();
        Map<String, Role> roles = new HashMap<>();
        for (DotDocument.Node n : doc.nodes.values()) {
            String a = address(n.id);
            address.put(n.id, a);
            roles.merge(a, role(a), (x, y) -> x);
        }
        Map<String, List<String>> out = new HashMap<>();
        for (DotDocument.Edge e : doc.edges) {
            if (isTeardown(e.from()) || isTeardown(e.to())) {
                continue;
            }
            String from = address.getOrDefault(e.from(), address(e.from()));
            String to = address.getOrDefault(e.to(), address(e.to()));
            out.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
        }
        for (DotDocument.Node n : doc.nodes.values()) {
            String a = address.get(n.id);
            if (roles.get(a) == Role.RESOURCE) {
                resource(assembler, n, a);
            }
        }
        Set<String> done = new HashSet<>();
        for (DotDocument.Node n : doc.nodes.values()) {
            String a = address.get(n.id);
            if (roles.get(a) == Role.RESOURCE && done.add(a)) {
                for (String dependency : lookThrough(a, out, roles)) {
                    assembler.edge(a, dependency, n.line);
                }
            }
        }
        return assembler.build();
    }

    private static void resource(GraphAssembler assembler, DotDocument.Node n, String a) throws GraphImportException {
        Optional<NodeDraft> existing = assembler.existing(a);
        if (existing.isPresent()) {
            return;
        }
        NodeDraft node = assembler.node(a, n.line).orElseThrow();
        int localAt = localStart(a);
        String module = localAt > 0 ? a.substring(0, localAt - 1) : null;
        String local = a.substring(localAt);
        node.label(stripped(n.attributes.getOrDefault("label", local)));
        node.group(n.cluster != null ? n.cluster : module);
        boolean data = local.startsWith("data.");
        String type = (data ? local.substring(5) : local).split("\\.", 2)[0];
        node.tag("type:" + type);
        if (data) {
            node.tag("data-source");
        }
        node.kind(ResourceKinds.of(type));
    }

    /** The resources {@code from} depends on, looking through variables, locals, outputs and modules. */
    private static Set<String> lookThrough(String from, Map<String, List<String>> out, Map<String, Role> roles) {
        Set<String> found = new java.util.LinkedHashSet<>();
        Set<String> visited = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(out.getOrDefault(from, List.of()));
        while (!todo.isEmpty()) {
            String next = todo.poll();
            if (!visited.add(next)) {
                continue;
            }
            switch (roles.getOrDefault(next, role(next))) {
                case RESOURCE -> found.add(next);
                case PASS_THROUGH -> todo.addAll(out.getOrDefault(next, List.of()));
                case DROPPED -> {
                    // providers, meta and root order the run; they are not part of the system
                }
            }
        }
        found.remove(from);
        return found;
    }

    /**
     * True for nodes that order teardown: {@code (destroy)} nodes, and {@code (close)} nodes of providers. A
     * module's {@code (close)} node is not one: since terraform 0.13 it stands for everything inside the
     * module, and {@code depends_on = [module.x]} points at it.
     */
    private static boolean isTeardown(String rawName) {
        int open = suffixOpen(rawName, rawName.length());
        if (open < 0) {
            return false;
        }
        String suffix = rawName.substring(open + 1, rawName.length() - 1).toLowerCase(Locale.ROOT);
        return suffix.startsWith("destroy") || suffix.equals("close") && !address(rawName).endsWith(" (close)");
    }

    /*
     * The addresses are scanned by hand, not with regular expressions: names come from the file, and patterns
     * such as \s+\(([^()]*)\)$ backtrack quadratically on a long run of blanks, and a repeated group
     * (module.x.)* recurses once per repetition until the stack overflows.
     */

    /**
     * Where the parenthesis of a suffix such as {@code  (expand)} opens, if {@code text[0, end)} ends with one:
     * blanks, {@code (}, anything but parentheses, {@code )}; else -1.
     */
    private static int suffixOpen(String text, int end) {
        if (end < 2 || text.charAt(end - 1) != ')') {
            return -1;
        }
        int open = text.lastIndexOf('(', end - 2);
        if (open < 1 || text.lastIndexOf(')', end - 2) > open || !Character.isWhitespace(text.charAt(open - 1))) {
            return -1;
        }
        return open;
    }

    /**
     * The resource address: no {@code [root] } prefix, no {@code (expand)}-style suffixes. A module's
     * {@code (close)} node keeps its suffix: it depends on the module's resources, while the module's
     * {@code (expand)} node is what those resources depend on, and merging the two would make every resource
     * of a module depend on all the others.
     */
    static String address(String rawName) {
        String a = rawName.strip();
        if (a.startsWith("[root] ")) {
            a = a.substring("[root] ".length());
        }
        boolean close = false;
        int end = a.length();
        for (int open = suffixOpen(a, end); open >= 0; open = suffixOpen(a, end)) {
            close |= a.substring(open + 1, end - 1).strip().equalsIgnoreCase("close");
            end = open;
            while (end > 0 && Character.isWhitespace(a.charAt(end - 1))) {
                end--;
            }
        }
        a = a.substring(0, end).strip();
        return close && isModuleCall(a) ? a + " (close)" : a;
    }

    /** True for {@code module.x} and {@code module.x.module.y}: the module itself, not something inside it. */
    private static boolean isModuleCall(String address) {
        String local = address.substring(localStart(address));
        int end = moduleStepEnd(local, 0);
        return end == local.length() && local.indexOf(' ') < 0;
    }

    /**
     * Where the part of an address after its module path starts: 11 in {@code module.db.aws_db_instance.x},
     * 0 without a module. A plain scan rather than a repeated regex group, which recurses once per module
     * and would overflow the stack on a hostile address.
     */
    static int localStart(String address) {
        int at = 0;
        while (true) {
            int end = moduleStepEnd(address, at);
            if (end < 0 || end >= address.length() || address.charAt(end) != '.') {
                return at;
            }
            at = end + 1;
        }
    }

    /** The end of {@code module.NAME} or {@code module.NAME[KEY]} starting at {@code from}, or -1. */
    private static int moduleStepEnd(String text, int from) {
        if (!text.startsWith("module.", from)) {
            return -1;
        }
        int i = from + "module.".length();
        int nameStart = i;
        while (i < text.length() && text.charAt(i) != '.' && text.charAt(i) != '[') {
            i++;
        }
        if (i == nameStart) {
            return -1;
        }
        if (i < text.length() && text.charAt(i) == '[') {
            int close = text.indexOf(']', i);
            if (close < 0) {
                return -1;
            }
            i = close + 1;
        }
        return i;
    }

    private static String stripped(String label) {
        return address(label);
    }

    private static Role role(String address) {
        String local = address.substring(localStart(address));
        if (local.isEmpty()) {
            return Role.PASS_THROUGH;
        }
        if (local.equals("root") || local.startsWith("provider") || local.startsWith("meta.")) {
            return Role.DROPPED;
        }
        if (local.startsWith("var.") || local.startsWith("local.") || local.startsWith("output.")
                || local.startsWith("module.") || local.startsWith("path.") || local.startsWith("terraform.")) {
            return Role.PASS_THROUGH;
        }
        String body = local.startsWith("data.") ? local.substring(5) : local;
        return body.contains(".") ? Role.RESOURCE : Role.DROPPED;
    }
}
