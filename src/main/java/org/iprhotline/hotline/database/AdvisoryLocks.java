package org.iprhotline.hotline.database;

/**
 * Every PostgreSQL advisory lock key the service takes, in one place, so that no two uses meet on
 * one key. The service's own locks take PostgreSQL's two-key form, the first key always
 * {@link #SPACE}; the tip journal's locks on cluster keys take the one-key form (a 64-bit hash),
 * whose key space PostgreSQL keeps apart from the two-key one.
 */
public final class AdvisoryLocks {

    /** The first key of each of the service's two-key locks: the hotline's number. */
    public static final int SPACE = 12330;

    /** Held by a replica while its scheduler starts ({@code background.SchedulerStartLock}). */
    public static final int SCHEDULER_START = 1;

    /**
     * The first of the turns to count a month's figures ({@code agency.MonthlyStatistics}); the
     * turns run from here to {@link #STATISTICS_TURNS_END}, exclusive.
     */
    public static final int STATISTICS_TURNS = 100;

    /** The end of the statistics' turns: at most a hundred of them. */
    public static final int STATISTICS_TURNS_END = 200;

    private AdvisoryLocks() {
    }
}
