package dev.blastmap.io.backstage;

import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.GraphReader;
import dev.blastmap.io.ReadResult;
import dev.blastmap.io.assemble.AttributeMapping;
import dev.blastmap.io.assemble.GraphAssembler;
import dev.blastmap.io.assemble.NodeDraft;
import dev.blastmap.model.Kind;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private static final Pattern SNIFF = Pattern.compile("(?m)^\\s*apiVersion:\\s*['\"]?backstage\\.io/");
    private static final Set<String> SERVICE_KINDS = Set.of("component", "resource", "api");

    /** True if the start of a file looks like a Backstage catalog. */
    public static boolean looksLike(String head) {
        return SNIFF.matcher(head).find();
    }

    /** One entity of the catalog. */
    private record Entity(EntityRef ref, MappingNode node, int line) {
    }

    @Override
    public ReadResult read(Reader in, String source) throws GraphImportException, IOException {
        GraphAssembler assembler = new GraphAssembler(source, FORMAT);
        List<Entity> entities = new ArrayList<>();
        try {
            for (Node document : yaml().composeAll(in)) {
                entity(assembler, document).ifPresent(entities::add);
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw assembler.fatal(mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                    "not valid YAML: " + String.valueOf(e.getProblem()));
        } catch (YAMLException e) {
            throw assembler.fatal(0, 0, "not valid YAML: " + e.getMessage());
        }
        new CatalogGraph(assembler, entities).build();
        return assembler.build();
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit(64 * 1024 * 1024);
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

    /** Turns the entities into services and dependencies. */
    private static final class CatalogGraph {
        private final GraphAssembler assembler;
        private final List<Entity> entities;
        private final Map<String, Entity> byKey = new LinkedHashMap<>();
        private final Map<String, List<Entity>> byName = new HashMap<>();
        private final Map<String, String> ids = new HashMap<>();
        private final Map<String, EntityRef> placeholders = new LinkedHashMap<>();

        CatalogGraph(GraphAssembler assembler, List<Entity> entities) {
            this.assembler = assembler;
            this.entities = entities;
            for (Entity e : entities) {
                if (SERVICE_KINDS.contains(e.ref().kind())) {
                    byKey.putIfAbsent(e.ref().key(), e);
                    byName.computeIfAbsent(e.ref().nameKey(), k -> new ArrayList<>()).add(e);
                }
            }
        }

        void build() throws GraphImportException {
            for (Entity e : entities) {
                if (SERVICE_KINDS.contains(e.ref().kind())) {
                    refs(e);
                }
            }
            assignIds();
            for (Entity e : byKey.values()) {
                service(e);
            }
            for (EntityRef p : placeholders.values()) {
                NodeDraft node = assembler.node(ids.get(p.key()), 0).orElseThrow();
                node.label(p.name()).kind("resource".equals(p.kind()) ? Kind.OTHER : Kind.SERVICE).tag("backstage:" + p.kind());
            }
            for (Entity e : byKey.values()) {
                dependencies(e);
            }
        }

        /** Resolves every reference once, so that placeholders exist before ids are chosen. */
        private void refs(Entity e) {
            Node spec = get(e.node(), "spec");
            if (spec instanceof MappingNode s) {
                scalars(get(s, "dependsOn")).forEach(n -> resolve(n.getValue(), ""));
                scalars(get(s, "dependencyOf")).forEach(n -> resolve(n.getValue(), ""));
                scalars(get(s, "consumesApis")).forEach(n -> resolve(n.getValue(), "api"));
                scalars(get(s, "providesApis")).forEach(n -> resolve(n.getValue(), "api"));
            }
        }

        private EntityRef resolve(String text, String defaultKind) {
            EntityRef ref = EntityRef.parse(text, defaultKind);
            if (ref.kind().isEmpty()) {
                List<Entity> named = byName.getOrDefault(ref.nameKey(), List.of());
                ref = named.size() == 1 ? named.get(0).ref() : new EntityRef("component", ref.namespace(), ref.name());
            }
            if (!byKey.containsKey(ref.key()) && !placeholders.containsKey(ref.key()) && !ref.name().isEmpty()) {
                placeholders.put(ref.key(), ref);
            }
            return byKey.containsKey(ref.key()) ? byKey.get(ref.key()).ref() : placeholders.get(ref.key());
        }

        /** Ids: the name when unique, else namespace/name, else the full reference. */
        private void assignIds() {
            List<EntityRef> all = new ArrayList<>();
            byKey.values().forEach(e -> all.add(e.ref()));
            all.addAll(placeholders.values());
            Map<String, Integer> names = new HashMap<>();
            Map<String, Integer> qualified = new HashMap<>();
            all.forEach(r -> names.merge(r.name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum));
            all.forEach(r -> qualified.merge(r.nameKey(), 1, Integer::sum));
            for (EntityRef r : all) {
                String id;
                if (names.get(r.name().toLowerCase(java.util.Locale.ROOT)) == 1) {
                    id = r.name();
                } else if (qualified.get(r.nameKey()) == 1) {
                    id = r.namespace() + "/" + r.name();
                } else {
                    id = r.toString();
                }
                ids.put(r.key(), id);
            }
        }

        private void service(Entity e) throws GraphImportException {
            NodeDraft node = assembler.node(ids.get(e.ref().key()), e.line()).orElseThrow();
            MappingNode metadata = get(e.node(), "metadata") instanceof MappingNode m ? m : null;
            MappingNode spec = get(e.node(), "spec") instanceof MappingNode s ? s : null;
            String kind = e.ref().kind();
            node.kind("resource".equals(kind) ? Kind.OTHER : Kind.SERVICE).tag("backstage:" + kind);
            if (metadata != null) {
                node.label(scalar(metadata, "title"));
                scalars(get(metadata, "tags")).forEach(t -> node.tag(t.getValue()));
                if (get(metadata, "labels") instanceof MappingNode labels) {
                    for (NodeTuple t : labels.getValue()) {
                        if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof ScalarNode v) {
                            AttributeMapping.node(assembler, node, k.getValue(), v.getValue(), line(v));
                        }
                    }
                }
            }
            if (spec != null) {
                String type = scalar(spec, "type");
                if (!type.isEmpty()) {
                    AttributeMapping.kind(type).ifPresentOrElse(node::kind, () -> node.tag("type:" + type));
                }
                String system = scalar(spec, "system");
                if (!system.isEmpty()) {
                    node.group(EntityRef.parse(system, "system").name());
                }
                String owner = scalar(spec, "owner");
                if (!owner.isEmpty()) {
                    node.tag("owner:" + EntityRef.parse(owner, "group").name());
                }
                String lifecycle = scalar(spec, "lifecycle");
                if (!lifecycle.isEmpty()) {
                    node.tag("lifecycle:" + lifecycle);
                }
            }
        }

        private void dependencies(Entity e) throws GraphImportException {
            if (!(get(e.node(), "spec") instanceof MappingNode spec)) {
                return;
            }
            String self = ids.get(e.ref().key());
            for (ScalarNode n : scalars(get(spec, "dependsOn"))) {
                assembler.edge(self, id(n, ""), line(n));
            }
            for (ScalarNode n : scalars(get(spec, "dependencyOf"))) {
                assembler.edge(id(n, ""), self, line(n));
            }
            for (ScalarNode n : scalars(get(spec, "consumesApis"))) {
                assembler.edge(self, id(n, "api"), line(n));
            }
            for (ScalarNode n : scalars(get(spec, "providesApis"))) {
                // an API is up while any one of its providers is
                assembler.edge(id(n, "api"), self, line(n)).clause("providers", 1);
            }
        }

        private String id(ScalarNode n, String defaultKind) {
            EntityRef ref = resolve(n.getValue(), defaultKind);
            if (placeholders.containsKey(ref.key()) && warned.add(ref.key())) {
                assembler.warn(line(n), ref + " is not defined in this file; it is added as a service of its own");
            }
            return ids.get(ref.key());
        }

        private final java.util.Set<String> warned = new java.util.HashSet<>();
    }
}
