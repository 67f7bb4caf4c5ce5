package dev.blastmap.app.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The executor of long work: what the status bar shows, and closing while tasks still run. */
@ExtendWith(ApplicationExtension.class)
class BackgroundTasksTest {

    @Start
    void start(Stage stage) {
        // no window needed: the extension starts the FX toolkit
    }

    /** A task that runs until it is cancelled; {@code started} opens once it runs. */
    private static Task<Void> blocking(CountDownLatch started) {
        return new Task<>() {
            @Override
            protected Void call() throws InterruptedException {
                started.countDown();
                new CountDownLatch(1).await();
                return null;
            }
        };
    }

    @Test
    void closingWhileTasksStillRunCancelsEveryOneOfThem(FxRobot robot) throws InterruptedException {
        BackgroundTasks tasks = new BackgroundTasks();
        CountDownLatch started = new CountDownLatch(2);
        AtomicReference<Task<Void>> first = new AtomicReference<>();
        AtomicReference<Task<Void>> second = new AtomicReference<>();
        robot.interact(() -> {
            first.set(tasks.submit(blocking(started)));
            second.set(tasks.submit(blocking(started)));
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        robot.interact(() -> {
            try {
                tasks.close();
            } catch (RuntimeException e) {
                thrown.set(e);
            }
        });
        assertThat(thrown.get()).isNull();
        assertThat(first.get().isCancelled()).isTrue();
        assertThat(second.get().isCancelled()).isTrue();
        assertThat(tasks.running()).isEmpty();
        assertThat(tasks.shownProperty().get()).isNull();
    }

    @Test
    void theStatusBarShowsTheNewestTaskStillRunning(FxRobot robot) throws InterruptedException {
        BackgroundTasks tasks = new BackgroundTasks();
        CountDownLatch started = new CountDownLatch(2);
        AtomicReference<Task<Void>> first = new AtomicReference<>();
        AtomicReference<Task<Void>> second = new AtomicReference<>();
        robot.interact(() -> {
            first.set(tasks.submit(blocking(started)));
            second.set(tasks.submit(blocking(started)));
        });
        assertThat(tasks.shownProperty().get()).isSameAs(second.get());
        robot.interact(() -> second.get().cancel());
        assertThat(tasks.shownProperty().get()).isSameAs(first.get());
        assertThat(tasks.running()).containsExactly(first.get());
        robot.interact(tasks::close);
    }

    /** A task that opens {@code ran} when it runs. */
    private static Task<Void> counting(CountDownLatch ran) {
        return new Task<>() {
            @Override
            protected Void call() {
                ran.countDown();
                return null;
            }
        };
    }

    @Test
    void aTaskSubmittedWhenSomethingIsReadyRunsOnlyOnceItIs(FxRobot robot) throws InterruptedException {
        BackgroundTasks tasks = new BackgroundTasks();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        CountDownLatch ran = new CountDownLatch(1);
        Task<Void> waiting = counting(ran);
        robot.interact(() -> tasks.submitWhen(ready, waiting));
        assertThat(ran.await(300, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(tasks.running()).isEmpty();
        ready.complete(null);
        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        robot.interact(tasks::close);
    }

    @Test
    void aTaskCancelledWhileItWaitsNeverRuns(FxRobot robot) throws InterruptedException {
        BackgroundTasks tasks = new BackgroundTasks();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        CountDownLatch ran = new CountDownLatch(1);
        Task<Void> waiting = counting(ran);
        robot.interact(() -> {
            tasks.submitWhen(ready, waiting);
            waiting.cancel();
        });
        ready.complete(null);
        robot.interact(() -> { });
        assertThat(ran.await(300, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(tasks.running()).isEmpty();
        robot.interact(tasks::close);
    }
}
