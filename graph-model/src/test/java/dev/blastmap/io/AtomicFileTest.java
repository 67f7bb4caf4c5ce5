package dev.blastmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path folder;

    @Test
    void writesANewFile() throws IOException {
        Path file = folder.resolve("graph.dot");
        AtomicFile.write(file, "digraph {}".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(file)).isEqualTo("digraph {}");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFailingWriteLeavesTheOldFileByteIdenticalAndNoTemporaryFile() throws IOException {
        Path file = folder.resolve("graph.dot");
        Files.writeString(file, "the good file");
        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write("half a fi".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).hasMessage("No space left on device");
        assertThat(Files.readString(file)).isEqualTo("the good file");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void replacingAFileKeepsItsPermissions() throws IOException {
        Path file = folder.resolve("report.html");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFile.write(file, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void aSymbolicLinkStaysALinkAndTheFileItPointsAtIsReplaced() throws IOException {
        Path real = folder.resolve("real.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(folder.resolve("link.json"), real.getFileName());
        AtomicFile.write(link, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void aMissingFolderIsAnErrorAndCreatesNothing() {
        Path file = folder.resolve("nope").resolve("graph.dot");
        assertThatThrownBy(() -> AtomicFile.write(file, new byte[] {1})).isInstanceOf(IOException.class);
        assertThat(Files.exists(folder.resolve("nope"))).isFalse();
    }
}
