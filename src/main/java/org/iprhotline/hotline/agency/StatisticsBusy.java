package org.iprhotline.hotline.agency;

/** Every turn to count a month's figures is taken (see {@link MonthlyStatistics#of}): try again shortly. */
public class StatisticsBusy extends RuntimeException {

    public StatisticsBusy(int atOnce) {
        super("The figures are being counted for " + atOnce + " other requests already.");
    }
}
