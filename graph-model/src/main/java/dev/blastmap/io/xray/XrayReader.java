package dev.blastmap.io.xray;

import com.google.gson.stream.JsonToken;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.GraphReader;
import dev.blastmap.io.ReadResult;
import dev.blastmap.io.SourcePosition;
import dev.blastmap.io.assemble.GraphAssembler;
import dev.blastmap.io.assemble.JsonSyntax;
import dev.blastmap.io.assemble.NodeDraft;
import dev.blastmap.io.assemble.ResourceKinds;
import dev.blastmap.io.json.JsonWalk;
import dev.blastmap.model.Kind;
import dev.blastmap.model.ServiceId;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * remote call) get the type in brackets. The document is streamed: memory holds each service's names, counts and
 * edges, not the text or a tree of it.
 */
public final class XrayReader implements GraphReader {

    static final String FORMAT = "X-Ray service graph";
    private static final Pattern SNIFF = Pattern.compile("\"Services\"\\s*:\\s*\\[\\s*(\\]|\\{[^\\[\\]]*?\"(ReferenceId|Name|Names|Type|State|Root)\")",
            Pattern.DOTALL);

    /** True if the start of a file looks like an X-Ray service graph. */
    public static boolean looksLike(String head) {
        return SNIFF.matcher(head).find();
    }

    /** One entry of {@code Services}: its statistics (null when it has none) and its edges. */
    private record XrayService(String referenceId, String name, String type, Statistics statistics,
                               List<XrayEdge> edges, int line) {
        boolean isClient() {
            return type.equalsIgnoreCase("client");
        }
    }

    /** One of a service's {@code Edges}: the ReferenceId it points at ("" when it has none) and its statistics. */
    private record XrayEdge(String target, Statistics statistics) {
    }

    @Override
    public ReadResult read(Reader in, String source) throws GraphImportException, IOException {
        GraphAssembler assembler = new GraphAssembler(source, FORMAT);
        JsonWalk cursor = JsonWalk.of(in);
        List<XrayService> services = new ArrayList<>();
        int[] rootLine = {0};
        boolean listed = JsonSyntax.read(cursor.reader(), source, FORMAT, () -> {
            rootLine[0] = cursor.at().line();
            return services(cursor, assembler, services);
        });
        if (!listed) {
            throw assembler.fatal(rootLine[0], 0, "expected {\"Services\": [...]} as aws xray get-service-graph prints it");
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
            if (s.statistics() != null) {
                Statistics st = s.statistics();
                node.tag("requests:" + st.total()).tag("errors:" + st.errors()).tag("faults:" + st.faults())
                        .tag("throttles:" + st.throttles());
            }
            if (s.line() > 0) {
                positions.put(ServiceId.of(ids.get(s.referenceId())), new SourcePosition(s.line(), 0));
            }
        }
        for (XrayService s : services) {
            for (XrayEdge e : s.edges()) {
                String target = e.target();
                if (!ids.containsKey(target)) {
                    assembler.error(s.line(), 0, s.name() + " has an edge to ReferenceId " + target
                            + ", which no service has");
                    continue;
                }
                if (s.isClient()) {
                    assembler.existing(ids.get(target)).ifPresent(n -> n.customerFacing(true));
                    continue;
                }
                Statistics st = e.statistics();
                assembler.edge(ids.get(s.referenceId()), ids.get(target), s.line()).note(st.total() + " calls, "
                        + st.errors() + " errors, " + st.faults() + " faults, " + st.throttles() + " throttled");
            }
        }
        ReadResult result = assembler.build();
        return new ReadResult(result.graph(), result.warnings(), positions);
    }

    /** Reads the top level's {@code Services}; false if there is no such list. */
    private static boolean services(JsonWalk cursor, GraphAssembler assembler, List<XrayService> out)
            throws IOException, GraphImportException {
        boolean[] listed = new boolean[1];
        cursor.fields(name -> {
            if (name.equals("Services") && cursor.reader().peek() == JsonToken.BEGIN_ARRAY) {
                listed[0] = true;
                cursor.items((i, at) -> service(cursor, at.line(), assembler).ifPresent(out::add));
            } else {
                cursor.reader().skipValue();
            }
        });
        return listed[0];
    }

    /** One entry of {@code Services}, or empty (with an error) if it is not a service. */
    private static Optional<XrayService> service(JsonWalk cursor, int line, GraphAssembler assembler)
            throws IOException, GraphImportException {
        Map<String, String> fields = new HashMap<>();
        Statistics[] statistics = new Statistics[1];
        List<XrayEdge> edges = new ArrayList<>();
        boolean isObject = cursor.fields(name -> {
            switch (name) {
                case "ReferenceId", "Name", "Type" -> fields.put(name, cursor.scalar());
                case "SummaryStatistics" -> statistics[0] = Statistics.read(cursor);
                case "Edges" -> cursor.items((i, at) -> edges.add(edge(cursor)));
                default -> cursor.reader().skipValue();
            }
        });
        if (!isObject) {
            assembler.error(line, 0, "each of \"Services\" must be an object");
            return Optional.empty();
        }
        String ref = Objects.requireNonNullElse(fields.get("ReferenceId"), "");
        String name = Objects.requireNonNullElse(fields.get("Name"), "").strip();
        if (ref.isEmpty() || name.isEmpty()) {
            assembler.error(line, 0, "a service needs a ReferenceId and a Name");
            return Optional.empty();
        }
        return Optional.of(new XrayService(ref, name, Objects.requireNonNullElse(fields.get("Type"), ""),
                statistics[0], edges, line));
    }

    private static XrayEdge edge(JsonWalk cursor) throws IOException {
        String[] target = {""};
        Statistics[] statistics = {Statistics.NONE};
        cursor.fields(name -> {
            switch (name) {
                case "ReferenceId" -> target[0] = Objects.requireNonNullElse(cursor.scalar(), "");
                case "SummaryStatistics" -> statistics[0] = Objects.requireNonNullElse(Statistics.read(cursor),
                        Statistics.NONE);
                default -> cursor.reader().skipValue();
            }
        });
        return new XrayEdge(target[0], statistics[0]);
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

        /** Reads {@code SummaryStatistics}; null, having skipped it, if it is not an object. */
        static Statistics read(JsonWalk cursor) throws IOException {
            long[] counts = new long[4];
            boolean isObject = cursor.fields(name -> {
                switch (name) {
                    case "TotalCount" -> counts[0] = count(cursor.scalar());
                    case "ErrorStatistics" -> cursor.fields(inner -> {
                        switch (inner) {
                            case "TotalCount" -> counts[1] = count(cursor.scalar());
                            case "ThrottleCount" -> counts[3] = count(cursor.scalar());
                            default -> cursor.reader().skipValue();
                        }
                    });
                    case "FaultStatistics" -> cursor.fields(inner -> {
                        if (inner.equals("TotalCount")) {
                            counts[2] = count(cursor.scalar());
                        } else {
                            cursor.reader().skipValue();
                        }
                    });
                    default -> cursor.reader().skipValue();
                }
            });
            return isObject ? new Statistics(counts[0], counts[1], counts[2], counts[3]) : null;
        }

        private static long count(String value) {
            try {
                // a double clamps absurd values (1e999999999) where BigDecimal would build a huge integer
                return value == null ? 0 : (long) Math.max(0, Double.parseDouble(value));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
