package org.iprhotline.hotline.limits;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import org.iprhotline.hotline.secrets.Secrets;

/**
 * Requests per client in fixed windows, counted across every instance of the service.
 *
 * <p>Each instance counts in memory and, every {@code sync-interval}, adds what it counted to the
 * shared totals in PostgreSQL with one statement for all clients, reading the totals back. A
 * request is allowed while the last total seen plus this instance's own count since is under
 * the limit, so a refusal costs no database work at all, and the database sees one statement per
 * instance per interval however many requests arrive. The price is that instances learn of each
 * other's counts one interval late: a client spreading a burst over N instances in one interval
 * gets at most N times its allowance, never more. Bucket4j's PostgreSQL backend, the library for
 * this, instead opens a locking transaction per request (or per client with its optimisations),
 * and a commit per request is what the intake's batching exists to avoid.
 *
 * <p>Clients are kept as keyed digests, never as addresses or numbers. IPv6 addresses count by
 * their /64 network, which is what one subscriber is given.
 */
@ApplicationScoped
public class RateLimits {

    private static final Logger LOG = Logger.getLogger(RateLimits.class);

    private static final String ADD = """
            insert into rate_limit_window as w (name, subject, window_start, hits, expires_at)
            select * from unnest(?::varchar[], ?::varchar[], ?::timestamptz[], ?::bigint[], ?::timestamptz[])
            on conflict (name, subject, window_start) do update set hits = w.hits + excluded.hits
            returning name, subject, window_start, hits""";
    private static final String PURGE = "delete from rate_limit_window where expires_at < now()";

    /** Whether the request may go ahead; if not, when the client may try again. */
    public record Decision(boolean allowed, Duration retryAfter, boolean firstRefusal) {

        static final Decision ALLOWED = new Decision(true, Duration.ZERO, false);
    }

    private record Key(String name, String subject, long windowStart) {
    }

    /** One client's count in one window, as this instance knows it. */
    private static final class Count {
        /** The shared total when last read, which includes what this instance had added then. */
        long total;
        /** Allowed here since, not yet added to the shared total. */
        long pending;
        /** Being added right now. */
        long sending;
        boolean refused;
    }

    private final RateLimitConfig config;
    private final AgroalDataSource dataSource;
    private final Secrets secrets;
    private final Map<Key, Count> counts = new ConcurrentHashMap<>();
    private ScheduledExecutorService sync;
    private long syncs;

    RateLimits(RateLimitConfig config, AgroalDataSource dataSource, Secrets secrets) {
        this.config = config;
        this.dataSource = dataSource;
        this.secrets = secrets;
    }

    void start(@Observes StartupEvent startup) {
        sync = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "rate-limit-sync");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.syncInterval().toMillis();
        sync.scheduleWithFixedDelay(this::syncQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (sync != null) {
            sync.shutdown();
            syncQuietly();
        }
    }

    /** Counts a request from this client address; a refusal is not counted. */
    public Decision tryAddress(RateLimit limit, String address) {
        return tryAcquire(limit, "ip:" + network(address));
    }

    /** Counts a request from this phone number (SMS, calls). */
    public Decision tryNumber(RateLimit limit, String number) {
        return tryAcquire(limit, "tel:" + (number == null ? "unknown" : number));
    }

    private Decision tryAcquire(RateLimit limit, String client) {
        if (!config.enabled()) {
            return Decision.ALLOWED;
        }
        RateLimitConfig.Limit allowance = config.of(limit);
        long window = allowance.window().toMillis();
        long now = System.currentTimeMillis();
        long windowStart = now - Math.floorMod(now, window);
        Key key = new Key(limit.key(), secrets.digest(limit.key() + "|" + client).substring(0, 32), windowStart);
        Count count = counts.computeIfAbsent(key, ignored -> new Count());
        synchronized (count) {
            if (count.total + count.pending + count.sending < allowance.requests()) {
                count.pending++;
                return Decision.ALLOWED;
            }
            boolean first = !count.refused;
            count.refused = true;
            return new Decision(false, Duration.ofMillis(windowStart + window - now), first);
        }
    }

    private void syncQuietly() {
        try {
            sync();
        } catch (RuntimeException e) {
            // The counts stay here and are added at the next sync; meanwhile each instance limits alone.
            LOG.warnf("rate limits not shared just now: %s", e.getMessage());
        }
    }

    /** Adds what was counted here to the shared totals and reads them back. */
    void sync() {
        long now = System.currentTimeMillis();
        List<Key> keys = new ArrayList<>();
        List<Long> deltas = new ArrayList<>();
        counts.forEach((key, count) -> {
            synchronized (count) {
                if (count.pending > 0) {
                    keys.add(key);
                    deltas.add(count.pending);
                    count.sending = count.pending;
                    count.pending = 0;
                }
            }
        });
        if (!keys.isEmpty()) {
            try {
                send(keys, deltas);
            } catch (SQLException | RuntimeException e) {
                keys.forEach(key -> {
                    Count count = counts.get(key);
                    synchronized (count) {
                        count.pending += count.sending;
                        count.sending = 0;
                    }
                });
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        forgetPast(now);
        if (++syncs % 300 == 0) {
            purge();
        }
    }

    private void send(List<Key> keys, List<Long> deltas) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement add = connection.prepareStatement(ADD)) {
            int n = keys.size();
            String[] names = new String[n];
            String[] subjects = new String[n];
            Timestamp[] starts = new Timestamp[n];
            Long[] hits = new Long[n];
            Timestamp[] expiries = new Timestamp[n];
            for (int i = 0; i < n; i++) {
                Key key = keys.get(i);
                names[i] = key.name();
                subjects[i] = key.subject();
                starts[i] = new Timestamp(key.windowStart());
                hits[i] = deltas.get(i);
                expiries[i] = new Timestamp(key.windowStart() + windowOf(key.name()).toMillis());
            }
            add.setArray(1, array(connection, "varchar", names));
            add.setArray(2, array(connection, "varchar", subjects));
            add.setArray(3, array(connection, "timestamptz", starts));
            add.setArray(4, array(connection, "bigint", hits));
            add.setArray(5, array(connection, "timestamptz", expiries));
            try (ResultSet totals = add.executeQuery()) {
                while (totals.next()) {
                    Count count = counts.get(new Key(totals.getString(1), totals.getString(2),
                            totals.getTimestamp(3).getTime()));
                    if (count != null) {
                        synchronized (count) {
                            count.total = totals.getLong(4);
                            count.sending = 0;
                        }
                    }
                }
            }
        }
    }

    private static Array array(Connection connection, String type, Object[] values) throws SQLException {
        return connection.createArrayOf(type, values);
    }

    private Duration windowOf(String name) {
        for (RateLimit limit : RateLimit.values()) {
            if (limit.key().equals(name)) {
                return config.of(limit).window();
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** Counts of past windows are of no more use; past the memory limit, idle clients are dropped too. */
    private void forgetPast(long now) {
        counts.entrySet().removeIf(entry -> entry.getKey().windowStart() + windowOf(entry.getKey().name()).toMillis() <= now);
        if (counts.size() > config.maxClients()) {
            counts.entrySet().removeIf(entry -> {
                Count count = entry.getValue();
                synchronized (count) {
                    return count.pending == 0 && count.sending == 0 && !count.refused;
                }
            });
        }
    }

    private void purge() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement purge = connection.prepareStatement(PURGE)) {
            purge.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("old rate-limit windows not purged: %s", e.getMessage());
        }
    }

    /** The address as counted: IPv4 as it is, IPv6 by its /64 network. */
    static String network(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address == null ? "unknown" : address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
