package dev.blastmap.io.formats;

import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.GraphReader;
import dev.blastmap.io.ReadResult;
import dev.blastmap.io.backstage.BackstageReader;
import dev.blastmap.io.cloudformation.CloudFormationReader;
import dev.blastmap.io.csv.CsvReader;
import dev.blastmap.io.csv.CsvWriter;
import dev.blastmap.io.cytoscape.CytoscapeReader;
import dev.blastmap.io.cytoscape.CytoscapeWriter;
import dev.blastmap.io.dot.DotReader;
import dev.blastmap.io.dot.DotWriter;
import dev.blastmap.io.dot.TerraformReader;
import dev.blastmap.io.gml.GmlReader;
import dev.blastmap.io.graphml.GraphmlReader;
import dev.blastmap.io.graphml.GraphmlWriter;
import dev.blastmap.io.json.JsonGraphReader;
import dev.blastmap.io.json.JsonGraphWriter;
import dev.blastmap.io.kiali.KialiReader;
import dev.blastmap.io.kubernetes.KubernetesReader;
import dev.blastmap.io.mef.MefWriter;
import dev.blastmap.io.otlp.OtlpTraceReader;
import dev.blastmap.io.terraform.TerraformJsonReader;
import dev.blastmap.io.xray.XrayReader;
import dev.blastmap.io.tracing.DependencyLinksReader;
import dev.blastmap.model.Graph;
import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The registry of formats: picks a reader by file name and, where one extension serves several formats
 * ({@code .json}, {@code .dot}/{@code .gv}, {@code .yaml}/{@code .yml}, {@code .xml}), by sniffing the first
 * kilobytes; when the content plainly is another format than the extension says, the content wins. Picks a
 * writer by name or extension. Refuses files over {@link GraphReader#MAX_FILE_BYTES} and binary files before
 * reading.
 */
public final class GraphFormats {

    private static final int SNIFF_BYTES = 8192;
    /** How far JSON is read to find its top-level keys when its head does not tell. */
    private static final int JSON_SNIFF_BYTES = 32 << 20;
    private static final Pattern NATIVE_KEY = Pattern.compile("\"blastmap\"\\s*:");

    /** The native format, {@code *.blastmap.json}. */
    public static final GraphFormat NATIVE = new GraphFormat("blastmap", "Blastmap JSON (*.blastmap.json)",
            List.of("blastmap.json", "json"), new JsonGraphReader(), new JsonGraphWriter(),
            head -> NATIVE_KEY.matcher(head).find());

    /** GraphML: yEd, Gephi, NetworkX. */
    public static final GraphFormat GRAPHML = new GraphFormat("graphml", "GraphML (*.graphml, *.xml)",
            List.of("graphml", "xml"), new GraphmlReader(), new GraphmlWriter(), GraphmlReader::looksLike);

    /** The DOT that {@code terraform graph} prints, either dialect; read only. */
    public static final GraphFormat TERRAFORM = new GraphFormat("terraform", "terraform graph DOT (*.dot, *.gv)",
            List.of("dot", "gv"), new TerraformReader(), null, TerraformReader::looksLike);

    /** Graphviz DOT. */
    public static final GraphFormat DOT = new GraphFormat("dot", "Graphviz DOT (*.dot, *.gv)",
            List.of("dot", "gv"), new DotReader(), new DotWriter(), DotReader::looksLike);

    /** GML: NetworkX, yEd, Gephi; read only. */
    public static final GraphFormat GML = new GraphFormat("gml", "GML (*.gml)", List.of("gml"), new GmlReader(),
            null, GmlReader::looksLike);

    /** Kiali's service graph JSON; read only. */
    public static final GraphFormat KIALI = new GraphFormat("kiali", "Kiali graph JSON (*.json)", List.of("json"),
            new KialiReader(), null, KialiReader::looksLike);

    /** Cytoscape.js elements and Cytoscape desktop {@code .cyjs}. */
    public static final GraphFormat CYTOSCAPE = new GraphFormat("cytoscape", "Cytoscape JSON (*.cyjs, *.json)",
            List.of("cyjs", "json"), new CytoscapeReader(), new CytoscapeWriter(), CytoscapeReader::looksLike);

    /** Jaeger's dependencies API response, v1 and v3; read only. */
    public static final GraphFormat JAEGER = new GraphFormat("jaeger", "Jaeger dependencies JSON (*.json)",
            List.of("json"), new DependencyLinksReader("Jaeger"), null, DependencyLinksReader::looksLikeJaeger);

    /** Zipkin's dependencies API response; read only. */
    public static final GraphFormat ZIPKIN = new GraphFormat("zipkin", "Zipkin dependencies JSON (*.json)",
            List.of("json"), new DependencyLinksReader("Zipkin"), null, DependencyLinksReader::looksLikeZipkin);

    /** Backstage catalog YAML; read only. */
    public static final GraphFormat BACKSTAGE = new GraphFormat("backstage", "Backstage catalog YAML (*.yaml, *.yml)",
            List.of("yaml", "yml"), new BackstageReader(), null, BackstageReader::looksLike);

    /** OpenTelemetry traces as OTLP/JSON, one request or many in a row; read only. */
    public static final GraphFormat OTLP = new GraphFormat("otlp", "OpenTelemetry OTLP/JSON traces (*.json, *.jsonl)",
            List.of("json", "jsonl"), new OtlpTraceReader(), null, OtlpTraceReader::looksLike);

    /** {@code aws xray get-service-graph} output; read only. */
    public static final GraphFormat XRAY = new GraphFormat("xray", "AWS X-Ray service graph (*.json)",
            List.of("json"), new XrayReader(), null, XrayReader::looksLike);

    /** {@code terraform show -json} of a plan or of state; read only. */
    public static final GraphFormat TERRAFORM_JSON = new GraphFormat("terraform-json",
            "terraform show -json (*.json)", List.of("json"), new TerraformJsonReader(), null,
            TerraformJsonReader::looksLike);

    /** AWS CloudFormation and SAM templates, JSON or YAML; read only. */
    public static final GraphFormat CLOUDFORMATION = new GraphFormat("cloudformation",
            "AWS CloudFormation template (*.yaml, *.yml, *.json, *.template)", List.of("yaml", "yml", "json", "template"),
            new CloudFormationReader(), null, CloudFormationReader::looksLike);

    /** Kubernetes manifests, {@code kubectl get -o yaml|json} and {@code helm template} output; read only. */
    public static final GraphFormat KUBERNETES = new GraphFormat("kubernetes",
            "Kubernetes manifests (*.yaml, *.yml, *.json)", List.of("yaml", "yml", "json"), new KubernetesReader(),
            null, KubernetesReader::looksLike);

    /** CSV edge list {@code source,target,type}. */
    public static final GraphFormat CSV = new GraphFormat("csv", "CSV edge list (*.csv)", List.of("csv"),
            new CsvReader(), new CsvWriter(), CsvReader::looksLike);

    /** Open-PSA MEF fault tree, for SCRAM and other fault-tree tools; write only. */
    public static final GraphFormat MEF = new GraphFormat("mef", "Open-PSA MEF fault tree (*.mef.xml, *.opsa.xml)",
            List.of("mef.xml", "opsa.xml", "mef", "opsa"), null, new MefWriter(), head -> false);

    private static final List<GraphFormat> ALL = List.of(NATIVE, GRAPHML, TERRAFORM, DOT, GML, KIALI, CYTOSCAPE,
            JAEGER, ZIPKIN, BACKSTAGE, CLOUDFORMATION, KUBERNETES, TERRAFORM_JSON, XRAY, OTLP, CSV, MEF);

    private GraphFormats() {
    }

    /** Every format, readers and writers, in the order content is sniffed. */
    public static List<GraphFormat> all() {
        return ALL;
    }

    /** The formats that read. */
    public static List<GraphFormat> readers() {
        return ALL.stream().filter(f -> f.reader() != null).toList();
    }

    /** The formats that write. */
    public static List<GraphFormat> writers() {
        return ALL.stream().filter(f -> f.writer() != null).toList();
    }

    /** The format with this short name. */
    public static Optional<GraphFormat> byName(String name) {
        return ALL.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * Reads a graph from a file, choosing the format by name and content.
     *
     * @throws GraphImportException if the file is too large, binary, of no known format, or not valid
     */
    public static ReadResult read(Path file) throws GraphImportException, IOException {
        return read(file, null);
    }

    /**
     * Reads a graph from a file in the given format, or choosing by name and content when {@code format} is
     * null.
     *
     * @throws GraphImportException if the file is too large, binary, not of the format, or not valid
     */
    public static ReadResult read(Path file, GraphFormat format) throws GraphImportException, IOException {
        GraphReader.requireReadableSize(file);
        // a FileInputStream, not Files.newInputStream: the channel's stream asks a pipe (a FIFO, <(cmd)) for its
        // position and fails with "Illegal seek"; the stream is read once and sniffed from its buffered head
        try (InputStream in = new FileInputStream(file.toFile())) {
            return read(in, file.toString(), format);
        } catch (FileNotFoundException e) {
            if (Files.isDirectory(file)) {
                throw new FileSystemException(file.toString(), null, "is a directory, not a graph file");
            }
            throw Files.exists(file) ? new AccessDeniedException(file.toString()) : new NoSuchFileException(file.toString());
        }
    }

    /** Reads a graph from a stream (standard input, a bundled resource), choosing the format by content. */
    public static ReadResult read(InputStream raw, String source) throws GraphImportException, IOException {
        return read(raw, source, null);
    }

    /**
     * Reads a graph from a stream in the given format, or choosing by name and content when {@code format} is
     * null. Stops with a problem once more than {@link GraphReader#MAX_FILE_BYTES} were read.
     */
    public static ReadResult read(InputStream raw, String source, GraphFormat format)
            throws GraphImportException, IOException {
        return read(raw, source, format, GraphReader.MAX_FILE_BYTES);
    }

    /** As {@link #read(InputStream, String, GraphFormat)} with another size limit, for tests. */
    static ReadResult read(InputStream raw, String source, GraphFormat format, long maxBytes)
            throws GraphImportException, IOException {
        BufferedInputStream in = new BufferedInputStream(new Bounded(raw, maxBytes), SNIFF_BYTES);
        Charset charset = charset(in);
        in.mark(SNIFF_BYTES);
        String head = new String(in.readNBytes(SNIFF_BYTES), charset);
        in.reset();
        try {
            GraphFormat chosen = format != null ? format : forReading(source, sniffed(in, charset, head));
            if (chosen.reader() == null) {
                throw GraphImportException.of(source, 0, 0, chosen.description() + " is written by Blastmap, not read");
            }
            if (looksBinary(head)) {
                throw GraphImportException.of(source, 0, 0, "this is a binary file, not " + chosen.description());
            }
            ReadResult result = chosen.reader().read(new InputStreamReader(in, charset), source);
            return NoServiceFound.check(result, chosen, format == null, source, head);
        } catch (TooLarge e) {
            throw GraphImportException.of(source, 0, 0, "the input is larger than " + (maxBytes >> 20)
                    + " MiB; Blastmap reads graphs of at most that size");
        }
    }

    /**
     * Consumes a byte order mark and returns the encoding it announces: UTF-8, UTF-16LE or UTF-16BE (what
     * Windows PowerShell's {@code >} writes); UTF-8 when there is none.
     */
    static Charset charset(BufferedInputStream in) throws IOException {
        in.mark(3);
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            in.skipNBytes(3);
            return StandardCharsets.UTF_8;
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            in.skipNBytes(2);
            return StandardCharsets.UTF_16LE;
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            in.skipNBytes(2);
            return StandardCharsets.UTF_16BE;
        }
        return StandardCharsets.UTF_8;
    }

    /**
     * The text the sniffers see: the head, or for JSON whose head no JSON format recognises (a Cytoscape
     * desktop export with a large {@code data} block before its {@code elements}) an outline of the whole
     * document's keys, read streaming up to {@link #JSON_SNIFF_BYTES}.
     */
    private static String sniffed(BufferedInputStream in, Charset charset, String head) throws IOException {
        if (!JsonOutline.startsLikeJson(head) || readers().stream()
                .anyMatch(f -> f.extensions().contains("json") && f.sniffer().test(head))) {
            return head;
        }
        in.mark(JSON_SNIFF_BYTES);
        try {
            // a character takes at most 3 bytes (UTF-8) and the decoder reads ahead: the mark always holds
            return JsonOutline.of(new InputStreamReader(in, charset), JSON_SNIFF_BYTES / 4 - SNIFF_BYTES);
        } finally {
            in.reset();
        }
    }

    /**
     * The reader format for a file of this name whose text starts with {@code head}.
     *
     * @throws GraphImportException naming the file and the formats Blastmap reads, if none fits
     */
    public static GraphFormat forReading(String fileName, String head) throws GraphImportException {
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        List<GraphFormat> readers = readers();
        int best = readers.stream().mapToInt(f -> extensionLength(f, fileName)).max().orElse(0);
        List<GraphFormat> byExtension = best == 0 ? List.of()
                : readers.stream().filter(f -> extensionLength(f, fileName) == best).toList();
        if (looksBinary(text)) {
            String what = byExtension.isEmpty() ? "a graph" : byExtension.get(0).description();
            throw GraphImportException.of(fileName, 0, 0, "this is a binary file, not " + what);
        }
        for (GraphFormat f : byExtension) {
            if (f.sniffer().test(text)) {
                return f;
            }
        }
        for (GraphFormat f : readers) {
            if (f.sniffer().test(text)) {
                return f;
            }
        }
        if (byExtension.size() == 1) {
            return byExtension.get(0);
        }
        List<GraphFormat> listed = byExtension.isEmpty() ? readers : byExtension;
        String intro = byExtension.isEmpty() ? "not a graph format Blastmap reads"
                : "the content is none of the formats Blastmap reads from this extension";
        throw GraphImportException.of(fileName, 0, 0, intro + "; it reads "
                + String.join(", ", listed.stream().map(GraphFormat::description).toList())
                + " (choose one with --from NAME: "
                + String.join(", ", listed.stream().map(GraphFormat::name).toList()) + ")");
    }

    /** The writer for a file of this name, by its extension (the longest that matches). */
    public static Optional<GraphFormat> forWriting(String fileName) {
        return writers().stream().filter(f -> extensionLength(f, fileName) > 0)
                .max(Comparator.comparingInt(f -> extensionLength(f, fileName)));
    }

    /** Writes a graph in the named format. */
    public static void write(Graph graph, Path file, GraphFormat format) throws IOException {
        format.writer().write(graph, file);
    }

    private static int extensionLength(GraphFormat format, String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return format.extensions().stream().filter(e -> lower.endsWith("." + e)).mapToInt(String::length)
                .max().orElse(0);
    }

    /** True for text with NUL bytes or mostly control characters and undecodable bytes. */
    static boolean looksBinary(String head) {
        if (head.isEmpty()) {
            return false;
        }
        int odd = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c == '\uFFFD' || c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                odd++;
            }
        }
        return odd * 10 > head.length();
    }

    /** Signals that a stream passed {@link GraphReader#MAX_FILE_BYTES}. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Counts bytes and fails once there are too many, so standard input cannot exhaust memory. */
    private static final class Bounded extends FilterInputStream {
        private final long max;
        private long count;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) throws TooLarge {
            count += n;
            if (count > max) {
                throw new TooLarge();
            }
        }
    }
}
