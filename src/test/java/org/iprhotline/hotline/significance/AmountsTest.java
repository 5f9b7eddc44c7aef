package org.iprhotline.hotline.significance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class AmountsTest {

    private static BigDecimal largest(String text) {
        return Amounts.largestYuan(text).orElse(null);
    }

    @Test
    void sumsInChineseAndEnglishAreReadInYuan() {
        assertThat(largest("销售额超过500万元")).isEqualByComparingTo("5000000");
        assertThat(largest("涉案金额约1.2亿元")).isEqualByComparingTo("120000000");
        assertThat(largest("获利300,000元")).isEqualByComparingTo("300000");
        assertThat(largest("they made ¥2,000,000 last year")).isEqualByComparingTo("2000000");
        assertThat(largest("turnover of RMB 3 million")).isEqualByComparingTo("3000000");
        assertThat(largest("over 5 million yuan of fake shoes")).isEqualByComparingTo("5000000");
        assertThat(largest("RMB500 and 2万块")).isEqualByComparingTo("20000");
    }

    @Test
    void numbersThatAreNoSumsAreLeftAlone() {
        assertThat(largest("a factory with 200 workers making 5000 pairs a day")).isNull();
        assertThat(largest("call 13800138000, model X500")).isNull();
        assertThat(largest("注册号 ZL201910123456.7，价格 88 元")).isEqualByComparingTo("88");
        assertThat(largest("5 kg of seeds")).isNull();
    }

    @Test
    void twentyThousandCharactersOfDigitsAndSignsTakeNoTime() {
        String hostile = "¥1,".repeat(7000) + "9".repeat(20_000) + "万".repeat(1000);
        long start = System.nanoTime();
        Amounts.largestYuan(hostile);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }
}
