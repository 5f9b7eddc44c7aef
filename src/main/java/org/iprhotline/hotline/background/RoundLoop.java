package org.iprhotline.hotline.background;

import java.time.Duration;

import org.jboss.logging.Logger;

/**
 * A thread of its own that does one round after another (take a batch from a table, deliver it,
 * mark it) until the service stops: it waits when a round found less than a full batch, waits
 * longer after a round that failed as a whole, and keeps its {@link BackgroundWork.Loop} up to
 * date for health and metrics. A failure never ends the thread.
 */
public final class RoundLoop {

    /** One round; returns how much it took. */
    @FunctionalInterface
    public interface Round {
        int run() throws InterruptedException;
    }

    private static final Logger LOG = Logger.getLogger(RoundLoop.class);

    private final BackgroundWork.Loop loop;
    private final Round round;
    private final int fullBatch;
    private final Duration idle;
    private final Duration afterFailure;
    private volatile boolean running;
    private Thread thread;

    public RoundLoop(BackgroundWork.Loop loop, Round round, int fullBatch, Duration idle, Duration afterFailure) {
        this.loop = loop;
        this.round = round;
        this.fullBatch = fullBatch;
        this.idle = idle;
        this.afterFailure = afterFailure;
    }

    public void start() {
        running = true;
        loop.started();
        thread = new Thread(this::run, loop.name());
        thread.setDaemon(true);
        thread.start();
    }

    /** Interrupts the round under way and waits for the thread a little while. */
    public void stop(Duration wait) {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        try {
            while (running) {
                try {
                    int taken = round.run();
                    loop.progressed(taken);
                    if (taken < fullBatch) {
                        Thread.sleep(idle.toMillis());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    // The database or the other side is away; what the round took stays to be taken again.
                    loop.failed(e);
                    LOG.warnf("%s: round failed, trying again in %s: %s", loop.name(), afterFailure, e.getMessage());
                    Thread.sleep(afterFailure.toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            loop.stopped();
        }
    }
}
