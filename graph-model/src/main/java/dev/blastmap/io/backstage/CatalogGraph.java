package dev.blastmap.io.backstage;

import static dev.blastmap.io.backstage.BackstageReader.column;
import static dev.blastmap.io.backstage.BackstageReader.get;
import static dev.blastmap.io.backstage.BackstageReader.line;
import static dev.blastmap.io.backstage.BackstageReader.scalar;
import static dev.blastmap.io.backstage.BackstageReader.scalars;

import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.assemble.AttributeMapping;
import dev.blastmap.io.assemble.GraphAssembler;
import dev.blastmap.io.assemble.NodeDraft;
import dev.blastmap.model.Kind;
import dev.blastmap.text.MessageText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Turns the entities of a catalog into services and dependencies: picks readable ids, adds services for
 * entities referenced but not in the file, and maps fields (see {@link BackstageReader}).
 */
final class CatalogGraph {

    /** The kinds of entity that are services. */
    static final Set<String> SERVICE_KINDS = Set.of("component", "resource", "api");

    private final GraphAssembler assembler;
    private final List<Entity> entities;
    private final Map<String, Entity> byKey = new LinkedHashMap<>();
    private final Map<String, List<Entity>> byName = new HashMap<>();
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, EntityRef> placeholders = new LinkedHashMap<>();
    private final Set<String> warned = new HashSet<>();

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
        Map<String, Entity> firstOfKey = new HashMap<>();
        for (Entity e : entities) {
            Entity first = SERVICE_KINDS.contains(e.ref().kind()) ? firstOfKey.putIfAbsent(e.ref().key(), e) : null;
            if (first != null) {
                assembler.error(e.line(), 0, "the entity " + MessageText.quoted(e.ref().toString()) + " is defined "
                        + "twice: first in the document at line " + first.line() + ", again here; entity references must "
                        + "be unique");
            }
        }
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
        all.forEach(r -> names.merge(r.name().toLowerCase(Locale.ROOT), 1, Integer::sum));
        all.forEach(r -> qualified.merge(r.nameKey(), 1, Integer::sum));
        for (EntityRef r : all) {
            String id;
            if (names.get(r.name().toLowerCase(Locale.ROOT)) == 1) {
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
        NodeDraft node = assembler.define(ids.get(e.ref().key()), e.line(), 0).orElseThrow();
        MappingNode metadata = get(e.node(), "metadata") instanceof MappingNode m ? m : null;
        MappingNode spec = get(e.node(), "spec") instanceof MappingNode s ? s : null;
        String kind = e.ref().kind();
        node.kind("resource".equals(kind) ? Kind.OTHER : Kind.SERVICE).tag("backstage:" + kind);
        if (metadata != null) {
            node.label(scalar(metadata, "title"));
            node.description(scalar(metadata, "description"));
            scalars(get(metadata, "tags")).forEach(t -> node.tag(t.getValue()));
            if (get(metadata, "labels") instanceof MappingNode labels) {
                for (NodeTuple t : labels.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof ScalarNode v) {
                        AttributeMapping.node(assembler, node, k.getValue(), v.getValue(), line(v));
                    }
                }
            }
            // annotations are where Backstage keeps non-identifying data; only ours mean something here
            if (get(metadata, "annotations") instanceof MappingNode annotations) {
                for (NodeTuple t : annotations.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && k.getValue().startsWith("blastmap.dev/")
                            && t.getValueNode() instanceof ScalarNode v) {
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
            String other = id(n, "");
            if (other != null) {
                assembler.edge(self, other, line(n));
            }
        }
        for (ScalarNode n : scalars(get(spec, "dependencyOf"))) {
            String other = id(n, "");
            if (other != null) {
                assembler.edge(other, self, line(n));
            }
        }
        for (ScalarNode n : scalars(get(spec, "consumesApis"))) {
            String other = id(n, "api");
            if (other != null) {
                assembler.edge(self, other, line(n));
            }
        }
        for (ScalarNode n : scalars(get(spec, "providesApis"))) {
            String other = id(n, "api");
            if (other != null) {
                // an API is up while any one of its providers is
                assembler.edge(other, self, line(n)).clause("providers", 1);
            }
        }
    }

    /** The id a reference names, or null (with an error) if it names no entity. */
    private String id(ScalarNode n, String defaultKind) throws GraphImportException {
        EntityRef ref = resolve(n.getValue(), defaultKind);
        if (ref == null) {
            assembler.error(line(n), column(n), "the reference " + MessageText.quoted(n.getValue()) + " has no entity "
                    + "name; write [kind:][namespace/]name");
            return null;
        }
        if (placeholders.containsKey(ref.key()) && warned.add(ref.key())) {
            assembler.warn(line(n), ref + " is not defined in this file; it is added as a service of its own");
        }
        return ids.get(ref.key());
    }
}
