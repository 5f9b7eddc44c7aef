package org.iprhotline.hotline.twilio;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;

import com.twilio.security.RequestValidator;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.iprhotline.hotline.PublicAddress;

/**
 * Checks that a webhook really comes from Twilio: the {@code X-Twilio-Signature} must be the
 * auth token's signature of the public URL and the form fields. The URL is rebuilt from
 * PUBLIC_BASE_URL because a proxy in front of us changes the one we see.
 *
 * <p>Every webhook calls this first, before it reads or stores anything. (A request filter would
 * be the usual place, but RESTEasy Reactive reads form bodies after filters run.)
 */
@ApplicationScoped
public class TwilioSignature {

    private static final Logger LOG = Logger.getLogger(TwilioSignature.class);

    /** At most one warning per minute: a flood of forged requests must not flood the logs too. */
    private static final long WARN_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final RequestValidator validator;
    private final String publicBaseUrl;
    private final Counter rejected;
    private final AtomicLong nextWarning = new AtomicLong(System.nanoTime());
    private final AtomicLong unreported = new AtomicLong();

    TwilioSignature(TwilioConfig twilio, PublicAddress address, MeterRegistry registry) {
        this.validator = new RequestValidator(twilio.authToken());
        this.publicBaseUrl = address.root();
        this.rejected = Counter.builder("ipr.twilio.rejected.webhooks")
                .description("Webhook requests refused for a missing or wrong Twilio signature").register(registry);
    }

    /** Throws 403 unless the request is signed by Twilio. */
    public void verify(UriInfo uri, String signature, MultivaluedMap<String, String> form) {
        String url = publicBaseUrl + uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
        Map<String, String> fields = new HashMap<>();
        form.forEach((name, values) -> fields.put(name, values.isEmpty() ? "" : values.get(0)));
        if (signature == null || !validator.validate(url, fields, signature)) {
            rejected.increment();
            warn(uri.getPath());
            throw new ForbiddenException("This address only takes requests signed by Twilio.");
        }
    }

    private void warn(String path) {
        long count = unreported.incrementAndGet();
        long due = nextWarning.get();
        if (System.nanoTime() - due >= 0 && nextWarning.compareAndSet(due, System.nanoTime() + WARN_EVERY_NANOS)) {
            unreported.addAndGet(-count);
            LOG.warnf("rejected %d webhook request(s) without a valid Twilio signature, the last to %s "
                    + "(at most one such line a minute; ipr_twilio_rejected_webhooks_total counts them all)", count, path);
        }
    }
}
