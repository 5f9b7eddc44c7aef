package org.iprhotline.hotline.tip;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The CPU work of taking a text in (classifying it, finding its cluster keys), on a few threads
 * of its own with a bounded queue, never on an I/O thread and never on the shared worker pool.
 * Work that cannot be queued, or that does not finish within the budget, fails with
 * {@link Overloaded} at once; work still queued when its budget is spent is not started, and its
 * result is never used, so a request answered "busy" stores nothing. However many long texts
 * arrive, the event loops stay free to answer everything else, health checks included.
 */
@ApplicationScoped
public class IntakeWork {

    private final ThreadPoolExecutor executor;
    private final long budgetMillis;

    IntakeWork(IntakeConfig config) {
        IntakeConfig.Work work = config.work();
        int threads = work.threads().orElse(Runtime.getRuntime().availableProcessors());
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(work.queue()), task -> {
                    Thread thread = new Thread(task, "intake-work-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.budgetMillis = work.budget().toMillis();
    }

    /** The work's result, or {@link Overloaded} when it cannot be done in time. */
    public <T> CompletableFuture<T> submit(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                if (result.isDone()) {
                    return; // its budget ran out while it waited
                }
                try {
                    result.complete(work.get());
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new Overloaded("too many texts are waiting to be read"));
        }
        return result.orTimeout(budgetMillis, TimeUnit.MILLISECONDS).exceptionallyCompose(failure -> {
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            return CompletableFuture.failedFuture(cause instanceof TimeoutException
                    ? new Overloaded("reading the text took longer than its budget") : cause);
        });
    }

    /** Like {@link #submit}, for a caller that may wait (a worker thread). */
    public <T> T run(Supplier<T> work) {
        try {
            return submit(work).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
