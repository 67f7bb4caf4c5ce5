package dev.blastmap.app.work;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * The one executor the app owns for long work (reading files, layout, ranking, export). It runs
 * {@link Task}s on two daemon threads and exposes the task the status bar shows: the newest one still
 * running, with its progress and a Cancel button. {@link #close()} stops it when the window closes.
 */
public final class BackgroundTasks implements AutoCloseable {

    private final ExecutorService executor;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Task<?>> shown = new ReadOnlyObjectWrapper<>(this, "shown");

    /** Starts the worker threads. */
    public BackgroundTasks() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "blastmap-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = Executors.newFixedThreadPool(2, threads);
    }

    /**
     * Submits a task; call on the FX thread. It shows in the status bar until it ends. Returns the task so
     * the caller can chain handlers.
     */
    public <T> Task<T> submit(Task<T> task) {
        running.add(task);
        shown.set(task);
        task.stateProperty().addListener((obs, was, now) -> {
            if (now == Worker.State.SUCCEEDED || now == Worker.State.FAILED || now == Worker.State.CANCELLED) {
                running.remove(task);
                shown.set(running.isEmpty() ? null : running.get(running.size() - 1));
            }
        });
        executor.execute(task);
        return task;
    }

    /**
     * Submits a task once {@code ready} has completed (at once if it has), unless it or this was cancelled meanwhile; call
     * on the FX thread. An analysis of a document still compiling waits this way instead of holding one of the two
     * threads, so that laying the document out, queued after it, does not wait for the compilation too.
     */
    public <T> Task<T> submitWhen(CompletableFuture<?> ready, Task<T> task) {
        if (ready.isDone()) {
            return submit(task);
        }
        ready.whenCompleteAsync((value, failure) -> {
            if (!task.isDone() && !executor.isShutdown()) {
                submit(task);
            }
        }, Platform::runLater);
        return task;
    }

    /** The task the status bar shows, or null when idle. */
    public ReadOnlyObjectProperty<Task<?>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The tasks still running, oldest first. */
    public ObservableList<Task<?>> running() {
        return FXCollections.unmodifiableObservableList(running);
    }

    /** Cancels what runs and stops the threads. */
    @Override
    public void close() {
        // Cancelling on the FX thread ends the task at once, and its state listener removes it from running.
        List.copyOf(running).forEach(Task::cancel);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
