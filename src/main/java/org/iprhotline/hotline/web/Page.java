package org.iprhotline.hotline.web;

import org.iprhotline.hotline.text.Language;

/**
 * What every portal page needs to know of the request it answers.
 *
 * @param path       where the language switch leads (the page itself, in the other language)
 * @param switchable false on pages that answer a post: switching would lose what they show
 * @param csrfToken  the token the page's forms carry
 */
public record Page(Language language, String path, boolean switchable, String hotline, String csrfToken) {

    public String switchHref() {
        return path + "?lang=" + language.other().tag();
    }
}
