package dev.blastmap.io.kubernetes;

import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.GraphReader;
import dev.blastmap.io.ReadResult;
import dev.blastmap.io.SourcePosition;
import dev.blastmap.io.assemble.GraphAssembler;
import dev.blastmap.io.assemble.YamlHead;
import dev.blastmap.io.assemble.YamlNodes;
import dev.blastmap.model.ServiceId;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads Kubernetes manifests: multi-document YAML as {@code kubectl apply -f} takes it, {@code helm template}
 * output, and the {@code List} that {@code kubectl get -o yaml} or {@code -o json} prints. Deployments,
 * StatefulSets, DaemonSets (and ReplicaSets, Jobs, CronJobs, bare Pods, OpenShift DeploymentConfigs, Argo
 * Rollouts) are services; how Services, host names in containers, ConfigMaps and Ingresses turn into
 * dependencies is {@link ClusterGraph}'s. Other objects (ServiceAccounts, Secrets, RBAC, custom resources) are
 * not services and are passed over.
 */
public final class KubernetesReader implements GraphReader {

    static final String FORMAT = "Kubernetes";
    private static final Set<String> KINDS = Set.of("Deployment", "StatefulSet", "DaemonSet", "Service", "Ingress",
            "List", "Pod", "CronJob", "Job", "ReplicaSet", "ConfigMap", "ServiceAccount", "Namespace", "Secret",
            "DeploymentList", "ServiceList", "PodList");
    private static final List<String> API_GROUPS = List.of("v1", "apps/v1", "batch/v1", "networking.k8s.io/",
            "extensions/v1beta1", "apps/v1beta");
    // Both start with a literal, so a search is linear in the head.
    private static final Pattern JSON_KIND = Pattern.compile("\"kind\"\\s*:\\s*\"([A-Za-z]{1,40})\"");
    private static final Pattern JSON_API_VERSION = Pattern.compile("\"apiVersion\"\\s*:\\s*\"([^\"]{1,80})\"");

    /** True if the start of a file looks like a Kubernetes manifest (YAML or JSON). */
    public static boolean looksLike(String head) {
        boolean yaml = YamlHead.values(head, "apiVersion").stream().anyMatch(KubernetesReader::isApiVersion)
                && YamlHead.values(head, "kind").stream().anyMatch(KINDS::contains);
        return yaml || matchesAny(JSON_API_VERSION, head, KubernetesReader::isApiVersion)
                && matchesAny(JSON_KIND, head, KINDS::contains);
    }

    private static boolean isApiVersion(String value) {
        return API_GROUPS.stream().anyMatch(value::startsWith);
    }

    private static boolean matchesAny(Pattern pattern, String head, java.util.function.Predicate<String> value) {
        java.util.regex.Matcher m = pattern.matcher(head);
        while (m.find()) {
            if (value.test(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public ReadResult read(Reader in, String source) throws GraphImportException, IOException {
        GraphAssembler assembler = new GraphAssembler(source, FORMAT);
        List<Manifest> objects = new ArrayList<>();
        YamlNodes.forEachDocument(in, assembler, document -> collect(assembler, document, objects));
        Map<String, SourcePosition> positions = new ClusterGraph(assembler, objects).build();
        ReadResult result = assembler.build();
        Map<ServiceId, SourcePosition> located = new HashMap<>();
        positions.forEach((id, at) -> located.put(ServiceId.of(id), at));
        located.keySet().retainAll(result.graph().services().stream().map(s -> s.id()).toList());
        return new ReadResult(result.graph(), result.warnings(), located);
    }

    /** Adds the objects of one document: the object itself, or every item of a List. */
    private static void collect(GraphAssembler assembler, Node document, List<Manifest> objects) {
        if (document == null) {
            return;
        }
        if (!(document instanceof MappingNode)) {
            assembler.warn(YamlNodes.line(document), "a document that is not a mapping is skipped");
            return;
        }
        Manifest m = Manifest.of(document);
        if (m == null) {
            assembler.warn(YamlNodes.line(document), "a document without apiVersion and kind is not a Kubernetes "
                    + "object; skipped");
            return;
        }
        if (m.kind().equals("List") || m.kind().endsWith("List")) {
            for (Node item : YamlNodes.items(YamlNodes.get(document, "items"))) {
                Manifest inner = Manifest.of(item);
                if (inner == null && m.kind().length() > 4 && item instanceof MappingNode) {
                    // kubectl get deployments -o yaml leaves kind out of each item of a DeploymentList
                    inner = new Manifest(m.kind().substring(0, m.kind().length() - 4), YamlNodes.text(item, "metadata", "name"),
                            YamlNodes.text(item, "metadata", "namespace"), item, YamlNodes.line(item));
                }
                if (inner != null && !inner.name().isEmpty() && ClusterGraph.reads(inner.kind())) {
                    objects.add(inner);
                }
            }
            return;
        }
        if (m.name().isEmpty()) {
            assembler.warn(m.line(), "a " + m.kind() + " without metadata.name is skipped");
            return;
        }
        if (ClusterGraph.reads(m.kind())) {
            objects.add(m);
        }
    }
}
