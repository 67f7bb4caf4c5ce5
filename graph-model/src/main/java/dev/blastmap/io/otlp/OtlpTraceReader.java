package dev.blastmap.io.otlp;

import com.google.gson.stream.MalformedJsonException;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.GraphReader;
import dev.blastmap.io.ReadResult;
import dev.blastmap.io.SourcePosition;
import dev.blastmap.io.assemble.GraphAssembler;
import dev.blastmap.io.assemble.JsonSyntax;
import dev.blastmap.io.assemble.NodeDraft;
import dev.blastmap.model.Kind;
import dev.blastmap.model.ServiceId;
import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads OpenTelemetry traces in OTLP/JSON: {@code {"resourceSpans": [{"resource": {"attributes": [...]},
 * "scopeSpans": [{"spans": [...]}]}]}}, one export request or many one after another (the collector's file
 * exporter, or {@code cat traces/*.json}), so the spans of many files make one graph. A service per
 * {@code service.name}; A depends on B when a span of B has its parent in A, the calls and the failed ones
 * counted on the dependency's note; a producer's message consumed by another service is a soft dependency
 * (the producer goes on while the consumer is down). A client span whose callee sent no spans of its own
 * depends on what its {@code peer.service} or database attributes name. {@code service.namespace} is the
 * group, {@code cloud.region} and {@code cloud.availability_zone} the region and zone.
 */
public final class OtlpTraceReader implements GraphReader {

    static final String FORMAT = "OTLP traces";
    private static final Pattern SNIFF = Pattern.compile("\"resourceSpans\"\\s*:");

    /** True if the start of a file looks like OTLP/JSON traces. */
    public static boolean looksLike(String head) {
        return SNIFF.matcher(head).find();
    }

    /** Counts of one dependency. */
    private static final class Calls {
        long calls;
        long errors;
        boolean async = true;
    }

    @Override
    public ReadResult read(Reader in, String source) throws GraphImportException, IOException {
        GraphAssembler assembler = new GraphAssembler(source, FORMAT);
        List<String> services = new ArrayList<>();
        Map<String, Integer> serviceIndex = new HashMap<>();
        Map<String, Integer> spanService = new HashMap<>();
        Map<String, Span> clientSpans = new HashMap<>();
        List<long[]> children = new ArrayList<>();
        List<String> childParents = new ArrayList<>();
        Map<ServiceId, SourcePosition> positions = new HashMap<>();
        Map<String, Map<String, String>> resources = new HashMap<>();
        long[] spanCount = {0};
        OtlpJsonStream stream = new OtlpJsonStream(in);
        try {
            stream.read(rs -> {
                String name = rs.resource().getOrDefault("service.name", "").strip();
                if (name.isEmpty()) {
                    name = "unknown_service";
                }
                Integer index = serviceIndex.get(name);
                if (index == null) {
                    index = services.size();
                    serviceIndex.put(name, index);
                    services.add(name);
                    resources.put(name, rs.resource());
                    if (rs.line() > 0) {
                        positions.put(ServiceId.of(name), new SourcePosition(rs.line(), 0));
                    }
                }
                for (Span s : rs.spans()) {
                    spanCount[0]++;
                    spanService.put(s.key(), index);
                    if (!s.peer().isEmpty()) {
                        clientSpans.put(s.key(), s);
                    }
                    if (s.parentKey() != null) {
                        children.add(new long[] {index, s.kind(), s.error() ? 1 : 0});
                        childParents.add(s.parentKey());
                    }
                }
            });
        } catch (MalformedJsonException | EOFException | IllegalStateException | NumberFormatException e) {
            throw JsonSyntax.syntaxError(e, source, FORMAT);
        }
        if (services.isEmpty()) {
            throw assembler.fatal(0, 0, "no resourceSpans with spans: expected OTLP/JSON as the OpenTelemetry "
                    + "collector's file exporter or an OTLP/HTTP JSON request writes it");
        }
        for (String name : services) {
            service(assembler, name, resources.get(name));
        }
        Map<String, Map<String, Calls>> calls = new LinkedHashMap<>();
        Set<String> answered = new HashSet<>();
        for (int i = 0; i < children.size(); i++) {
            String parentKey = childParents.get(i);
            Integer parent = spanService.get(parentKey);
            long[] child = children.get(i);
            if (parent == null || parent == child[0]) {
                continue;
            }
            answered.add(parentKey);
            Calls c = calls.computeIfAbsent(services.get(parent), k -> new LinkedHashMap<>())
                    .computeIfAbsent(services.get((int) child[0]), k -> new Calls());
            c.calls++;
            c.errors += child[2];
            c.async &= child[1] == Span.CONSUMER;
        }
        for (Map.Entry<String, Span> client : clientSpans.entrySet()) {
            Span s = client.getValue();
            String caller = services.get(spanService.get(client.getKey()));
            if (!answered.contains(client.getKey()) && !s.peer().equals(caller)) {
                Calls c = calls.computeIfAbsent(caller, k -> new LinkedHashMap<>()).computeIfAbsent(s.peer(), k -> new Calls());
                c.calls++;
                c.errors += s.error() ? 1 : 0;
                c.async = false;
                if (!serviceIndex.containsKey(s.peer()) && assembler.existing(s.peer()).isEmpty()) {
                    assembler.node(s.peer(), 0).orElseThrow().kind(s.peerIsDatabase() ? Kind.DATABASE : Kind.EXTERNAL)
                            .tag("uninstrumented");
                }
            }
        }
        for (Map.Entry<String, Map<String, Calls>> from : calls.entrySet()) {
            for (Map.Entry<String, Calls> to : from.getValue().entrySet()) {
                Calls c = to.getValue();
                assembler.edge(from.getKey(), to.getKey(), 0).soft(c.async)
                        .note(c.calls + (c.calls == 1 ? " call" : " calls") + ", " + c.errors + " failed"
                                + (c.async ? " (messages, asynchronous)" : ""));
            }
        }
        assembler.description(spanCount[0] + " spans of " + services.size() + " services");
        ReadResult result = assembler.build();
        return new ReadResult(result.graph(), result.warnings(), positions);
    }

    private static void service(GraphAssembler assembler, String name, Map<String, String> resource)
            throws GraphImportException {
        NodeDraft node = assembler.node(name, 0).orElseThrow();
        String namespace = resource.getOrDefault("service.namespace", "");
        if (!namespace.isBlank()) {
            node.group(namespace.strip());
        }
        String region = resource.getOrDefault("cloud.region", "");
        if (!region.isBlank()) {
            node.region(region.strip());
        }
        String zone = resource.getOrDefault("cloud.availability_zone", "");
        if (!zone.isBlank()) {
            node.zone(zone.strip());
        }
        for (String key : List.of("service.version", "deployment.environment", "deployment.environment.name",
                "k8s.namespace.name", "telemetry.sdk.language")) {
            String v = resource.getOrDefault(key, "");
            if (!v.isBlank() && v.length() <= 100) {
                node.tag(key + ":" + v.strip());
            }
        }
    }
}
