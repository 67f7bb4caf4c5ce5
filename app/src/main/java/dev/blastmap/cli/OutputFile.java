package dev.blastmap.cli;

import dev.blastmap.io.AtomicFile;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The file a command writes (convert's OUT, render's and report's {@code --out}): written through
 * {@link AtomicFile}, so a failed write leaves what was there untouched, and a failure is one line
 * {@code FILE: error: cannot be written: REASON} with exit code 2 in every command.
 */
final class OutputFile {

    private OutputFile() {
    }

    /**
     * Writes the file atomically.
     *
     * @throws BadInputException with one line saying why the file could not be written
     */
    static void write(Path file, AtomicFile.Content content) {
        try {
            AtomicFile.write(file, content);
        } catch (IOException e) {
            throw failure(file.toString(), e);
        }
    }

    /** The one line for a write that failed. */
    static BadInputException failure(String file, IOException e) {
        return new BadInputException(file + ": error: cannot be written: " + reason(e));
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
