package dev.blastmap.io.xray;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.GraphReader;
import dev.blastmap.io.ReadResult;
import dev.blastmap.io.SourcePosition;
import dev.blastmap.io.assemble.GraphAssembler;
import dev.blastmap.io.assemble.LocatedJson;
import dev.blastmap.io.assemble.NodeDraft;
import dev.blastmap.io.assemble.ResourceKinds;
import dev.blastmap.model.Kind;
import dev.blastmap.model.ServiceId;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the AWS X-Ray service graph that {@code aws xray get-service-graph} (and {@code get-group}'s graph)
 * prints: {@code {"Services": [{"ReferenceId", "Name", "Type", "Edges": [{"ReferenceId", "SummaryStatistics"}],
 * "SummaryStatistics"}]}}. A service calls the services its edges point at, so it depends on them. Each
 * service keeps its X-Ray type as a tag ({@code xray-type:AWS::Lambda::Function}), its kind where the type
 * names one ({@code remote} is external) and its request, error, fault and throttle counts as tags
 * ({@code requests:120}, {@code errors:3}, {@code faults:1}, {@code throttles:0}); each dependency notes its
 * calls and failures. The {@code client} node stands for the users: it is not a service, and the services it
 * calls are customer-facing. Names used by two types ({@code orders} the EC2 instance and {@code orders} the
 * remote call) get the type in brackets.
 */
public final class XrayReader implements GraphReader {

    static final String FORMAT = "X-Ray service graph";
    private static final Pattern SNIFF = Pattern.compile("\"Services\"\\s*:\\s*\\[\\s*(\\]|\\{[^\\[\\]]*?\"(ReferenceId|Name|Names|Type|State|Root)\")",
            Pattern.DOTALL);

    /** True if the start of a file looks like an X-Ray service graph. */
    public static boolean looksLike(String head) {
        return SNIFF.matcher(head).find();
    }

    /** One entry of {@code Services}. */
    private record XrayService(String referenceId, String name, String type, JsonObject data, int line) {
        boolean isClient() {
            return type.equalsIgnoreCase("client");
        }
    }

    @Override
    public ReadResult read(Reader in, String source) throws GraphImportException, IOException {
        GraphAssembler assembler = new GraphAssembler(source, FORMAT);
        LocatedJson json = LocatedJson.parse(in, source, FORMAT);
        if (!(json.root() instanceof JsonObject root) || !(root.get("Services") instanceof com.google.gson.JsonArray list)) {
            throw assembler.fatal(json.line(json.root()), 0, "expected {\"Services\": [...]} as aws xray get-service-graph prints it");
        }
        List<XrayService> services = new ArrayList<>();
        for (JsonElement e : list) {
            if (!(e instanceof JsonObject o)) {
                assembler.error(json.line(e), 0, "each of \"Services\" must be an object");
                continue;
            }
            String ref = LocatedJson.string(o, "ReferenceId").orElse("");
            String name = LocatedJson.string(o, "Name").orElse("").strip();
            if (ref.isEmpty() || name.isEmpty()) {
                assembler.error(json.line(e), 0, "a service needs a ReferenceId and a Name");
                continue;
            }
            services.add(new XrayService(ref, name, LocatedJson.string(o, "Type").orElse(""), o, json.line(e)));
        }
        Map<String, String> ids = ids(services);
        Map<ServiceId, SourcePosition> positions = new HashMap<>();
        for (XrayService s : services) {
            if (s.isClient()) {
                continue;
            }
            NodeDraft node = assembler.node(ids.get(s.referenceId()), s.line()).orElseThrow();
            node.label(s.name());
            if (!s.type().isEmpty()) {
                node.tag("xray-type:" + s.type());
                node.kind(s.type().equalsIgnoreCase("remote") ? Kind.EXTERNAL
                        : s.type().startsWith("AWS::") ? ResourceKinds.of(s.type()) : Kind.SERVICE);
            }
            if (s.data().get("SummaryStatistics") instanceof JsonObject stats) {
                Statistics st = Statistics.of(stats);
                node.tag("requests:" + st.total()).tag("errors:" + st.errors()).tag("faults:" + st.faults())
                        .tag("throttles:" + st.throttles());
            }
            if (s.line() > 0) {
                positions.put(ServiceId.of(ids.get(s.referenceId())), new SourcePosition(s.line(), 0));
            }
        }
        for (XrayService s : services) {
            if (!(s.data().get("Edges") instanceof com.google.gson.JsonArray edges)) {
                continue;
            }
            for (JsonElement e : edges) {
                String target = e instanceof JsonObject o ? LocatedJson.string(o, "ReferenceId").orElse("") : "";
                if (!ids.containsKey(target)) {
                    assembler.error(s.line(), 0, s.name() + " has an edge to ReferenceId " + target
                            + ", which no service has");
                    continue;
                }
                if (s.isClient()) {
                    assembler.existing(ids.get(target)).ifPresent(n -> n.customerFacing(true));
                    continue;
                }
                Statistics st = ((JsonObject) e).get("SummaryStatistics") instanceof JsonObject stats
                        ? Statistics.of(stats) : Statistics.NONE;
                assembler.edge(ids.get(s.referenceId()), ids.get(target), s.line()).note(st.total() + " calls, "
                        + st.errors() + " errors, " + st.faults() + " faults, " + st.throttles() + " throttled");
            }
        }
        ReadResult result = assembler.build();
        return new ReadResult(result.graph(), result.warnings(), positions);
    }

    /** Names, or {@code name (type)} where two services share a name. */
    private static Map<String, String> ids(List<XrayService> services) {
        Map<String, Integer> counts = new HashMap<>();
        services.forEach(s -> counts.merge(s.name(), 1, Integer::sum));
        Map<String, String> ids = new HashMap<>();
        for (XrayService s : services) {
            ids.put(s.referenceId(), counts.get(s.name()) > 1 ? s.name() + " (" + s.type() + ")" : s.name());
        }
        return ids;
    }

    /** X-Ray's summary statistics: total requests, errors (4xx), faults (5xx) and throttles (429). */
    private record Statistics(long total, long errors, long faults, long throttles) {
        static final Statistics NONE = new Statistics(0, 0, 0, 0);

        static Statistics of(JsonObject s) {
            JsonObject error = s.get("ErrorStatistics") instanceof JsonObject o ? o : new JsonObject();
            JsonObject fault = s.get("FaultStatistics") instanceof JsonObject o ? o : new JsonObject();
            return new Statistics(count(s, "TotalCount"), count(error, "TotalCount"), count(fault, "TotalCount"),
                    count(error, "ThrottleCount"));
        }

        private static long count(JsonObject o, String key) {
            try {
                // a double clamps absurd values (1e999999999) where BigDecimal would build a huge integer
                return LocatedJson.string(o, key).map(v -> (long) Math.max(0, Double.parseDouble(v))).orElse(0L);
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
