package org.iprhotline.hotline.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
            累计销售三千余套                                 | 3000
            每天灌装两万瓶                                   | 20000
            涉案金额八百万元                                 | 8000000
            年销量超过两百万斤                               | 2000000
            数十万元                                         | 200000
            十几万                                           | 120000
            货值约30万元                                     | 300000
            1.5万件                                          | 15000
            about 3,000 bottles a day                        | 3000
            over 200,000 paying subscribers                  | 200000
            sales of 1.2 million yuan                        | 1200000
            50k units                                        | 50000
            sold 20 thousand pairs                           | 20000
            fined in 2024                                    | 0
            patent zl201810234567.x                          | 0
            order number 8823167712                          | 0
            model x2000 in a 5kg box                         | 0
            千万不要告诉别人，百货商店                       | 0
            一家店卖了三个月                                 | 3
            每箱重5千克，运了三千米                          | 5
            """)
    void readsTheLargestAmount(String text, double expected) {
        assertThat(Amounts.largest(Features.fold(text))).isEqualTo(expected);
    }

    @Test
    void eachStepAnAmountReachesIsAFeature() {
        List<String> features = new ArrayList<>();
        Amounts.addTo("sold 30,000 units", features);
        assertThat(features).containsExactly("k=amount>=100", "k=amount>=1000", "k=amount>=10000");
        features.clear();
        Amounts.addTo("sold 30 units in 2023", features);
        assertThat(features).isEmpty();
    }

    @Test
    void numbersBeyondAnyAmountStillCountAsTheLargest() {
        assertThat(Amounts.largest("一亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿"))
                .isGreaterThanOrEqualTo(1e6);
        assertThat(Amounts.largest("9,999,999,999,999,999,999,999")).isGreaterThanOrEqualTo(1e6);
    }
}
