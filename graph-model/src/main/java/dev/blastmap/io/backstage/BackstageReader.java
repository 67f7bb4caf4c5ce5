package dev.blastmap.io.backstage;

import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.GraphReader;
import dev.blastmap.io.ReadResult;
import dev.blastmap.io.assemble.GraphAssembler;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
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
 * Reads a Backstage software catalog ({@code catalog-info.yaml}, usually several documents in one file).
 * Components, Resources and APIs become services; {@code spec.dependsOn} (entity refs
 * {@code [kind:][namespace/]name}) are dependencies of the entity, {@code spec.dependencyOf} the other way
 * round; a component that {@code consumesApis} depends on the API, and an API depends on any one of the
 * components that {@code providesApis} it. {@code spec.system} is the group, {@code spec.type} the kind where
 * it names one; {@code spec.owner}, {@code spec.lifecycle}, metadata tags and labels become tags. A reference
 * to an entity not in the file becomes a service of its own, with a warning. Systems, domains, groups, users,
 * locations and templates are not services.
 *
 * <p>The YAML is only composed into nodes, never constructed into objects, and the loader limits aliases,
 * nesting depth and size, so a hostile file cannot run code or expand until memory runs out.
 */
public final class BackstageReader implements GraphReader {

    static final String FORMAT = "Backstage catalog";
    private static final Pattern SNIFF = Pattern.compile("(?m)^[ \\t]*apiVersion:\\s*['\"]?backstage\\.io/");

    /** True if the start of a file looks like a Backstage catalog. */
    public static boolean looksLike(String head) {
        return SNIFF.matcher(head).find();
    }

    @Override
    public ReadResult read(Reader in, String source) throws GraphImportException, IOException {
        GraphAssembler assembler = new GraphAssembler(source, FORMAT);
        List<Entity> entities = new ArrayList<>();
        WordLengthGuard text = new WordLengthGuard(in);
        try {
            for (Node document : yaml().composeAll(text)) {
                entity(assembler, document).ifPresent(entities::add);
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw assembler.fatal(mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                    "not valid YAML: " + String.valueOf(e.getProblem()));
        } catch (YAMLException e) {
            Optional<WordLengthGuard.WordTooLong> tooLong = WordLengthGuard.in(e);
            if (tooLong.isPresent()) {
                throw assembler.fatal(tooLong.get().line(), 0, "a word (a run of characters without a blank) is longer "
                        + "than " + (WordLengthGuard.MAX_WORD >> 10) + " KiB; Blastmap reads catalogs whose words are "
                        + "at most that long");
            }
            // SnakeYAML gives no place for these (the alias limit, the size limit): the line it had read up to is
            // at most a kilobyte past the problem
            throw assembler.fatal(text.line(), 0, "not valid YAML: " + e.getMessage() + " (reading stopped here)");
        }
        new CatalogGraph(assembler, entities).build();
        return assembler.build();
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit((int) GraphReader.MAX_FILE_BYTES);
        return new Yaml(new SafeConstructor(options));
    }

    private static java.util.Optional<Entity> entity(GraphAssembler assembler, Node document) throws GraphImportException {
        int line = line(document);
        if (!(document instanceof MappingNode map)) {
            if (document != null) {
                assembler.warn(line, "a document that is not a mapping is skipped");
            }
            return java.util.Optional.empty();
        }
        String apiVersion = scalar(map, "apiVersion");
        if (!apiVersion.startsWith("backstage.io/")) {
            assembler.warn(line, "a document whose apiVersion is not backstage.io/… is skipped");
            return java.util.Optional.empty();
        }
        String kind = scalar(map, "kind");
        Node metadata = get(map, "metadata");
        String name = metadata instanceof MappingNode m ? scalar(m, "name") : "";
        if (kind.isBlank() || name.isBlank()) {
            assembler.error(line, 0, "an entity needs a kind and metadata.name");
            return java.util.Optional.empty();
        }
        String namespace = metadata instanceof MappingNode m ? scalar(m, "namespace") : "";
        EntityRef ref = EntityRef.parse(kind + ":" + (namespace.isBlank() ? "" : namespace + "/") + name, "");
        return java.util.Optional.of(new Entity(ref, map, line));
    }

    static int line(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    static int column(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getColumn() + 1;
    }

    static Node get(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && key.equals(k.getValue())) {
                return t.getValueNode();
            }
        }
        return null;
    }

    static String scalar(MappingNode map, String key) {
        return get(map, key) instanceof ScalarNode s ? s.getValue().strip() : "";
    }

    /** The scalars of a sequence (or a single scalar), with their nodes for line numbers. */
    static List<ScalarNode> scalars(Node node) {
        List<ScalarNode> out = new ArrayList<>();
        if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
            out.add(s);
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}
