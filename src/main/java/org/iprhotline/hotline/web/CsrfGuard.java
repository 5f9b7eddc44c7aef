package org.iprhotline.hotline.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

/**
 * Cross-site request forgery protection for the portal's forms, by double submission: the form
 * page sets a random token in an HttpOnly, SameSite=Strict cookie and in a hidden field; a post is
 * taken only when the two match, which another site cannot arrange.
 *
 * <p>Quarkus's own {@code quarkus-rest-csrf} filter would apply to every form post in the service,
 * Twilio's webhooks included (which carry no cookie), and it cannot exempt them
 * (quarkusio/quarkus#53715); the portal's forms ask for this check explicitly instead.
 */
@ApplicationScoped
public class CsrfGuard {

    static final String COOKIE = "portal-csrf";
    static final String FIELD = "csrf-token";

    private final SecureRandom random = new SecureRandom();
    private final PortalConfig config;

    CsrfGuard(PortalConfig config) {
        this.config = config;
    }

    /** The token for a form page: the one the browser already holds, or a new one. */
    String tokenFor(String cookieToken) {
        if (wellFormed(cookieToken)) {
            return cookieToken;
        }
        byte[] token = new byte[32];
        random.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    NewCookie cookie(String token) {
        return new NewCookie.Builder(COOKIE).value(token).path("/").httpOnly(true).secure(config.secureCookies())
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    boolean accepts(String cookieToken, String formToken) {
        return wellFormed(cookieToken) && formToken != null
                && MessageDigest.isEqual(cookieToken.getBytes(), formToken.getBytes());
    }

    private static boolean wellFormed(String token) {
        return token != null && token.length() == 43 && token.chars().allMatch(CsrfGuard::base64UrlCharacter);
    }

    private static boolean base64UrlCharacter(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }
}
