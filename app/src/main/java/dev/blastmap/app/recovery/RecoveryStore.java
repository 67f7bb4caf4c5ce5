package dev.blastmap.app.recovery;

import dev.blastmap.io.AtomicFile;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.model.Graph;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The recovery files of unsaved edits, one pair per running app in one folder: the graph in the native
 * format ({@code recovery-PID.blastmap.json}) and what it was ({@code recovery-PID.properties}: the title
 * and the file it came from). Both are written through {@link AtomicFile}, so a crash mid-write leaves the
 * copy before. A pair whose process is gone is left by a crash, and the next launch offers to restore it.
 *
 * <p>Does file I/O: call off the FX thread, except {@link #orphans()} at launch (a directory listing).
 */
public final class RecoveryStore {

    /** A recovery left by an app that is no longer running. */
    public record Orphan(Path graphFile, Path infoFile, String title, Path original) {
    }

    private final Path folder;
    private final long pid;
    private final boolean enabled;

    /** A store in {@code folder} for the process {@code pid}. */
    public RecoveryStore(Path folder, long pid) {
        this(folder, pid, true);
    }

    private RecoveryStore(Path folder, long pid, boolean enabled) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.pid = pid;
        this.enabled = enabled;
    }

    /**
     * The store of this process: in the folder the system property {@code blastmap.recovery.dir} names, else
     * {@code ~/.blastmap/recovery}. With {@code blastmap.recovery=off} (the tests' windows) it keeps and
     * offers nothing, so that one test's crash leaves nothing for the next to be offered.
     */
    public static RecoveryStore standard() {
        String dir = System.getProperty("blastmap.recovery.dir");
        Path folder = dir != null && !dir.isBlank() ? Path.of(dir)
                : Path.of(System.getProperty("user.home"), ".blastmap", "recovery");
        return new RecoveryStore(folder, ProcessHandle.current().pid(),
                !"off".equals(System.getProperty("blastmap.recovery")));
    }

    /** The folder. */
    public Path folder() {
        return folder;
    }

    /** Writes the recovery copy of this process: the graph, then what it is. */
    public void write(Graph graph, String title, Path original) throws IOException {
        if (!enabled) {
            return;
        }
        Files.createDirectories(folder);
        GraphFormats.NATIVE.writer().write(graph, graphFile(pid));
        Properties info = new Properties();
        info.setProperty("title", title);
        if (original != null) {
            info.setProperty("file", original.toAbsolutePath().toString());
        }
        StringWriter text = new StringWriter();
        info.store(text, "Blastmap recovery of unsaved edits");
        AtomicFile.write(infoFile(pid), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Deletes the recovery copy of this process, if there is one. */
    public void discard() throws IOException {
        Files.deleteIfExists(infoFile(pid));
        Files.deleteIfExists(graphFile(pid));
    }

    /** Deletes a recovery left by another process, after it was restored or declined. */
    public void discard(Orphan orphan) throws IOException {
        Files.deleteIfExists(orphan.infoFile());
        Files.deleteIfExists(orphan.graphFile());
    }

    /** The recoveries left by processes that are no longer running, newest first. */
    public List<Orphan> orphans() {
        List<Orphan> found = new ArrayList<>();
        if (!enabled || !Files.isDirectory(folder)) {
            return found;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path info : files.filter(f -> f.getFileName().toString().matches("recovery-\\d+\\.properties"))
                    .sorted((a, b) -> Long.compare(b.toFile().lastModified(), a.toFile().lastModified())).toList()) {
                String name = info.getFileName().toString();
                long owner = Long.parseLong(name.substring("recovery-".length(), name.length() - ".properties".length()));
                if (owner == pid || ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                Properties p = new Properties();
                try (var in = Files.newBufferedReader(info, StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                String file = p.getProperty("file");
                found.add(new Orphan(graphFile(owner), info, p.getProperty("title", "Untitled"),
                        file == null ? null : Path.of(file)));
            }
        } catch (IOException | NumberFormatException e) {
            // An unreadable folder or a stray file: nothing to offer, and nothing to lose by not offering it.
            return found;
        }
        return found;
    }

    /** Reads the graph of a recovery. */
    public Graph read(Orphan orphan) throws IOException, GraphImportException {
        return GraphFormats.NATIVE.reader().read(orphan.graphFile()).graph();
    }

    /** Whether this process has a recovery copy written; for tests. */
    public Optional<Path> current() {
        return Files.exists(infoFile(pid)) ? Optional.of(graphFile(pid)) : Optional.empty();
    }

    private Path graphFile(long owner) {
        return folder.resolve("recovery-" + owner + ".blastmap.json");
    }

    private Path infoFile(long owner) {
        return folder.resolve("recovery-" + owner + ".properties");
    }
}
