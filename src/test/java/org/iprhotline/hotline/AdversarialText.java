package org.iprhotline.hotline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Texts built to hurt text handling: the worst cases for backtracking regular expressions (long
 * runs that almost match, then fail), the inputs reported against the service, and random text
 * made of the pieces the patterns look for. Shared by the tests of every component that reads
 * what the public sends.
 */
public final class AdversarialText {

    /** The longest text any public entry accepts. */
    public static final int MAX = 20_000;

    private AdversarialText() {
    }

    /** Named worst cases of the given length (about). */
    public static Map<String, String> cases(int length) {
        Map<String, String> cases = new LinkedHashMap<>();
        // Reported: 2 KB took 112 s in the patent-number pattern.
        cases.put("patent then spaces", "patent" + " ".repeat(length - 14) + "x 123456");
        cases.put("patent no spaces", "patent no" + " : ".repeat((length - 20) / 3) + "123456");
        cases.put("ZL then digits", "ZL" + "1".repeat(length - 2));
        cases.put("digits", "1".repeat(length));
        cases.put("digits and dashes", "0755-".repeat(length / 5));
        cases.put("thousands separators", "1," + "000,".repeat((length - 2) / 4));
        cases.put("chinese numerals", "一十百千万亿".repeat(length / 6));
        cases.put("number words", "one hundred and ".repeat(length / 16));
        cases.put("number connectors", "and of a ".repeat(length / 9));
        cases.put("capital letters", "A".repeat(length));
        cases.put("capitalised words", "Aa ".repeat(length / 3));
        cases.put("company words", "Golden Dragon Trading Co ".repeat(length / 25));
        cases.put("han characters", "假冒商标公司".repeat(length / 6));
        cases.put("company suffixes", "公司厂".repeat(length / 3));
        cases.put("domain labels", "www." + "a.".repeat((length - 4) / 2));
        cases.put("url path", "http://shop.taobao.com/" + "a".repeat(length - 23));
        cases.put("e-mail shape", "a@" + ".".repeat(length - 2));
        cases.put("at signs", "a@b".repeat(length / 3));
        cases.put("variety", "CNA" + " ".repeat(length - 3));
        cases.put("trademark lead", "注册号" + " ".repeat(length - 4) + "1");
        cases.put("spaces", " ".repeat(length));
        cases.put("nul and controls", "\u0000\u0001\u202e\u2066".repeat(length / 4));
        cases.put("lone surrogates", "\ud800".repeat(length));
        cases.put("expanding under NFKC", "\ufdfa".repeat(length));
        return cases;
    }

    private static final List<String> PIECES = List.of("patent", "ZL", "专利号", "注册号", "trademark no", "CNA", " ",
            "  ", ".", "．", ":", "：", "1", "12345678", "86", "+", "-", "0755", "139", "公司", "有限公司", "厂", "被", "Co",
            "Co.,", "Ltd", "Inc", "Trading", "A", "Aa", "www.", "a.", "com", ".cn", "/", "?id=", "&", "http://", "@",
            "假", "耐克", ",000", "三千", "万", "亿", "几", "1.5", "k", " million", "\u0000", "\u202e", "\ud800", "\n", "\t", "é", "x");

    /**
     * Random texts from the pieces the patterns look for, of every length up to {@link #MAX}; the
     * seed makes a failure reproducible (it is in the test's name).
     */
    public static Stream<String> random(long seed, int count) {
        Random random = new Random(seed);
        return Stream.generate(() -> {
            StringBuilder text = new StringBuilder();
            int target = random.nextInt(MAX) + 1;
            while (text.length() < target) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            return text.substring(0, target);
        }).limit(count);
    }
}
