package dev.blastmap.policy;

import dev.blastmap.io.Problem;
import dev.blastmap.io.SourcePosition;
import dev.blastmap.text.EditDistance;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a policy file (YAML):
 *
 * <pre>
 * rules:
 *   - maxDown: 50
 *   - noSinglePointOfFailure: customer-facing
 *     id: no-spof
 *     severity: warning
 *     except: [legacy-admin]
 *   - survive: zone:*
 * </pre>
 *
 * Every problem is collected with its line and column, then thrown at once as a {@link PolicyException}:
 * an unknown rule or setting (with the nearest known word), a bad value, a repeated key or id. The YAML is
 * only composed into nodes, never constructed into objects; the loader limits aliases, nesting and size, so
 * a file from a stranger costs linear time and bounded memory.
 */
public final class PolicyReader {

    /** The largest policy accepted, in characters. */
    public static final int MAX_CHARACTERS = 1 << 20;

    /** The rule kinds, as written in a policy file. */
    public static final List<String> RULE_KINDS = List.of(MaxDown.KIND, MaxWeighted.KIND, NoSinglePointOfFailure.KIND,
            Survive.KIND, NoCommonCause.KIND, MaxCutSetsOrder2.KIND);

    private static final List<String> SETTINGS = List.of("id", "severity", "except");
    private static final List<String> TOP_LEVEL = List.of("version", "rules");

    /** Reads a policy file as UTF-8. */
    public Policy read(Path file) throws IOException, PolicyException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads a policy.
     *
     * @param source the name used in problems
     * @throws PolicyException listing every problem found
     */
    public Policy read(Reader in, String source) throws IOException, PolicyException {
        Parse parse = new Parse(source);
        String text = bounded(in, source);
        Node root;
        try {
            root = yaml().compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new PolicyException(List.of(Problem.error(source, mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1, "", "not valid YAML: " + e.getProblem())));
        } catch (YAMLException e) {
            throw new PolicyException(List.of(Problem.error(source, 0, 0, "", "cannot be read as YAML: "
                    + e.getMessage())));
        }
        List<Rule> rules = parse.policy(root);
        if (!parse.problems.isEmpty()) {
            List<Problem> inFileOrder = new ArrayList<>(parse.problems);
            inFileOrder.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new PolicyException(inFileOrder);
        }
        return new Policy(source, rules);
    }

