package dev.blastmap.app.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * The files opened lately, newest first, kept in {@link Preferences} so they survive restarts. The node is
 * given by the composition root, so tests use a node of their own.
 */
public final class RecentFiles {

    /** How many files the list keeps. */
    public static final int LIMIT = 10;

    private static final String KEY = "recent.";

    private final Preferences node;

    /** Keeps the list in this node. */
    public RecentFiles(Preferences node) {
        this.node = node;
    }

    /** The files, newest first. */
    public List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            String value = node.get(KEY + i, null);
            if (value != null && !value.isBlank()) {
                files.add(Path.of(value));
            }
        }
        return files;
    }

    /** Puts {@code file} first, dropping an older entry for it and the oldest beyond the limit. */
    public List<Path> add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(list());
        files.remove(absolute);
        files.add(0, absolute);
        store(files);
        return list();
    }

    /** Empties the list. */
    public void clear() {
        store(List.of());
    }

    private void store(List<Path> files) {
        for (int i = 0; i < LIMIT; i++) {
            if (i < files.size()) {
                node.put(KEY + i, files.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
    }
}
