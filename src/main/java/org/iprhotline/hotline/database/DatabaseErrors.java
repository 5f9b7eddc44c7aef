package org.iprhotline.hotline.database;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells a failure caused by what was being written (PostgreSQL's SQLSTATE classes 22, data
 * exception, and 23, integrity constraint violation: a value too long for its column, a NUL byte
 * in text) from one caused by the database being away or busy. Writing the same thing again
 * fails the same way in the first case and may succeed in the second, so only the second is
 * worth retrying.
 */
public final class DatabaseErrors {

    private DatabaseErrors() {
    }

    /** Whether the failure is the data's: retrying it can never succeed. */
    public static boolean isCausedByData(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException each = sql; each != null; each = each.getNextException()) {
                    String state = each.getSQLState();
                    if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
