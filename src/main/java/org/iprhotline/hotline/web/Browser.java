package org.iprhotline.hotline.web;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;

import org.iprhotline.hotline.text.Language;

/**
 * What every page request says about its browser: the language it chose before (cookie), the
 * languages it asks for (Accept-Language) and its CSRF cookie. Taken by the portal's and the staff's
 * pages as one {@code @BeanParam}.
 */
public class Browser {

    @CookieParam(Language.COOKIE)
    String languageCookie;

    @HeaderParam("Accept-Language")
    String acceptLanguage;

    @CookieParam(CsrfGuard.COOKIE)
    String csrfCookie;

    /** The page's language: the one just chosen, else the one chosen before, else the browser's. */
    Language language(String chosen) {
        return Language.choose(chosen, languageCookie, acceptLanguage);
    }

    String csrfCookie() {
        return csrfCookie;
    }
}
