package dev.blastmap.io.cytoscape;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.SourcePosition;
import dev.blastmap.io.assemble.GraphAssembler;
import dev.blastmap.io.assemble.JsonSyntax;
import dev.blastmap.io.json.JsonWalk;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The nodes and edges of a Cytoscape JSON document, streamed: each element is kept as its {@code data}'s scalar
 * fields and the line it starts on, so memory holds what the graph needs, not the text or a tree of it. The
 * graph's own {@code data} (name, description, sources) goes straight to the assembler, and so do problems.
 */
final class CytoscapeElements {

    /**
     * A node or edge: the fields of its {@code data} in order, each a scalar's text or null for any other value;
     * its {@code tags} when they are a list; the line it starts on.
     */
    record Element(String[] fields, List<String> tags, int line) {

        int fieldCount() {
            return fields.length / 2;
        }

        String name(int i) {
            return fields[2 * i];
        }

        String value(int i) {
            return fields[2 * i + 1];
        }

        boolean has(String name) {
            return index(name) >= 0;
        }

        /** The field's scalar text, or null if it is missing or not a scalar. */
        String valueOf(String name) {
            int i = index(name);
            return i < 0 ? null : value(i);
        }

        /** The field's scalar text, or "". */
        String text(String name) {
            String value = valueOf(name);
            return value == null ? "" : value;
        }

        /** The first of these fields that is a scalar, or "". */
        String first(String... names) {
            for (String name : names) {
                String value = valueOf(name);
                if (value != null) {
                    return value;
                }
            }
            return "";
        }

        private int index(String name) {
            for (int i = 0; i < fields.length; i += 2) {
                if (fields[i].equals(name)) {
                    return i / 2;
                }
            }
            return -1;
        }
    }

    /** The nodes and the edges of one place in the document. */
    private static final class Lists {
        final List<Element> nodes = new ArrayList<>();
        final List<Element> edges = new ArrayList<>();
    }

    private final JsonWalk cursor;
    private final JsonReader json;
    private final GraphAssembler assembler;
    private int rootLine;
    /** From a list of elements, or {@code "elements"}. */
    private final Lists elements = new Lists();
    /** From a top-level {@code "nodes"} and {@code "edges"}: the elements of a file without {@code "elements"}. */
    private final Lists topLevel = new Lists();
    private boolean hasElements;

    private CytoscapeElements(JsonWalk cursor, GraphAssembler assembler) {
        this.cursor = cursor;
        this.json = cursor.reader();
        this.assembler = assembler;
    }

    /**
     * Reads a document's elements: a list of elements, {@code {"nodes": [...], "edges": [...]}}, or an object
     * with {@code "elements"} (either of those) and the graph's {@code "data"}.
     *
     * @throws GraphImportException if it is none of those or not JSON, or too many elements are wrong
     */
    static CytoscapeElements read(Reader in, String source, GraphAssembler assembler)
            throws GraphImportException, IOException {
        CytoscapeElements read = new CytoscapeElements(JsonWalk.of(in), assembler);
        boolean known = JsonSyntax.read(read.json, source, CytoscapeReader.FORMAT, read::root);
        if (!known) {
            throw assembler.fatal(0, 0, "expected Cytoscape elements: a list, {\"nodes\", \"edges\"} or {\"elements\": ...}");
        }
        return read;
    }

    /** The nodes, compound nodes included, in document order. */
    List<Element> nodes() {
        return (hasElements ? elements : topLevel).nodes;
    }

    /** The edges, in document order. */
    List<Element> edges() {
        return (hasElements ? elements : topLevel).edges;
    }

    private boolean root() throws IOException, GraphImportException {
        rootLine = cursor.at().line();
        JsonToken token = json.peek();
        if (token == JsonToken.BEGIN_ARRAY) {
            hasElements = true;
            return cursor.items((i, at) -> element(null, at, elements));
        }
        boolean[] known = {true};
        boolean isObject = cursor.fields(name -> {
            switch (name) {
                case "elements" -> {
                    hasElements = true;
                    known[0] = json.peek() == JsonToken.BEGIN_ARRAY
                            ? cursor.items((i, at) -> element(null, at, elements)) : groups(elements);
                }
                case "nodes", "edges" -> group(name, topLevel);
                case "data" -> graphData();
                default -> json.skipValue();
            }
        });
        return isObject && known[0];
    }

    /** {@code {"nodes": [...], "edges": [...]}}; false, having skipped it, if the value is not an object. */
    private boolean groups(Lists into) throws IOException, GraphImportException {
        return cursor.fields(name -> {
            if (name.equals("nodes") || name.equals("edges")) {
                group(name, into);
            } else {
                json.skipValue();
            }
        });
    }

    private void group(String name, Lists into) throws IOException, GraphImportException {
        if (json.peek() == JsonToken.NULL) {
            json.skipValue();
        } else if (!cursor.items((i, at) -> element(name, at, into))) {
            assembler.error(rootLine, 0, "\"" + name + "\" must be a list");
        }
    }

    private void element(String group, SourcePosition at, Lists into) throws IOException, GraphImportException {
        String[] kind = {group};
        Element[] data = new Element[1];
        boolean isObject = cursor.fields(name -> {
            switch (name) {
                case "data" -> data[0] = data(at.line());
                case "group" -> {
                    String value = cursor.scalar();
                    kind[0] = group != null ? group : value;
                }
                default -> json.skipValue();
            }
        });
        if (!isObject || data[0] == null) {
            assembler.error(at.line(), 0, "each element must be an object with \"data\"");
            return;
        }
        String g = kind[0] == null ? "" : kind[0];
        boolean isEdge = "edges".equals(g) || g.isEmpty() && data[0].has("source") && data[0].has("target");
        (isEdge ? into.edges : into.nodes).add(data[0]);
    }

    /** An element's {@code data}, or null if it is not an object. */
    private Element data(int line) throws IOException {
        List<String> fields = new ArrayList<>();
        List<List<String>> tags = new ArrayList<>(1);
        boolean isObject = cursor.fields(name -> {
            fields.add(name);
            if (name.equals("tags") && json.peek() == JsonToken.BEGIN_ARRAY) {
                tags.add(strings());
                fields.add(null);
            } else {
                fields.add(cursor.scalar());
            }
        });
        return isObject ? new Element(fields.toArray(String[]::new), tags.isEmpty() ? null : tags.get(0), line) : null;
    }

    /** A list's items as text, "" for an item that is not a scalar. */
    private List<String> strings() throws IOException {
        List<String> values = new ArrayList<>();
        cursor.items((i, at) -> {
            String value = cursor.scalar();
            values.add(value == null ? "" : value);
        });
        return values;
    }

    /** The graph's {@code data}: name, description and sources. */
    private void graphData() throws IOException {
        cursor.fields(name -> {
            switch (name) {
                case "name" -> {
                    String value = cursor.scalar();
                    if (value != null) {
                        assembler.name(value);
                    }
                }
                case "description" -> {
                    String value = cursor.scalar();
                    if (value != null) {
                        assembler.description(value);
                    }
                }
                case "sources" -> {
                    if (json.peek() == JsonToken.BEGIN_ARRAY) {
                        strings().forEach(assembler::addSource);
                    } else {
                        json.skipValue();
                    }
                }
                default -> json.skipValue();
            }
        });
    }
}
