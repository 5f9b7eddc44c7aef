package org.iprhotline.hotline.tip;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * Counts attempts at a tracking number's access code in PostgreSQL, so that every channel (API,
 * portal, SMS) and every instance share one count. An attempt is counted before the code is
 * checked, in one atomic statement, so a thousand attempts sent at once are checked
 * {@code maxFailures} times at most; a right code clears the count. Once more attempts are made
 * than allowed, the number refuses every code, the right one too, until the lock ends.
 */
public class AccessGuard {

    /*
     * A locked row is left as it is until its lock ends; after a lock, or after the window, the count
     * starts again; an attempt past the allowance sets the lock. Parameters: number, now, window
     * start, window start, window start, allowance, end of a new lock.
     */
    private static final String ATTEMPT = """
            insert into access_attempt as a (tracking_number, attempts, window_start, locked_until)
            values (?, 1, ?, null)
            on conflict (tracking_number) do update set
              attempts = case when a.locked_until > excluded.window_start then a.attempts
                              when a.locked_until is not null or a.window_start < ? then 1
                              else a.attempts + 1 end,
              window_start = case when a.locked_until > excluded.window_start then a.window_start
                                  when a.locked_until is not null or a.window_start < ? then excluded.window_start
                                  else a.window_start end,
              locked_until = case when a.locked_until > excluded.window_start then a.locked_until
                                  when a.locked_until is null and a.window_start >= ? and a.attempts + 1 > ? then ?
                                  else null end
            returning locked_until""";
    private static final String CLEAR = "delete from access_attempt where tracking_number = ?";

    private final DataSource dataSource;
    private final AccessConfig config;

    public AccessGuard(DataSource dataSource, AccessConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    /** Counts an attempt; the end of the lock when the number is locked (and the attempt refused). */
    public Optional<Instant> attempt(TrackingNumber number) {
        Instant now = Instant.now();
        Timestamp windowStart = Timestamp.from(now.minus(config.window()));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement attempt = connection.prepareStatement(ATTEMPT)) {
            attempt.setString(1, number.value());
            attempt.setTimestamp(2, Timestamp.from(now));
            attempt.setTimestamp(3, windowStart);
            attempt.setTimestamp(4, windowStart);
            attempt.setTimestamp(5, windowStart);
            attempt.setInt(6, config.maxFailures());
            attempt.setTimestamp(7, Timestamp.from(now.plus(config.lock())));
            try (ResultSet row = attempt.executeQuery()) {
                row.next();
                Timestamp lockedUntil = row.getTimestamp(1);
                return lockedUntil != null && lockedUntil.toInstant().isAfter(now)
                        ? Optional.of(lockedUntil.toInstant()) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IntakeUnavailableException("the access-code count could not be read", e);
        }
    }

    /** The right code was given: earlier mistakes no longer count. */
    public void succeeded(TrackingNumber number) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement clear = connection.prepareStatement(CLEAR)) {
            clear.setString(1, number.value());
            clear.executeUpdate();
        } catch (SQLException e) {
            throw new IntakeUnavailableException("the access-code count could not be cleared", e);
        }
    }
}
