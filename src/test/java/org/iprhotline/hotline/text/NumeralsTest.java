package org.iprhotline.hotline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumeralsTest {

    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
            thirty million in orders                         | 30000000
            fifty thousand units a month                     | 50000
            five hundred and fifty thousand yuan             | 550000
            two thousand three hundred bottles               | 2300
            twenty-five thousand copies                      | 25000
            a thousand bags                                  | 1000
            hundreds of thousands of subscribers             | 200000
            tens of thousands of pairs                       | 20000
            thousands of fakes                               | 2000
            several hundred boxes                            | 200
            a dozen shops                                    | 12
            one or two                                       | 1
            a shop                                           | 0
            """)
    void readsEnglishNumberWords(String text, double expected) {
        assertThat(Numerals.english(text, 0).value()).isEqualTo(expected);
    }

    @Test
    void anEnglishReadingEndsWhereTheNumberWordsEnd() {
        String text = "they lost thirty million yuan";
        assertThat(Numerals.english(text, 0).end()).isEqualTo("they".length());
        assertThat(Numerals.english(text, 10).end()).isEqualTo(text.indexOf("yuan"));
        assertThat(Numerals.english("and of a ".repeat(2_000) + "thousand", 0).value()).isEqualTo(1000);
        assertThat(Numerals.english("hundred ".repeat(2_000), 0).value()).isGreaterThanOrEqualTo(1e6);
        assertThat(Numerals.english("one-".repeat(2_000), 0).value()).isEqualTo(2_000);
    }

    @Test
    void readsChineseNumerals() {
        assertThat(Numerals.chinese("三千零五十万元", 0, 0, false)).isEqualTo(new Numerals.Reading(30_500_000, 6));
        assertThat(Numerals.chinese("万元", 0, 20, true).value()).isEqualTo(200_000);
        assertThat(Numerals.chinese("5千克", 1, 5, true).end()).isEqualTo(1);
        assertThat(Numerals.startsChinese('千')).isFalse();
        assertThat(Numerals.startsChinese('几')).isTrue();
    }
}
