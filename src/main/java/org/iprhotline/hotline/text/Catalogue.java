package org.iprhotline.hotline.text;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The text catalogue in a language, for code that writes to people outside a page (texts, calls). */
public final class Catalogue {

    private Catalogue() {
    }

    public static Messages in(Language language) {
        return MessageBundles.get(Messages.class, Localized.Literal.of(language.tag()));
    }

    /** In the language a tip or a call is in ("zh", "en"); English for any other. */
    public static Messages in(String languageTag) {
        return in(Language.ofTag(languageTag).orElse(Language.EN));
    }
}