    /** The whole text, refused with a problem beyond {@link #MAX_CHARACTERS}. */
    private static String bounded(Reader in, String source) throws IOException, PolicyException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            text.append(buffer, 0, read);
            if (text.length() > MAX_CHARACTERS) {
                throw new PolicyException(List.of(Problem.error(source, 0, 0, "", "the policy is larger than "
                        + MAX_CHARACTERS + " characters; a policy is a short list of rules")));
            }
        }
        return text.toString();
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_CHARACTERS);
        return new Yaml(new SafeConstructor(options));
    }

    /** The state of reading one file: its name and the problems found so far. */
    private static final class Parse {
        private final String source;
        private final List<Problem> problems = new ArrayList<>();

        Parse(String source) {
            this.source = source;
        }

        List<Rule> policy(Node root) {
            if (root == null) {
                error(null, "the policy is empty; write a list of rules under 'rules:'");
                return List.of();
            }
            if (!(root instanceof MappingNode map)) {
                error(root, "a policy is a mapping with a list of rules under 'rules:'");
                return List.of();
            }
            Node rulesNode = null;
            for (NodeTuple t : entries(map, TOP_LEVEL, "top-level key")) {
                String key = ((ScalarNode) t.getKeyNode()).getValue();
                if (key.equals("version")) {
                    if (!(t.getValueNode() instanceof ScalarNode v) || !v.getValue().equals("1")) {
                        error(t.getValueNode(), "version must be 1 (the only policy version there is)");
                    }
                } else {
                    rulesNode = t.getValueNode();
                }
            }
            if (rulesNode == null) {
                if (problems.isEmpty()) {
                    error(root, "no 'rules:' list; write the rules as a list under 'rules:'");
                }
                return List.of();
            }
            if (!(rulesNode instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
                error(rulesNode, "'rules:' must be a non-empty list, each item one rule such as '- maxDown: 50'");
                return List.of();
            }
            List<Draft> drafts = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                Draft draft = draft(item);
                if (draft != null) {
                    drafts.add(draft);
                }
            }
            return build(drafts);
        }

        /** The entries of a mapping whose keys are known words, each once; reports the others. */
        private List<NodeTuple> entries(MappingNode map, List<String> known, String what) {
            List<NodeTuple> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (NodeTuple t : map.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    error(t.getKeyNode(), "a " + what + " must be a plain word");
                    continue;
                }
                String key = k.getValue();
                if (!known.contains(key)) {
                    String hint = EditDistance.nearest(key, known).map(n -> "; did you mean '" + n + "'?").orElse("");
                    error(k, "unknown " + what + " '" + key + "'" + hint + "; known: " + String.join(", ", known));
                } else if (!seen.add(key)) {
                    error(k, "'" + key + "' is given twice; give it once");
                } else {
                    out.add(t);
                }
            }
            return out;
        }

        private Draft draft(Node item) {
            if (!(item instanceof MappingNode map)) {
                error(item, "each rule is a mapping such as '- maxDown: 50', with optional id, severity and except");
                return null;
            }
            List<String> known = new ArrayList<>(RULE_KINDS);
            known.addAll(SETTINGS);
            Draft draft = new Draft(item);
            int problemsBefore = problems.size();
            for (NodeTuple t : entries(map, known, "rule or setting")) {
                ScalarNode key = (ScalarNode) t.getKeyNode();
                Node value = t.getValueNode();
                switch (key.getValue()) {
                    case "id" -> draft.id = id(value);
                    case "severity" -> draft.severity = severity(value);
                    case "except" -> draft.except = except(value);
                    default -> {
                        if (draft.kind != null) {
                            error(key, "one rule per list item: '" + key.getValue() + "' and '" + draft.kind
                                    + "' are both here; start a new item with '- '");
                        } else {
                            draft.kind = key.getValue();
                            draft.value = value;
                        }
                    }
                }
            }
            if (draft.kind == null) {
                if (problems.size() == problemsBefore) {
                    error(item, "this item has no rule; rules are: " + String.join(", ", RULE_KINDS));
                }
                return null;
            }
            return draft;
        }

        private String id(Node value) {
            String text = scalar(value, "an id such as no-spof");
            if (text != null && !text.matches(RuleSettings.ID_PATTERN)) {
                error(value, "an id is 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit");
                return null;
            }
            return text;
        }

        private Severity severity(Node value) {
            String text = scalar(value, "error, warning or note");
            if (text == null) {
                return null;
            }
            for (Severity s : Severity.values()) {
                if (s.word().equals(text)) {
                    return s;
                }
            }
            error(value, "severity must be error, warning or note, was '" + text + "'");
            return null;
        }

        private List<String> except(Node value) {
            List<String> out = new ArrayList<>();
            if (value instanceof ScalarNode s && !s.getValue().isBlank()) {
                out.add(s.getValue().strip());
            } else if (value instanceof SequenceNode seq) {
                for (Node item : seq.getValue()) {
                    String text = scalar(item, "a service id or a domain such as zone:use1-az1");
                    if (text != null) {
                        out.add(text);
                    }
                }
            } else {
                error(value, "except is a list of service ids or domains, such as [legacy-admin, zone:use1-az3]");
            }
            return out;
        }

        private String scalar(Node value, String expected) {
            if (value instanceof ScalarNode s && !s.getValue().isBlank()) {
                return s.getValue().strip();
            }
            error(value, "expected " + expected);
            return null;
        }

        /** Turns the drafts into rules, giving each rule without an id its kind (numbered when repeated). */
        private List<Rule> build(List<Draft> drafts) {
            Set<String> ids = new HashSet<>();
            for (Draft d : drafts) {
                if (d.id != null && !ids.add(d.id)) {
                    error(d.item, "two rules have the id '" + d.id + "'; ids must be unique");
                }
            }
            Map<String, Integer> ofKind = new TreeMap<>();
            drafts.forEach(d -> ofKind.merge(d.kind, 1, Integer::sum));
            Map<String, Integer> seenOfKind = new TreeMap<>();
            List<Rule> rules = new ArrayList<>();
            for (Draft d : drafts) {
                int ordinal = seenOfKind.merge(d.kind, 1, Integer::sum);
                String id = d.id;
                if (id == null) {
                    id = ofKind.get(d.kind) == 1 ? d.kind : d.kind + "-" + ordinal;
                    while (!ids.add(id)) {
                        id = id + "-" + ordinal;
                    }
                }
                Rule rule = rule(d, new RuleSettings(id, d.severity == null ? Severity.ERROR : d.severity,
                        d.except, position(d.item)));
                if (rule != null) {
                    rules.add(rule);
                }
            }
            return rules;
        }

        private Rule rule(Draft d, RuleSettings settings) {
            Node value = d.value;
            String text = value instanceof ScalarNode s ? s.getValue().strip() : null;
            if (text == null || text.isEmpty()) {
                error(value, d.kind + " needs a value: " + example(d.kind));
                return null;
            }
            try {
                return switch (d.kind) {
                    case MaxDown.KIND -> new MaxDown(settings, wholeNumber(text, d.kind));
                    case MaxWeighted.KIND -> new MaxWeighted(settings, number(text, d.kind));
                    case NoSinglePointOfFailure.KIND -> new NoSinglePointOfFailure(settings, ServiceSelector.parse(text));
                    case Survive.KIND -> new Survive(settings, ServiceSelector.parse(text));
                    case NoCommonCause.KIND -> {
                        if (!text.equals("true")) {
                            throw new IllegalArgumentException("noCommonCause takes true; to turn it off, remove the rule");
                        }
                        yield new NoCommonCause(settings);
                    }
                    case MaxCutSetsOrder2.KIND -> new MaxCutSetsOrder2(settings, wholeNumber(text, d.kind));
                    default -> throw new IllegalStateException("unhandled rule kind " + d.kind);
                };
            } catch (IllegalArgumentException e) {
                error(value, e.getMessage() + " (for example " + example(d.kind) + ")");
                return null;
            }
        }

        private static int wholeNumber(String text, String kind) {
            if (!text.matches("\\+?[0-9]{1,9}")) {
                throw new IllegalArgumentException(kind + " must be a whole number, was '" + text + "'");
            }
            return Integer.parseInt(text);
        }

        private static double number(String text, String kind) {
            if (!text.matches("\\+?[0-9]{1,15}(\\.[0-9]{1,15})?([eE][+-]?[0-9]{1,3})?")) {
                throw new IllegalArgumentException(kind + " must be a number ≥ 0, was '" + text + "'");
            }
            return Double.parseDouble(text);
        }

        private static String example(String kind) {
            return switch (kind) {
                case MaxDown.KIND -> "'maxDown: 50'";
                case MaxWeighted.KIND -> "'maxWeighted: 1000'";
                case NoSinglePointOfFailure.KIND -> "'noSinglePointOfFailure: customer-facing'";
                case Survive.KIND -> "'survive: zone:*'";
                case NoCommonCause.KIND -> "'noCommonCause: true'";
                default -> "'maxCutSetsOrder2: 0'";
            };
        }

        private void error(Node node, String message) {
            SourcePosition at = node == null ? null : position(node);
            problems.add(Problem.error(source, at == null ? 0 : at.line(), at == null ? 0 : at.column(), "", message));
        }

        private static SourcePosition position(Node node) {
            Mark mark = node.getStartMark();
            return mark == null ? new SourcePosition(1, 0) : new SourcePosition(mark.getLine() + 1, mark.getColumn() + 1);
        }
    }

    /** One rule item as read, before its value is checked. */
    private static final class Draft {
        final Node item;
        String kind;
        Node value;
        String id;
        Severity severity;
        List<String> except = List.of();

        Draft(Node item) {
            this.item = item;
        }
    }
}
