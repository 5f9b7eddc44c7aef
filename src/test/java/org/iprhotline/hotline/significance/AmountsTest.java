package org.iprhotline.hotline.significance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AmountsTest {

    /** Rates chosen for the test, near 2025's and rounded down as the defaults are. */
    private static final Map<String, BigDecimal> RATES = Map.ofEntries(rate("usd", "7"), rate("eur", "8"),
            rate("gbp", "9"), rate("hkd", "0.9"), rate("mop", "0.8"), rate("twd", "0.2"), rate("jpy", "0.04"),
            rate("krw", "0.005"), rate("sgd", "5"), rate("chf", "8"), rate("rub", "0.08"));
    private static final Amounts AMOUNTS = new Amounts(RATES);

    private static Map.Entry<String, BigDecimal> rate(String currency, String yuan) {
        return Map.entry(currency, new BigDecimal(yuan));
    }

    private static BigDecimal largest(String text) {
        return AMOUNTS.largestYuan(text).orElse(null);
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
    void sumsInWordsAreReadAsCallersSayThem() {
        assertThat(largest("涉案金额五百万元")).isEqualByComparingTo("5000000");
        assertThat(largest("一年卖了三千多万元的假货")).isEqualByComparingTo("30000000");
        assertThat(largest("获利二十余万元")).isEqualByComparingTo("200000");
        assertThat(largest("货值3千万元")).isEqualByComparingTo("30000000");
        assertThat(largest("获利2.3亿元")).isEqualByComparingTo("230000000");
        assertThat(largest("卖了500多万元")).isEqualByComparingTo("5000000");
        assertThat(largest("罚了他两万块")).isEqualByComparingTo("20000");
        assertThat(largest("赚了人民币八十万")).isEqualByComparingTo("800000");
        assertThat(largest("三千多元一双")).isEqualByComparingTo("3000");
        assertThat(largest("they made thirty million yuan from it")).isEqualByComparingTo("30000000");
        assertThat(largest("a turnover of RMB five hundred and fifty thousand")).isEqualByComparingTo("550000");
        assertThat(largest("hundreds of thousands of yuan")).isEqualByComparingTo("200000");
    }

    @Test
    void foreignSumsAreConvertedAtRatesThatDoNotOverstateThem() {
        assertThat(largest("losses of USD 2 million")).isEqualByComparingTo("14000000");
        assertThat(largest("they sold $500,000 of fakes")).isEqualByComparingTo("3500000");
        assertThat(largest("US$40,000 and HK$100,000")).isEqualByComparingTo("280000");
        assertThat(largest("turnover of €1.5 million")).isEqualByComparingTo("12000000");
        assertThat(largest("two million dollars")).isEqualByComparingTo("14000000");
        assertThat(largest("五十万美元")).isEqualByComparingTo("3500000");
        assertThat(largest("3 million yen")).isEqualByComparingTo("120000");
        assertThat(largest("5 million pounds of seeds")).isNull();
        assertThat(largest("the chauffeur 5000 times")).isNull();
        assertThat(largest("A$500,000 and C$80,000")).isNull();
    }

    @Test
    void sumsInTheCurrenciesOfTheRightHoldersNearestChinaAreRead() {
        assertThat(largest("损失约3亿韩元")).isEqualByComparingTo("1500000");
        assertThat(largest("damages of 2 billion won")).isEqualByComparingTo("10000000");
        assertThat(largest("KRW 500,000,000")).isEqualByComparingTo("2500000");
        assertThat(largest("₩80,000,000 a month")).isEqualByComparingTo("400000");
        assertThat(largest("NT$500,000 and S$80,000")).isEqualByComparingTo("400000");
        assertThat(largest("100万新台币")).isEqualByComparingTo("200000");
        assertThat(largest("sold 4 million New Taiwan dollars of copies")).isEqualByComparingTo("800000");
        assertThat(largest("五十万美金")).isEqualByComparingTo("3500000");
        assertThat(largest("两千万日币")).isEqualByComparingTo("800000");
        assertThat(largest("MOP$1,000,000")).isEqualByComparingTo("800000");
        assertThat(largest("three million Singapore dollars")).isEqualByComparingTo("15000000");
        assertThat(largest("CHF 250,000")).isEqualByComparingTo("2000000");
        assertThat(largest("60 million roubles")).isEqualByComparingTo("4800000");
    }

    @Test
    void wordsThatOnlyLookLikeCurrenciesAreNoSums() {
        assertThat(largest("they sold 2 million won't stop")).isNull();
        assertThat(largest("5000 mop heads and 300 rub strips")).isNull();
        assertThat(largest("200 francs")).isNull();
    }

    @Test
    void theRatesAreTheConfigurationsAndAMissingOrZeroRateIsRefusedByName() {
        Map<String, BigDecimal> dearerDollar = new HashMap<>(RATES);
        dearerDollar.put("usd", new BigDecimal("7.2"));
        assertThat(new Amounts(dearerDollar).largestYuan("USD 1 million")).contains(new BigDecimal("7200000"));

        Map<String, BigDecimal> noWon = new HashMap<>(RATES);
        noWon.remove("krw");
        assertThatThrownBy(() -> new Amounts(noWon)).hasMessageContaining("ipr.sums.yuan-per.krw");
        Map<String, BigDecimal> freeYen = new HashMap<>(RATES);
        freeYen.put("jpy", BigDecimal.ZERO);
        assertThatThrownBy(() -> new Amounts(freeYen)).hasMessageContaining("ipr.sums.yuan-per.jpy");
    }

    @Test
    void numbersInWordsThatAreNoSumsAreLeftAlone() {
        assertThat(largest("三千多个工人，一天生产五万双")).isNull();
        assertThat(largest("fifty thousand units a month, three factories")).isNull();
        assertThat(largest("一家店卖了三个月，千万不要告诉别人")).isNull();
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
        String hostile = "¥1,".repeat(7000) + "9".repeat(20_000) + "万".repeat(1000) + "一亿".repeat(5000) + "元"
                + "one hundred and ".repeat(1000) + "and of a ".repeat(2000) + "yuan"
                + "1 new taiwan dollar".repeat(1000) + "nt$s$mop$1".repeat(1000) + "1 won't".repeat(1000);
        long start = System.nanoTime();
        AMOUNTS.largestYuan(hostile);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }
}
