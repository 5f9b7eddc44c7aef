package org.iprhotline.hotline.tip;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.iprhotline.hotline.routing.Router;
import org.iprhotline.hotline.secrets.Secrets;

/** Lets a reporter follow a tip with its tracking number and access code, on every channel. */
@ApplicationScoped
public class TipLookup {

    /** What a look-up found. */
    public sealed interface Result {
    }

    public record Found(TipProgress progress) implements Result {
    }

    /** No tip has this number with this code: the same answer for an unknown number and a wrong code. */
    public record NotFound() implements Result {
    }

    /** Too many wrong codes for this number (whether or not it exists); try again after {@code until}. */
    public record Locked(Instant until) implements Result {
    }

    private final AccessGuard guard;
    private final Secrets secrets;
    private final Router router;

    TipLookup(AgroalDataSource dataSource, AccessConfig config, Secrets secrets, Router router) {
        this.guard = new AccessGuard(dataSource, config);
        this.secrets = secrets;
        this.router = router;
    }

    /**
     * The tip's progress, if the number exists and the code is its own. Every attempt at a
     * well-formed number counts towards its lock, whether the number exists or not, so that
     * neither the answer nor the lock tells an unknown number from a wrong code.
     */
    public Result forReporter(String trackingNumber, String accessCode) {
        Optional<TrackingNumber> number = TrackingNumber.parse(trackingNumber);
        if (number.isEmpty()) {
            return new NotFound();
        }
        Optional<Instant> locked = guard.attempt(number.get());
        if (locked.isPresent()) {
            return new Locked(locked.get());
        }
        Optional<TipProgress> progress = QuarkusTransaction.requiringNew().call(() -> Tip.findByTrackingNumber(number.get())
                .filter(tip -> AccessCode.matches(secrets, tip.trackingNumber, accessCode, tip.accessCodeDigest))
                .map(tip -> TipProgress.of(tip, router.table()::currentCode)));
        if (progress.isEmpty()) {
            return new NotFound();
        }
        guard.succeeded(number.get());
        return new Found(progress.get());
    }
}
