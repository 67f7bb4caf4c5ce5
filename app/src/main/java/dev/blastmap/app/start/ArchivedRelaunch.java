package dev.blastmap.app.start;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Starts the window's JVM again with the app's class-data-sharing archive, when {@code java -jar blastmap.jar}
 * was started without it. The build writes {@code blastmap.jsa} beside the jar: the ~7,000 classes the window
 * loads (JavaFX, the theme, ELK, the app), already parsed and verified. Loading and verifying them from the
 * 31 MB jar is most of a cold launch, and the JVM takes an archive only from its command line, which a plain
 * {@code java -jar} does not give. A second JVM that maps the archive starts faster than the first one can
 * load the classes, so the first one starts it, passes on its options and arguments, and waits for it.
 *
 * <p>Nothing happens, and the app opens in this JVM, when there is no archive beside the jar (a development
 * build from the IDE, the installed package, which starts its own runtime), when the archive is older than
 * the jar, or when this JVM is the relaunched one.
 */
public final class ArchivedRelaunch {

    /** Set in the relaunched JVM, so that it does not relaunch again. */
    static final String RELAUNCHED = "blastmap.relaunched";

    /** The launch's start in milliseconds since the epoch, passed on so that launch timing counts both JVMs. */
    public static final String LAUNCH_START = "blastmap.launchStart";

    private ArchivedRelaunch() {
    }

    /**
     * Runs the window in a JVM with the archive if one applies, and returns its exit status once it ends;
     * empty if this JVM should open the window itself.
     */
    public static OptionalInt run(String[] args) {
        if (System.getProperty(RELAUNCHED) != null) {
            return OptionalInt.empty();
        }
        Optional<Path> jar = runningJar();
        Optional<String> java = ProcessHandle.current().info().command();
        RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
        // Whoever chose class data sharing on the command line keeps their choice.
        if (jar.isEmpty() || java.isEmpty() || runtime.getInputArguments().stream()
                .anyMatch(a -> a.startsWith("-Xshare") || a.startsWith("-XX:SharedArchiveFile"))) {
            return OptionalInt.empty();
        }
        Path archive = archiveBeside(jar.get());
        try {
            if (!Files.isRegularFile(archive)
                    || Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar.get())) < 0) {
                return OptionalInt.empty();
            }
            Process window = new ProcessBuilder(command(java.get(), runtime, jar.get(), archive, args)).inheritIO().start();
            // Closing this JVM (a signal, a logout) closes the window's too.
            Runtime.getRuntime().addShutdownHook(new Thread(window::destroy, "blastmap-relaunch"));
            return OptionalInt.of(window.waitFor());
        } catch (IOException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(1);
        }
    }

    /** The archive the build writes beside a jar: {@code blastmap.jsa} for {@code blastmap.jar}. */
    static Path archiveBeside(Path jar) {
        String name = jar.getFileName().toString();
        return jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
    }

    /**
     * The command of the relaunched JVM: this JVM's options (memory, system properties), how it manages its memory,
     * the archive, and the same jar, main class and arguments. The archive is used if it fits this JVM and jar, and silently not
     * otherwise.
     */
    static List<String> command(String java, RuntimeMXBean runtime, Path jar, Path archive, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(runtime.getInputArguments());
        command.addAll(memoryOptions(runtime.getInputArguments(), hugePages()));
        command.add("-XX:SharedArchiveFile=" + archive);
        command.add("-Xshare:auto");
        command.add("-Xlog:cds=off,cds+dynamic=off");
        command.add("-D" + RELAUNCHED + "=true");
        command.add("-D" + LAUNCH_START + "=" + System.getProperty(LAUNCH_START, Long.toString(runtime.getStartTime())));
        command.add("-cp");
        command.add(jar.toString());
        command.add("dev.blastmap.Main");
        command.addAll(List.of(args));
        return command;
    }

    /**
     * How the window's JVM manages its memory, where these options leave it to us: the parallel collector; a first
     * heap of 4% of the memory (about 1 GB on 24 GB), so that a large graph is read without the collections that
     * grow the heap; and transparent huge pages where the kernel offers them, since a fresh 4 KB page was seen to
     * cost 10 µs. On this project's 2-core machine they took about a second and a tenth of the CPU off a
     * 100,000-service file's first picture, and G1's concurrent threads and barriers had cost up to a fifth of the
     * frame rate (docs/performance.md, "Launch and memory, eighth pass").
     *
     * @param hugePages the kernel's transparent huge page setting, as {@code /sys/kernel/mm/transparent_hugepage/enabled}
     *                  gives it ({@code always [madvise] never}); empty when there is none
     */
    static List<String> memoryOptions(List<String> options, String hugePages) {
        List<String> chosen = new ArrayList<>();
        if (options.stream().noneMatch(o -> o.matches("-XX:[+]Use\\w*GC"))) {
            chosen.add("-XX:+UseParallelGC");
        }
        if (options.stream().noneMatch(o -> o.startsWith("-Xms") || o.startsWith("-Xmx") || o.contains("RAMPercentage")
                || o.contains("HeapSize"))) {
            chosen.add("-XX:InitialRAMPercentage=4");
        }
        if ((hugePages.contains("[always]") || hugePages.contains("[madvise]"))
                && options.stream().noneMatch(o -> o.contains("HugePages") || o.contains("LargePages"))) {
            chosen.add("-XX:+UseTransparentHugePages");
        }
        return chosen;
    }

    /** The kernel's transparent huge page setting, or empty where it has none (or it is not Linux). */
    private static String hugePages() {
        try {
            return Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** The jar this class was loaded from, if it was loaded from a jar file. */
    private static Optional<Path> runningJar() {
        try {
            var source = ArchivedRelaunch.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar")
                    ? Optional.of(path.toRealPath()) : Optional.empty();
        } catch (URISyntaxException | IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
