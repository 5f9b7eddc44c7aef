package org.iprhotline.hotline.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal's languages. The visible switch wins, then the reporter's earlier choice (a cookie),
 * then the browser's {@code Accept-Language}; English when none of them names one we have.
 */
public enum Language {
    ZH("zh", "中文"),
    EN("en", "English");

    public static final String COOKIE = "lang";

    private final String tag;
    private final String ownName;

    Language(String tag, String ownName) {
        this.tag = tag;
        this.ownName = ownName;
    }

    /** The tag for {@code <html lang>}, the cookie and the {@code ?lang=} switch. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, as the switch shows it. */
    public String ownName() {
        return ownName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The other language, which the switch offers. */
    public Language other() {
        return this == ZH ? EN : ZH;
    }

    public static Optional<Language> ofTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String lower = tag.strip().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < lower.length() && lower.charAt(end) != '-' && lower.charAt(end) != '_') {
            end++;
        }
        String primary = lower.substring(0, end);
        return Arrays.stream(values()).filter(language -> language.tag.equals(primary)).findFirst();
    }

    public static Language choose(String switched, String cookie, String acceptLanguage) {
        return ofTag(switched).or(() -> ofTag(cookie)).or(() -> fromAcceptLanguage(acceptLanguage)).orElse(EN);
    }

    private static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                Optional<Language> language = ofTag(range.getRange());
                if (language.isPresent()) {
                    return language;
                }
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
