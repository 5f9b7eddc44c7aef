package org.iprhotline.hotline.background;

/**
 * Where the service's own start-up steps stand against the scheduler, which starts its jobs at
 * priority 0, and the background loops, which start at the default priority.
 */
public final class StartOrder {

    /** The classifier's models start loading first, on a thread of their own, while the rest starts. */
    public static final int MODELS = -200;

    /**
     * After every other start-up observer (their default priority is 2500): the models are in
     * before the HTTP server opens, which Quarkus does once the start-up observers are done.
     */
    public static final int MODELS_IN = 10_000;

    /**
     * Settings that cannot be right (the calendar, the routing table, the campaigns, the key) stop the
     * service before any job or loop has taken work that a failed start would leave half done.
     */
    public static final int CHECKS = -100;

    /** The registry's reorganisations are applied to stored tips after the checks, before any work. */
    public static final int REORGANISATIONS = -90;

    /**
     * Around the scheduler's start (priority 0): replicas start their schedulers one at a time, after
     * the checks and the reorganisations (see {@link SchedulerStartLock}).
     */
    public static final int SCHEDULER_LOCKED = -10;
    public static final int SCHEDULER_STARTED = 10;

    private StartOrder() {
    }
}
