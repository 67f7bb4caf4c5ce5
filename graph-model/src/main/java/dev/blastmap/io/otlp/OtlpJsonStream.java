package dev.blastmap.io.otlp;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Walks OTLP/JSON with Gson's streaming reader, one {@code ResourceSpans} at a time, so a trace file of any
 * size costs memory only for the spans' ids. Several requests may follow each other (the collector's file
 * exporter writes one per line; {@code cat *.json} of many files does the same).
 */
final class OtlpJsonStream {

    /** The spans of one resource (one service) and the resource's attributes. */
    record ResourceSpans(Map<String, String> resource, List<Span> spans, int line) {
    }

    /** Receives each resource's spans as they are read. */
    @FunctionalInterface
    interface Sink {
        void accept(ResourceSpans resourceSpans) throws IOException;
    }

    private final JsonReader reader;

    OtlpJsonStream(Reader in) {
        reader = new JsonReader(in);
        reader.setStrictness(Strictness.LENIENT);
    }

    /** Reads every request in the stream. */
    void read(Sink sink) throws IOException {
        while (reader.peek() != JsonToken.END_DOCUMENT) {
            reader.beginObject();
            while (reader.hasNext()) {
                if (reader.nextName().equals("resourceSpans")) {
                    reader.beginArray();
                    while (reader.hasNext()) {
                        sink.accept(resourceSpans());
                    }
                    reader.endArray();
                } else {
                    reader.skipValue();
                }
            }
            reader.endObject();
        }
    }

    private ResourceSpans resourceSpans() throws IOException {
        int line = dev.blastmap.io.assemble.JsonSyntax.lineOf(reader);
        Map<String, String> resource = Map.of();
        List<Span> spans = new ArrayList<>();
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.nextName()) {
                case "resource" -> resource = objectWithAttributes();
                case "scopeSpans", "instrumentationLibrarySpans" -> {
                    reader.beginArray();
                    while (reader.hasNext()) {
                        scopeSpans(spans);
                    }
                    reader.endArray();
                }
                default -> reader.skipValue();
            }
        }
        reader.endObject();
        return new ResourceSpans(resource, spans, line);
    }

    private void scopeSpans(List<Span> out) throws IOException {
        reader.beginObject();
        while (reader.hasNext()) {
            if (reader.nextName().equals("spans")) {
                reader.beginArray();
                while (reader.hasNext()) {
                    out.add(span());
                }
                reader.endArray();
            } else {
                reader.skipValue();
            }
        }
        reader.endObject();
    }

    private Span span() throws IOException {
        String traceId = "";
        String spanId = "";
        String parent = "";
        int kind = 0;
        boolean error = false;
        Map<String, String> attributes = Map.of();
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.nextName()) {
                case "traceId" -> traceId = string();
                case "spanId" -> spanId = string();
                case "parentSpanId" -> parent = string();
                case "kind" -> kind = kind(string());
                case "status" -> error = isError(objectWithAttributes().getOrDefault("code", ""));
                case "attributes" -> attributes = attributes();
                default -> reader.skipValue();
            }
        }
        reader.endObject();
        String peer = attributes.getOrDefault("peer.service", "");
        boolean database = false;
        if (peer.isEmpty() && attributes.containsKey("db.system")) {
            peer = first(attributes, "server.address", "net.peer.name", "db.name", "db.system");
            database = true;
        }
        return new Span(traceId.toLowerCase(Locale.ROOT), spanId.toLowerCase(Locale.ROOT),
                parent.toLowerCase(Locale.ROOT), kind, error, kind == Span.CLIENT ? peer : "", database);
    }

    private static String first(Map<String, String> attributes, String... keys) {
        for (String k : keys) {
            String v = attributes.getOrDefault(k, "");
            if (!v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    private static int kind(String value) {
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "1", "SPAN_KIND_INTERNAL" -> 1;
            case "2", "SPAN_KIND_SERVER" -> 2;
            case "3", "SPAN_KIND_CLIENT" -> 3;
            case "4", "SPAN_KIND_PRODUCER" -> 4;
            case "5", "SPAN_KIND_CONSUMER" -> 5;
            default -> 0;
        };
    }

    private static boolean isError(String code) {
        return code.equals("2") || code.equalsIgnoreCase("STATUS_CODE_ERROR");
    }

    /** An object's scalar members plus its {@code attributes} list flattened, e.g. a resource or a status. */
    private Map<String, String> objectWithAttributes() throws IOException {
        Map<String, String> out = new HashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
            String name = reader.nextName();
            if (name.equals("attributes")) {
                out.putAll(attributes());
            } else if (isScalar()) {
                out.put(name, string());
            } else {
                reader.skipValue();
            }
        }
        reader.endObject();
        return out;
    }

    /** {@code [{"key": "service.name", "value": {"stringValue": "cart"}}, ...]} as a map of scalar values. */
    private Map<String, String> attributes() throws IOException {
        Map<String, String> out = new HashMap<>();
        reader.beginArray();
        while (reader.hasNext()) {
            String key = null;
            String value = null;
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.nextName()) {
                    case "key" -> key = string();
                    case "value" -> value = anyValue();
                    default -> reader.skipValue();
                }
            }
            reader.endObject();
            if (key != null && value != null) {
                out.put(key, value);
            }
        }
        reader.endArray();
        return out;
    }

    /** An OTLP AnyValue's scalar ({@code stringValue}, {@code intValue}, ...), or null for arrays and maps. */
    private String anyValue() throws IOException {
        String out = null;
        reader.beginObject();
        while (reader.hasNext()) {
            reader.nextName();
            if (isScalar()) {
                out = string();
            } else {
                reader.skipValue();
            }
        }
        reader.endObject();
        return out;
    }

    private boolean isScalar() throws IOException {
        JsonToken t = reader.peek();
        return t == JsonToken.STRING || t == JsonToken.NUMBER || t == JsonToken.BOOLEAN;
    }

    private String string() throws IOException {
        if (reader.peek() == JsonToken.NULL) {
            reader.nextNull();
            return "";
        }
        if (!isScalar()) {
            reader.skipValue();
            return "";
        }
        return reader.peek() == JsonToken.BOOLEAN ? Boolean.toString(reader.nextBoolean()) : reader.nextString();
    }
}
