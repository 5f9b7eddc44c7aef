package org.iprhotline.hotline.agency;

/** Every turn to count a month's figures is taken (see {@link MonthlyStatistics#of}): try again shortly. */
public class StatisticsBusy extends RuntimeException {

    /** How long a refused request is asked to wait, in the answer's {@code Retry-After}. */
    public static final int RETRY_AFTER_SECONDS = 15;

    private final int atOnce;

    public StatisticsBusy(int atOnce) {
        super("The figures are being counted for " + atOnce + " other requests already.");
        this.atOnce = atOnce;
    }

    /** How many requests may count at a time, all of them taken. */
    public int atOnce() {
        return atOnce;
    }
}
