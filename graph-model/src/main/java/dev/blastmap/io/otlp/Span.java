package dev.blastmap.io.otlp;

/**
 * What the call graph needs of one span.
 *
 * @param traceId      the trace, in hex as OTLP/JSON writes it
 * @param spanId       the span
 * @param parentSpanId its parent, or {@code ""} for a root span
 * @param kind         OTLP's span kind: 1 internal, 2 server, 3 client, 4 producer, 5 consumer; 0 unspecified
 * @param error        true when its status is an error
 * @param peer         for a client span, the service or database it calls as its attributes name it
 *                     ({@code peer.service}, {@code db.system} with {@code server.address}), else {@code ""}
 * @param peerIsDatabase true when {@code peer} came from {@code db.*} attributes
 */
record Span(String traceId, String spanId, String parentSpanId, int kind, boolean error, String peer,
            boolean peerIsDatabase) {

    static final int CLIENT = 3;
    static final int PRODUCER = 4;
    static final int CONSUMER = 5;

    /** The key that finds this span as another span's parent. */
    String key() {
        return traceId + "/" + spanId;
    }

    /** The key of its parent, or null for a root span. */
    String parentKey() {
        return parentSpanId.isEmpty() ? null : traceId + "/" + parentSpanId;
    }
}
