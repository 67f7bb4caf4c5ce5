package dev.blastmap.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.app.Fixtures;
import dev.blastmap.app.document.DocumentModel;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.document.RecentFiles;
import dev.blastmap.app.work.BackgroundTasks;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The recovery copy follows the unsaved state of the document: written within seconds, deleted on save. */
@ExtendWith(ApplicationExtension.class)
class AutosaveTest {

    @TempDir
    Path dir;

    @Test
    void anEditIsCopiedWithinFiveSecondsAndSavingDeletesTheCopy(FxRobot robot) throws Exception {
        BackgroundTasks tasks = new BackgroundTasks();
        DocumentModel documents = new DocumentModel(tasks,
                new RecentFiles(Preferences.userRoot().node("/dev/blastmap/test/autosave-" + System.nanoTime())));
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"), ProcessHandle.current().pid());
        Path file = dir.resolve("shop.blastmap.json");
        robot.interact(() -> {
            new Autosave(documents, tasks, store);
            documents.show(new GraphDocument(Fixtures.shop(), "Shop", file, List.of()));
        });
        assertThat(store.current()).isEmpty();

        Graph edited = Fixtures.shop().withService(Service.of("queue"));
        long start = System.nanoTime();
        robot.interact(() -> documents.revise(edited));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> store.current().isPresent());
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(5));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, tasks.running()::isEmpty);
        assertThat(GraphFormats.NATIVE.reader().read(store.current().orElseThrow()).graph()).isEqualTo(edited);

        robot.interact(() -> documents.saveAs(file, GraphFormats.NATIVE));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !documents.isModified() && store.current().isEmpty());
        assertThat(GraphFormats.NATIVE.reader().read(file).graph()).isEqualTo(edited);
        tasks.close();
    }
}
