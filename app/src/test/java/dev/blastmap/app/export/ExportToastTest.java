package dev.blastmap.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExportToastTest {

    @Test
    void openFolderUsesEachSystemsFileManager() {
        Path folder = Path.of("/tmp/reports");
        assertThat(ExportToast.openCommand(folder, "Linux")).containsExactly("xdg-open", folder.toString());
        assertThat(ExportToast.openCommand(folder, "Mac OS X")).containsExactly("open", folder.toString());
        assertThat(ExportToast.openCommand(folder, "Windows 11")).containsExactly("explorer", folder.toString());
    }
}
