package dev.blastmap.layout;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import dev.blastmap.io.AtomicFile;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A finished layout kept as JSON, so that it need not be computed again: the build lays out the bundled
 * samples once and ships their layouts, which spares the app's launch the layered layout (about a second of
 * CPU, cold, on a machine whose other core is building the window).
 *
 * <p>The file names a fingerprint of what it was made from (for the samples, a hash of the sample file), and
 * {@link #read} gives a layout only for the same fingerprint and a graph with exactly the services laid out.
 * It is a cache, not a document: anything else in it (another fingerprint, another version, a file that is
 * not JSON or breaks a layout's rules) gives nothing, and the caller lays the graph out as usual.
 */
public final class LayoutFile {

    /** The version of the format, written into every file; files of another version are not read. */
    static final int VERSION = 1;

    private static final Gson GSON = new Gson();

    private LayoutFile() {
    }

    /** The name of the layout file kept beside a graph file: {@code x.layout.json} for {@code x.blastmap.json}. */
    public static String nameBeside(String graphFileName) {
        String base = graphFileName.endsWith(".blastmap.json")
                ? graphFileName.substring(0, graphFileName.length() - ".blastmap.json".length())
                : graphFileName.replaceFirst("\\.[^.]*$", "");
        return base + ".layout.json";
    }

    /** The fingerprint of the bytes a graph was read from, for {@link #write} and {@link #read}: their SHA-256. */
    public static String fingerprint(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Writes a layout file with the fingerprint of what it was made from, atomically through {@link AtomicFile}. */
    public static void write(Layout layout, String fingerprint, Path file) throws IOException {
        AtomicFile.write(file, stream -> {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            write(layout, fingerprint, out);
            out.flush();
        });
    }

    /** Writes a layout with the fingerprint of what it was made from. */
    public static void write(Layout layout, String fingerprint, Writer out) throws IOException {
        List<NodeEntry> nodes = new ArrayList<>();
        layout.nodes().forEach((id, b) -> nodes.add(new NodeEntry(id.value(), b.x(), b.y(), b.width(), b.height())));
        List<EdgeEntry> edges = new ArrayList<>();
        for (EdgePath e : layout.edges()) {
            double[] points = new double[2 * e.points().size()];
            for (int i = 0; i < e.points().size(); i++) {
                points[2 * i] = e.points().get(i).x();
                points[2 * i + 1] = e.points().get(i).y();
            }
            edges.add(new EdgeEntry(e.from().value(), e.to().value(), points, e.soft(), e.shared()));
        }
        List<GroupEntry> groups = new ArrayList<>();
        for (GroupBox g : layout.groups()) {
            Box b = g.box();
            groups.add(new GroupEntry(g.level().name(), g.name(), b.x(), b.y(), b.width(), b.height(), g.depth(),
                    g.members().stream().map(ServiceId::value).toList()));
        }
        GSON.toJson(new FileEntry(VERSION, fingerprint, layout.algorithm(), nodes, edges, groups), out);
        out.flush();
    }

    /**
     * The layout in a file, if it was written for this fingerprint and lays out exactly the graph's services;
     * empty otherwise.
     *
     * @throws IOException only if reading itself fails
     */
    public static Optional<Layout> read(Reader in, String fingerprint, Graph graph) throws IOException {
        try {
            FileEntry file = GSON.fromJson(in, FileEntry.class);
            if (file == null || file.blastmapLayout != VERSION || !fingerprint.equals(file.graph) || !file.complete()) {
                return Optional.empty();
            }
            Map<ServiceId, Box> nodes = new LinkedHashMap<>();
            for (NodeEntry n : file.nodes) {
                nodes.put(ServiceId.of(n.id), new Box(n.x, n.y, n.width, n.height));
            }
            Set<ServiceId> services = graph.services().stream().map(Service::id).collect(Collectors.toSet());
            if (!nodes.keySet().equals(services) || nodes.size() != file.nodes.size()) {
                return Optional.empty();
            }
            List<EdgePath> edges = new ArrayList<>();
            for (EdgeEntry e : file.edges) {
                List<Point> points = new ArrayList<>();
                for (int i = 0; i + 1 < e.points.length; i += 2) {
                    points.add(new Point(e.points[i], e.points[i + 1]));
                }
                edges.add(new EdgePath(ServiceId.of(e.from), ServiceId.of(e.to), points, e.soft, e.shared));
            }
            List<GroupBox> groups = new ArrayList<>();
            for (GroupEntry g : file.groups) {
                groups.add(new GroupBox(Grouping.Level.valueOf(g.level), g.name, new Box(g.x, g.y, g.width, g.height),
                        g.depth, g.members.stream().map(ServiceId::of).toList()));
            }
            return Optional.of(new Layout(nodes, edges, groups, file.algorithm));
        } catch (JsonParseException | IllegalArgumentException e) {
            // Not a layout this version wrote: lay the graph out again instead.
            return Optional.empty();
        }
    }

    /** The file as Gson reads it: any field may be missing (null). */
    private record FileEntry(int blastmapLayout, String graph, String algorithm, List<NodeEntry> nodes,
                             List<EdgeEntry> edges, List<GroupEntry> groups) {

        boolean complete() {
            return algorithm != null && nodes != null && edges != null && groups != null
                    && nodes.stream().allMatch(n -> n != null && n.id != null)
                    && edges.stream().allMatch(e -> e != null && e.from != null && e.to != null && e.points != null)
                    && groups.stream().allMatch(g -> g != null && g.level != null && g.name != null && g.members != null
                            && !g.members.contains(null));
        }
    }

    private record NodeEntry(String id, double x, double y, double width, double height) {
    }

    private record EdgeEntry(String from, String to, double[] points, boolean soft, boolean shared) {
    }

    private record GroupEntry(String level, String name, double x, double y, double width, double height, int depth,
                              List<String> members) {
    }
}
