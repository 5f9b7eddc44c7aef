package org.iprhotline.hotline.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;

import org.iprhotline.hotline.text.Language;

/**
 * A page as every HTML page of the service answers: in its language, never cached (pages show
 * access codes and reporters' details), with the form token's cookie, and the language remembered
 * when the visitor chose it with the switch.
 */
@ApplicationScoped
public class HtmlResponses {

    private final CsrfGuard csrf;
    private final PortalConfig config;

    HtmlResponses(CsrfGuard csrf, PortalConfig config) {
        this.csrf = csrf;
        this.config = config;
    }

    Response html(int status, TemplateInstance template, Page page, String switched) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        Response.ResponseBuilder response = Response.status(status)
                .entity(template.setLocale(page.language().locale()))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .cacheControl(noStore)
                .cookie(csrf.cookie(page.csrfToken()));
        if (switched != null && Language.ofTag(switched).isPresent()) {
            response.cookie(new NewCookie.Builder(Language.COOKIE).value(page.language().tag()).path("/")
                    .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).secure(config.secureCookies()).build());
        }
        return response.build();
    }
}
