package dev.blastmap.app.work;

import dev.blastmap.analysis.Progress;
import java.util.function.Function;
import javafx.concurrent.Task;

/**
 * A {@link Task} that runs an analysis of graph-model, handing it a {@link Progress} that reports to the task's
 * progress (so the status bar shows it) and stops it when the task is cancelled.
 *
 * @param <T> what the analysis returns
 */
public final class AnalysisTask<T> extends Task<T> {

    private final Function<Progress, T> analysis;

    /** A task whose message is {@code message} and that runs {@code analysis} when started. */
    public AnalysisTask(String message, Function<Progress, T> analysis) {
        this.analysis = analysis;
        updateMessage(message);
        updateProgress(-1, 1);
    }

    @Override
    protected T call() {
        return analysis.apply(new Progress() {
            @Override
            public void worked(long done, long total) {
                updateProgress(done, total);
            }

            @Override
            public boolean isCancelled() {
                return AnalysisTask.this.isCancelled();
            }
        });
    }
}
