package dev.blastmap.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.app.work.BackgroundTasks;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening what is dropped on the window (a real drag under Monocle is not possible: the handler's logic). */
@ExtendWith(ApplicationExtension.class)
class DocumentModelTest {

    private final Preferences preferences =
            Preferences.userRoot().node("/dev/blastmap/test/documents-" + System.nanoTime());
    private final BackgroundTasks tasks = new BackgroundTasks();
    private DocumentModel documents;

    @Start
    void start(Stage stage) {
        documents = new DocumentModel(tasks, new RecentFiles(preferences));
    }

    @AfterEach
    void stop(FxRobot robot) throws BackingStoreException {
        robot.interact(tasks::close);
        preferences.removeNode();
    }

    private static Path graph(Path dir, String name, String title) throws IOException {
        return Files.writeString(dir.resolve(name), """
                { "blastmap": 1, "name": "%s", "services": [ { "id": "a" }, { "id": "b", "dependsOn": ["a"] } ] }
                """.formatted(title));
    }

    private Optional<Task<GraphDocument>> drop(FxRobot robot, List<File> files) {
        AtomicReference<Optional<Task<GraphDocument>>> task = new AtomicReference<>();
        robot.interact(() -> task.set(documents.openDropped(files)));
        return task.get();
    }

    @Test
    void droppingFilesOpensTheFirstFileAndSkipsFolders(FxRobot robot, @TempDir Path dir)
            throws IOException, TimeoutException {
        Path first = graph(dir, "first.blastmap.json", "First");
        Path second = graph(dir, "second.blastmap.json", "Second");
        Path folder = Files.createDirectory(dir.resolve("folder.blastmap.json"));

        assertThat(drop(robot, List.of(folder.toFile(), first.toFile(), second.toFile()))).isPresent();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> documents.document().title().equals("First"));
        assertThat(documents.document().graph().size()).isEqualTo(2);
        assertThat(documents.recentFiles()).containsExactly(first.toAbsolutePath().normalize());
    }

    @Test
    void aDragOfFoldersAloneIsRefusedAndDroppingItOpensNothing(FxRobot robot, @TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("graphs"));
        assertThat(DocumentModel.acceptsDrop(List.of(folder.toFile()))).isFalse();
        assertThat(DocumentModel.acceptsDrop(List.of())).isFalse();
        assertThat(drop(robot, List.of(folder.toFile()))).isEmpty();
        assertThat(drop(robot, List.of())).isEmpty();
        assertThat(documents.document().isEmpty()).isTrue();
    }

    @Test
    void aDragCarryingAFileIsAccepted(@TempDir Path dir) throws IOException {
        Path file = graph(dir, "g.blastmap.json", "G");
        assertThat(DocumentModel.acceptsDrop(List.of(dir.toFile(), file.toFile()))).isTrue();
    }

    @Test
    void droppingABadFileRefusesItInOneRefusalAndKeepsTheDocument(FxRobot robot, @TempDir Path dir)
            throws IOException, TimeoutException {
        Path bad = Files.writeString(dir.resolve("bad.blastmap.json"), "{ \"blastmap\": 1, \"services\": [ {} ] }");
        assertThat(drop(robot, List.of(bad.toFile()))).isPresent();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> documents.refusalProperty().get() != null);
        assertThat(documents.refusalProperty().get().source()).contains("bad.blastmap.json");
        assertThat(documents.document().isEmpty()).isTrue();
    }

    @Test
    void aLargeGraphFromAFileCompilesOnceWhatItWaitsForHasHappened(FxRobot robot, @TempDir Path dir)
            throws IOException, TimeoutException {
        StringBuilder services = new StringBuilder("{ \"id\": \"s0\" }");
        for (int i = 1; i < GraphDocument.COMPILED_AT_ONCE; i++) {
            services.append(", { \"id\": \"s").append(i).append("\", \"dependsOn\": [\"s").append(i - 1).append("\"] }");
        }
        Path file = Files.writeString(dir.resolve("large.blastmap.json"),
                "{ \"blastmap\": 1, \"name\": \"Large\", \"services\": [ " + services + " ] }");
        java.util.concurrent.CompletableFuture<Void> shown = new java.util.concurrent.CompletableFuture<>();
        AtomicReference<GraphDocument> asked = new AtomicReference<>();
        robot.interact(() -> {
            documents.compileReadGraphsAfter(doc -> {
                asked.set(doc);
                return shown;
            });
            documents.open(file);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> documents.document().title().equals("Large"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked.get()).isSameAs(documents.document());
        assertThat(documents.document().isCompiled()).as("not compiled before it is shown").isFalse();
        assertThat(tasks.running()).isEmpty();

        robot.interact(() -> shown.complete(null));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> documents.document().isCompiled());
        assertThat(documents.document().engine().knockOut(List.of(dev.blastmap.model.ServiceId.of("s0"))).down())
                .hasSize(GraphDocument.COMPILED_AT_ONCE);
    }
}
