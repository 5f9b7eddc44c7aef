package org.iprhotline.hotline.twilio;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;

import com.twilio.security.RequestValidator;

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

    private final RequestValidator validator;
    private final String publicBaseUrl;

    TwilioSignature(TwilioConfig twilio, PublicAddress address) {
        this.validator = new RequestValidator(twilio.authToken());
        this.publicBaseUrl = address.root();
    }

    /** Throws 403 unless the request is signed by Twilio. */
    public void verify(UriInfo uri, String signature, MultivaluedMap<String, String> form) {
        String url = publicBaseUrl + uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
        Map<String, String> fields = new HashMap<>();
        form.forEach((name, values) -> fields.put(name, values.isEmpty() ? "" : values.get(0)));
        if (signature == null || !validator.validate(url, fields, signature)) {
            LOG.warnf("rejected a webhook to %s without a valid Twilio signature", uri.getPath());
            throw new ForbiddenException("This address only takes requests signed by Twilio.");
        }
    }
}
