package org.iprhotline.hotline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void theSwitchWinsThenTheCookieThenTheBrowser() {
        assertThat(Language.choose("en", "zh", "zh-CN")).isEqualTo(Language.EN);
        assertThat(Language.choose(null, "zh", "en-GB")).isEqualTo(Language.ZH);
        assertThat(Language.choose(null, null, "zh-TW,zh;q=0.9")).isEqualTo(Language.ZH);
    }

    @Test
    void theBrowsersFirstLanguageWeHaveIsTaken() {
        assertThat(Language.choose(null, null, "de-DE,de;q=0.9,zh;q=0.8,en;q=0.5")).isEqualTo(Language.ZH);
        assertThat(Language.choose(null, null, "fr")).isEqualTo(Language.EN);
    }

    @Test
    void nonsenseFallsBackToEnglish() {
        assertThat(Language.choose("klingon", "<script>", ";;;q=abc")).isEqualTo(Language.EN);
        assertThat(Language.choose(null, null, null)).isEqualTo(Language.EN);
    }
}
