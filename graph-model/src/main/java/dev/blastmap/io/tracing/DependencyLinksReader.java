package dev.blastmap.io.tracing;

import com.google.gson.stream.JsonToken;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.GraphReader;
import dev.blastmap.io.ReadResult;
import dev.blastmap.io.assemble.GraphAssembler;
import dev.blastmap.io.assemble.JsonSyntax;
import dev.blastmap.io.json.JsonWalk;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the dependency links tracing systems derive from their spans: Zipkin's
 * {@code GET /api/v2/dependencies} ({@code [{"parent","child","callCount","errorCount"}]}), Jaeger's
 * {@code GET /api/dependencies} ({@code {"data":[{"parent","child","callCount"}]}}) and Jaeger's v3
 * {@code /api/v3/dependencies} ({@code {"dependencies":[...]}}). The parent is the caller, so it depends on
 * the child. Call and error counts say how busy a link is, not whether it is needed, and are not kept.
 * Every shape is accepted whichever of the two format names chose this reader. The document is streamed; memory
 * holds the links, not the text.
 */
public final class DependencyLinksReader implements GraphReader {

    private static final Pattern ZIPKIN = Pattern.compile("\\A\\s*\\[\\s*(\\]|\\{[^\\[\\]{}]*\"(parent|child)\")",
            Pattern.DOTALL);
    private static final Pattern JAEGER = Pattern.compile(
            "\\A\\s*\\{.*?\"(data|dependencies)\"\\s*:\\s*\\[\\s*(\\]|\\{[^\\[\\]{}]*\"(parent|child)\")", Pattern.DOTALL);

    private final String format;

    /** A reader whose problems name the format as {@code format}, e.g. {@code Zipkin}. */
    public DependencyLinksReader(String format) {
        this.format = format;
    }

    /** True if the start of a file looks like Zipkin's dependency list. */
    public static boolean looksLikeZipkin(String head) {
        return ZIPKIN.matcher(head.replace("\uFEFF", "")).find();
    }

    /** True if the start of a file looks like a Jaeger dependencies response, v1 or v3. */
    public static boolean looksLikeJaeger(String head) {
        return JAEGER.matcher(head.replace("\uFEFF", "")).find();
    }

    /** A link as read: who calls whom, or the problem with it. */
    private record Link(String parent, String child, int line, String problem) {
    }

    /** The links of each list the document has, by its path. */
    private static final class Lists {
        final Map<String, List<Link>> byPath = new HashMap<>();
        boolean rootIsList;
        boolean reportsErrors;
        int errorsLine;
        int rootLine;
    }

    @Override
    public ReadResult read(Reader in, String source) throws GraphImportException, IOException {
        GraphAssembler assembler = new GraphAssembler(source, format);
        JsonWalk cursor = JsonWalk.of(in);
        Lists lists = JsonSyntax.read(cursor.reader(), source, format, () -> lists(cursor));
        // one list is read, as the tools mean it: Zipkin's whole document, else Jaeger's data, else its v3 list
        List<Link> links = lists.byPath.get(lists.rootIsList ? "$" : lists.byPath.containsKey("$.data") ? "$.data"
                : "$.dependencies");
        if (links == null) {
            throw assembler.fatal(lists.rootLine, 0, "expected a list of dependency links: [{\"parent\", \"child\"}] "
                    + "(Zipkin), {\"data\": [...]} (Jaeger) or {\"dependencies\": [...]} (Jaeger v3)");
        }
        if (links == lists.byPath.get("$.data") && lists.reportsErrors) {
            assembler.warn(lists.errorsLine, "the Jaeger response reports errors; the dependencies may be incomplete");
        }
        for (Link link : links) {
            if (link.problem() != null) {
                assembler.error(link.line(), 0, link.problem());
            } else {
                assembler.edge(link.parent(), link.child(), link.line());
            }
        }
        return assembler.build();
    }

    private static Lists lists(JsonWalk cursor) throws IOException {
        Lists lists = new Lists();
        lists.rootLine = cursor.at().line();
        if (cursor.reader().peek() == JsonToken.BEGIN_ARRAY) {
            lists.rootIsList = true;
            lists.byPath.put("$", links(cursor, "$"));
            return lists;
        }
        cursor.fields(name -> {
            switch (name) {
                case "data", "dependencies" -> {
                    if (cursor.reader().peek() == JsonToken.BEGIN_ARRAY) {
                        lists.byPath.put("$." + name, links(cursor, "$." + name));
                    } else {
                        cursor.reader().skipValue();
                    }
                }
                case "errors" -> {
                    int line = cursor.at().line();
                    boolean[] any = new boolean[1];
                    cursor.items((i, at) -> {
                        any[0] = true;
                        cursor.reader().skipValue();
                    });
                    lists.reportsErrors |= any[0];
                    lists.errorsLine = line;
                }
                default -> cursor.reader().skipValue();
            }
        });
        return lists;
    }

    private static List<Link> links(JsonWalk cursor, String path) throws IOException {
        List<Link> links = new ArrayList<>();
        cursor.items((i, at) -> {
            String[] ends = new String[2];
            boolean isObject = cursor.fields(name -> {
                switch (name) {
                    case "parent" -> ends[0] = cursor.scalar();
                    case "child" -> ends[1] = cursor.scalar();
                    default -> cursor.reader().skipValue();
                }
            });
            String problem = !isObject ? path + "[" + i + "] is not an object {\"parent\", \"child\"}"
                    : ends[0] == null || ends[1] == null ? path + "[" + i + "] needs both \"parent\" and \"child\""
                    : null;
            links.add(new Link(ends[0], ends[1], at.line(), problem));
        });
        return links;
    }
}
