package dev.blastmap.io.kubernetes;

import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.SourcePosition;
import dev.blastmap.io.assemble.GraphAssembler;
import dev.blastmap.io.assemble.NodeDraft;
import dev.blastmap.io.assemble.YamlNodes;
import dev.blastmap.model.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Turns the objects of a manifest into services and dependencies, the way the cluster would wire them: a
 * workload is a service; a Service object selecting exactly one workload is another name of it, one selecting
 * several is a service of its own that needs any one of them (the versions behind Bookinfo's {@code reviews});
 * a container depends on the Services its env values, arguments and commands name (directly or through a
 * ConfigMap), resolved as cluster DNS resolves them; an Ingress or OpenShift Route depends on its backends.
 */
final class ClusterGraph {

    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet",
            "ReplicationController", "Job", "CronJob", "Pod", "DeploymentConfig", "Rollout");
    private static final Pattern DATABASE = Pattern.compile(
            "(?i)postgres|mysql|mariadb|mongo|redis|cassandra|elasticsearch|opensearch|memcached|cockroach|etcd|spanner");
    private static final Pattern QUEUE = Pattern.compile("(?i)kafka|rabbitmq|nats|pulsar|activemq|zookeeper");

    private final GraphAssembler assembler;
    private final List<Manifest> workloads = new ArrayList<>();
    private final List<Manifest> services = new ArrayList<>();
    private final List<Manifest> ingresses = new ArrayList<>();
    private final Map<String, Manifest> configMaps = new HashMap<>();
    private final Map<Manifest, String> ids = new LinkedHashMap<>();
    private final Map<String, String> hosts = new HashMap<>();
    private final Map<String, SourcePosition> positions = new LinkedHashMap<>();
    private int calls;

    /**
     * True for the kinds the graph is made of: workloads, Services, Ingresses and Routes, and ConfigMaps (for
     * the hosts they hold). A reader keeps only these, so a manifest's CRDs, RBAC and Secrets cost no memory.
     */
    static boolean reads(String kind) {
        return WORKLOADS.contains(kind) || kind.equals("Service") || kind.equals("Ingress") || kind.equals("Route")
                || kind.equals("ConfigMap");
    }

    ClusterGraph(GraphAssembler assembler, List<Manifest> objects) {
        this.assembler = assembler;
        for (Manifest m : objects) {
            switch (m.kind()) {
                case "Service" -> services.add(m);
                case "Ingress", "Route" -> ingresses.add(m);
                case "ConfigMap" -> configMaps.put(m.namespace() + "/" + m.name(), m);
                default -> {
                    if (WORKLOADS.contains(m.kind())) {
                        workloads.add(m);
                    }
                }
            }
        }
    }

    /** Adds the services and dependencies to the assembler; returns where each service is defined. */
    Map<String, SourcePosition> build() throws GraphImportException {
        Map<Manifest, List<Manifest>> fronted = new LinkedHashMap<>();
        for (Manifest s : services) {
            fronted.put(s, selected(s));
        }
        for (Manifest w : workloads) {
            List<Manifest> by = fronted.entrySet().stream().filter(e -> e.getValue().contains(w)).map(Map.Entry::getKey).toList();
            boolean aliased = by.size() == 1 && fronted.get(by.get(0)).size() == 1;
            ids.put(w, aliased ? by.get(0).name() : w.name());
        }
        for (Manifest s : services) {
            if (fronted.get(s).size() != 1) {
                ids.put(s, s.name());
            }
        }
        qualifyClashes();
        for (Manifest s : services) {
            List<Manifest> selected = fronted.get(s);
            hosts.put(key(s.namespace(), s.name()), selected.size() == 1 ? ids.get(selected.get(0)) : ids.get(s));
        }
        for (Manifest w : workloads) {
            workload(w);
        }
        for (Manifest s : services) {
            service(s, fronted.get(s));
        }
        for (Manifest i : ingresses) {
            ingress(i);
        }
        if (calls == 0 && workloads.size() > 1) {
            assembler.warn(0, "no container names another Service's host in its env, args, command or ConfigMaps, "
                    + "so no calls between the workloads are known; these services find their peers in code. "
                    + "Read traces (OpenTelemetry, Jaeger, Zipkin) or a Kiali graph for the calls");
        }
        return positions;
    }

    private void qualifyClashes() {
        Map<String, Integer> counts = new HashMap<>();
        ids.values().forEach(id -> counts.merge(id, 1, Integer::sum));
        ids.replaceAll((m, id) -> counts.get(id) > 1 && !m.namespace().isEmpty() ? m.namespace() + "/" + id : id);
    }

    private List<Manifest> selected(Manifest service) {
        Map<String, String> selector = service.labels("spec", "selector");
        if (selector.isEmpty()) {
            return List.of();
        }
        List<Manifest> out = new ArrayList<>();
        for (Manifest w : workloads) {
            boolean sameNamespace = w.namespace().equals(service.namespace()) || w.namespace().isEmpty()
                    || service.namespace().isEmpty();
            if (sameNamespace && podLabels(w).entrySet().containsAll(selector.entrySet())) {
                out.add(w);
            }
        }
        return out;
    }

    private NodeDraft node(Manifest m, String id) throws GraphImportException {
        NodeDraft node = assembler.node(id, m.line()).orElseThrow();
        positions.putIfAbsent(id, new SourcePosition(Math.max(1, m.line()), 0));
        if (!m.namespace().isEmpty()) {
            node.group(m.namespace());
        }
        node.tag("kubernetes:" + m.kind());
        return node;
    }

    private void workload(Manifest w) throws GraphImportException {
        String id = ids.get(w);
        NodeDraft node = node(w, id);
        if (!id.endsWith(w.name())) {
            node.tag("workload:" + w.name());
        }
        String replicas = YamlNodes.text(w.node(), "spec", "replicas");
        if (!replicas.isEmpty()) {
            node.tag("replicas:" + replicas);
        }
        Optional<Node> pod = podSpec(w);
        String images = String.join(" ", containers(pod).stream().map(c -> YamlNodes.text(c, "image")).toList());
        node.kind(DATABASE.matcher(images).find() ? Kind.DATABASE : QUEUE.matcher(images).find() ? Kind.QUEUE
                : Kind.SERVICE);
        for (Node container : containers(pod)) {
            for (ScalarNode value : values(container, w.namespace())) {
                for (String host : HostReferences.in(value.getValue())) {
                    Optional<String> target = resolve(host, w.namespace());
                    if (target.isPresent() && !target.get().equals(id)) {
                        calls++;
                        assembler.edge(id, target.get(), YamlNodes.line(value));
                    }
                }
            }
        }
    }

    private void service(Manifest s, List<Manifest> selected) throws GraphImportException {
        String type = YamlNodes.text(s.node(), "spec", "type");
        if (selected.size() == 1) {
            if (type.equals("LoadBalancer") || type.equals("NodePort")) {
                assembler.existing(ids.get(selected.get(0))).ifPresent(n -> n.customerFacing(true));
            }
            return;
        }
        NodeDraft node = node(s, ids.get(s));
        node.customerFacing(type.equals("LoadBalancer") || type.equals("NodePort"));
        String external = YamlNodes.text(s.node(), "spec", "externalName");
        if (!external.isEmpty() || selected.isEmpty()) {
            node.kind(Kind.EXTERNAL);
            node.tag(external.isEmpty() ? "no-selector" : "external-name:" + external);
            return;
        }
        node.kind(Kind.SERVICE);
        for (Manifest w : selected) {
            assembler.edge(ids.get(s), ids.get(w), s.line()).clause("endpoints", 1)
                    .note("any one of the workloads behind Service " + s.name());
        }
    }

    private void ingress(Manifest i) throws GraphImportException {
        String id = assembler.existing(i.name()).isPresent() ? i.kind().toLowerCase(Locale.ROOT) + "/" + i.name() : i.name();
        NodeDraft node = node(i, id);
        node.kind(Kind.LOAD_BALANCER).customerFacing(true);
        List<ScalarNode> backends = new ArrayList<>();
        if (i.kind().equals("Route")) {
            YamlNodes.path(i.node(), "spec", "to", "name").ifPresent(n -> add(backends, n));
        } else {
            backend(YamlNodes.path(i.node(), "spec", "defaultBackend"), backends);
            backend(YamlNodes.path(i.node(), "spec", "backend"), backends);
            for (Node rule : YamlNodes.items(YamlNodes.path(i.node(), "spec", "rules"))) {
                for (Node path : YamlNodes.items(YamlNodes.path(rule, "http", "paths"))) {
                    backend(YamlNodes.get(path, "backend"), backends);
                }
            }
        }
        for (ScalarNode b : backends) {
            Optional<String> target = Optional.ofNullable(hosts.get(key(i.namespace(), b.getValue().strip())));
            if (target.isEmpty()) {
                assembler.warn(YamlNodes.line(b), i.kind() + " " + i.name() + " routes to Service " + b.getValue()
                        + ", which is not in the file; it becomes a service of its own");
            }
            assembler.edge(id, target.orElse(b.getValue().strip()), YamlNodes.line(b));
        }
    }

    private static void backend(Optional<Node> backend, List<ScalarNode> out) {
        YamlNodes.path(backend.orElse(null), "service", "name").ifPresent(n -> add(out, n));
        YamlNodes.path(backend.orElse(null), "serviceName").ifPresent(n -> add(out, n));
    }

    private static void add(List<ScalarNode> out, Node n) {
        if (n instanceof ScalarNode s && !s.getValue().isBlank()) {
            out.add(s);
        }
    }

    /** The service a host name reaches from a namespace: {@code svc}, {@code svc.ns}, {@code svc.ns.svc...}. */
    private Optional<String> resolve(String host, String namespace) {
        String[] parts = host.split("\\.");
        List<String> keys = new ArrayList<>();
        if (parts.length == 1) {
            keys.add(key(namespace, parts[0]));
        } else {
            keys.add(key(parts[1], parts[0]));
            if (parts.length >= 4 && parts[3].equals("svc")) {
                keys.add(key(parts[2], parts[1])); // a StatefulSet pod: pod.svc.ns.svc.cluster.local
            }
            if (parts.length == 2) {
                keys.add(key(namespace, parts[1])); // a pod of a headless Service in the same namespace
            }
        }
        for (String k : keys) {
            String found = hosts.get(k);
            if (found == null && namespace.isEmpty()) {
                found = byNameOnly(k.substring(k.indexOf('/') + 1));
            }
            if (found == null && k.startsWith("/")) {
                found = byNameOnly(k.substring(1));
            }
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    private String byNameOnly(String name) {
        List<String> found = hosts.entrySet().stream().filter(e -> e.getKey().endsWith("/" + name))
                .map(Map.Entry::getValue).distinct().toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    private static String key(String namespace, String name) {
        return namespace + "/" + name;
    }

    /** The scalars of a container that may name hosts: env values (also through ConfigMaps), args, command. */
    private List<ScalarNode> values(Node container, String namespace) {
        List<ScalarNode> out = new ArrayList<>();
        for (Node env : YamlNodes.items(YamlNodes.get(container, "env"))) {
            YamlNodes.get(env, "value").ifPresent(v -> add(out, v));
            Optional<Node> ref = YamlNodes.path(env, "valueFrom", "configMapKeyRef");
            if (ref.isPresent()) {
                configMap(namespace, YamlNodes.text(ref.get(), "name"))
                        .flatMap(cm -> YamlNodes.path(cm.node(), "data", YamlNodes.text(ref.get(), "key")))
                        .ifPresent(v -> add(out, v));
            }
        }
        for (Node from : YamlNodes.items(YamlNodes.get(container, "envFrom"))) {
            configMap(namespace, YamlNodes.text(from, "configMapRef", "name"))
                    .ifPresent(cm -> YamlNodes.entries(YamlNodes.path(cm.node(), "data")).values()
                            .forEach(v -> add(out, v)));
        }
        for (String key : List.of("args", "command")) {
            YamlNodes.get(container, key).ifPresent(v -> out.addAll(YamlNodes.scalarsBelow(v)));
        }
        return out;
    }

    private Optional<Manifest> configMap(String namespace, String name) {
        Manifest m = configMaps.get(namespace + "/" + name);
        if (m == null) {
            m = configMaps.values().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        }
        return Optional.ofNullable(m);
    }

    private static Optional<Node> podSpec(Manifest w) {
        return switch (w.kind()) {
            case "Pod" -> YamlNodes.path(w.node(), "spec");
            case "CronJob" -> YamlNodes.path(w.node(), "spec", "jobTemplate", "spec", "template", "spec");
            default -> YamlNodes.path(w.node(), "spec", "template", "spec");
        };
    }

    private static Map<String, String> podLabels(Manifest w) {
        return switch (w.kind()) {
            case "Pod" -> w.labels("metadata", "labels");
            case "CronJob" -> w.labels("spec", "jobTemplate", "spec", "template", "metadata", "labels");
            default -> w.labels("spec", "template", "metadata", "labels");
        };
    }

    private static List<Node> containers(Optional<Node> pod) {
        List<Node> out = new ArrayList<>(YamlNodes.items(pod.flatMap(p -> YamlNodes.get(p, "initContainers"))));
        out.addAll(YamlNodes.items(pod.flatMap(p -> YamlNodes.get(p, "containers"))));
        return out;
    }
}
