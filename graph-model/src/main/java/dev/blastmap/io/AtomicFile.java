package dev.blastmap.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * The one way the product writes a file: the content goes to a temporary file in the target's folder, is
 * flushed and forced to disk, and is then renamed over the target. A failed or interrupted write leaves the
 * target as it was, byte for byte, and no temporary file behind. A target that is a symbolic link has the
 * file it points at replaced, and an existing target keeps its permissions.
 */
public final class AtomicFile {

    /** Writes the content of a file to a stream it does not close. */
    @FunctionalInterface
    public interface Content {
        /** Writes everything; the stream is buffered, flushed and synced by {@link AtomicFile}. */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes these bytes to the file atomically. */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, out -> out.write(bytes));
    }

    /**
     * Writes the file atomically.
     *
     * @throws IOException when the folder is missing or not writable, the disk is full, or the content fails;
     *                     the target is then unchanged
     */
    public static void write(Path file, Content content) throws IOException {
        Path target = resolveLinks(file.toAbsolutePath());
        Path folder = target.getParent();
        // Not Files.createTempFile: its owner-only permissions would stay on the file after the move.
        Path temp = folder.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                + System.nanoTime() + ".part");
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            syncFolder(folder);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static Path resolveLinks(Path file) throws IOException {
        Path target = file;
        for (int hops = 0; Files.isSymbolicLink(target); hops++) {
            if (hops == 40) {
                throw new IOException(file + ": too many levels of symbolic links");
            }
            target = target.resolveSibling(Files.readSymbolicLink(target)).toAbsolutePath().normalize();
        }
        return target;
    }

    private static void keepPermissions(Path target, Path temp) {
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target);
                Files.setPosixFilePermissions(temp, permissions);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Permissions are a courtesy: a file system without them keeps the default ones.
        }
    }

    private static void syncFolder(Path folder) {
        // Makes the rename itself durable; not every platform can open a folder, and the data is already safe.
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The rename has happened; only its durability across a power cut is left to the OS.
        }
    }
}
