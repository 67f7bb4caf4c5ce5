package dev.blastmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.io.csv.CsvReader;
import dev.blastmap.io.formats.GraphFormats;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphReaderTest {

    @TempDir
    Path dir;

    /** A sparse file one byte over the limit: it takes no disk space and is never read. */
    private Path tooLarge() throws Exception {
        Path file = dir.resolve("huge.csv");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(GraphReader.MAX_FILE_BYTES + 1);
        }
        return file;
    }

    @Test
    void aFileOverTheOneLimitIsRefusedBeforeReadingByAReaderAndByTheRegistryAlike() throws Exception {
        Path file = tooLarge();
        String expected = "the file is 512 MiB; Blastmap reads graphs of at most 512 MiB";
        assertThatThrownBy(() -> new CsvReader().read(file)).isInstanceOf(GraphImportException.class)
                .hasMessageContaining(expected);
        assertThatThrownBy(() -> GraphFormats.read(file)).isInstanceOf(GraphImportException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void aFileWithinTheLimitIsRead() throws Exception {
        Path file = dir.resolve("small.csv");
        Files.writeString(file, "source,target\na,b\n");
        assertThat(new CsvReader().read(file).graph().size()).isEqualTo(2);
    }
}
