package org.iprhotline.hotline.tip;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

import org.iprhotline.hotline.classify.DigitRuns;
import org.iprhotline.hotline.classify.RegistrationNumber;

/**
 * What links one tip to others about the same infringer: the shop or listing address, phone
 * numbers, company names and registration numbers named in the text, each written one way
 * whatever way the reporter wrote it.
 */
public final class ClusterKeys {

    // RE2/J throughout: linear in the length of whatever a reporter sends. It has no look-around, so
    // the phone number's digit boundaries are checked by hand.
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://)?(?:www\\.)?((?:[a-z0-9-]+\\.)+(?:com|cn|net|org|hk|tw|shop|store)(?:\\.cn)?)(/[^\\s，。；、\"'<>]*)?");
    private static final Pattern PHONE = Pattern.compile("(?:\\+?86[- ]?)?(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})");
    private static final Pattern COMPANY_ZH = Pattern.compile("([\\p{Han}A-Za-z0-9（）()]{2,20}?(?:有限公司|有限责任公司|股份公司|公司|商行|工厂|厂))");
    private static final Pattern COMPANY_EN = Pattern.compile(
            "((?:[A-Z][\\w&'-]*\\s){1,5}(?:Co\\.?,?\\s*Ltd\\.?|Company|Inc\\.?|Corporation|Trading|Factory|Limited))");
    private static final List<String> ENGLISH_SUFFIXES = List.of("Co", "Inc", "Corporation", "Trading", "Factory",
            "Limited");
    /** What precedes a company's name in a sentence: the last function word or verb before it. */
    private static final Pattern LEAD_IN = Pattern.compile(".*(?:[被是叫由和与给向对在的了把从说]|生产|销售|侵犯|仿造|假冒|发现|举报|投诉|冒用|抄袭)");
    private static final Pattern DETERMINER = Pattern.compile("^(?:一家|这家|那家|名为|我们|我|你们|你|他们|他|她|本|贵)");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    static final int MAX_KEY_LENGTH = 200;
    static final int MAX_KEYS = 20;
    private static final Set<String> ID_PARAMETERS = Set.of("id", "itemid", "item_id", "shopid", "shop_id", "goods_id");
    private static final Set<String> GENERIC_COMPANIES = Set.of("一家公司", "一家工厂", "公司", "工厂", "这家公司", "那家公司",
            "贸易公司", "一家贸易公司", "有限公司");

    private ClusterKeys() {
    }

    public static List<String> of(String text, List<RegistrationNumber> numbers) {
        Set<String> keys = new LinkedHashSet<>();
        // Each pattern runs only where it can match: most tips name no address, number or company.
        if (text.indexOf('.') >= 0) {
            Matcher url = URL.matcher(text);
            while (url.find()) {
                keys.add("url:" + url.group(1).toLowerCase(Locale.ROOT) + path(url.group(2)));
            }
        }
        if (DigitRuns.atLeast(text, 7)) {
            Matcher phone = PHONE.matcher(text);
            int from = 0;
            while (phone.find(from)) {
                if (!DigitRuns.digitAt(text, phone.start() - 1) && !DigitRuns.digitAt(text, phone.end())) {
                    keys.add("phone:" + phone.group(1).replace("-", ""));
                }
                // A number inside a longer run of digits is no phone number, nor is any other part of it.
                from = DigitRuns.endOfRun(text, phone.end());
            }
        }
        if (text.contains("公司") || text.contains("厂") || text.contains("商行")) {
            Matcher chinese = COMPANY_ZH.matcher(text);
            while (chinese.find()) {
                // The match may start inside the sentence: keep what follows the last function word or
                // verb, and drop the reporter's own company ("我公司", "我们公司").
                String name = DETERMINER.matcher(LEAD_IN.matcher(chinese.group(1)).replaceFirst(""))
                        .replaceFirst("");
                if (name.length() >= 4 && !GENERIC_COMPANIES.contains(name)) {
                    keys.add("company:" + name);
                }
            }
        }
        if (ENGLISH_SUFFIXES.stream().anyMatch(text::contains)) {
            Matcher english = COMPANY_EN.matcher(text);
            while (english.find()) {
                keys.add("company:" + NOT_ALPHANUMERIC.matcher(english.group(1).toLowerCase(Locale.ROOT)).replaceAll(" ")
                        .trim());
            }
        }
        numbers.stream().filter(RegistrationNumber::valid).forEach(number -> keys.add("reg:" + number.value()));
        // A text naming hundreds of shops is no evidence of one chain; the first few link it.
        return keys.stream().map(ClusterKeys::bounded).distinct().limit(MAX_KEYS).toList();
    }


    /** The path without a trailing slash, plus only the query parameters that name an item or shop. */
    private static String path(String rawPath) {
        if (rawPath == null) {
            return "";
        }
        try {
            URI uri = URI.create("http://x" + withoutTrailing(rawPath, ")]}"));
            String path = uri.getPath() == null ? "" : withoutTrailing(uri.getPath(), "/").toLowerCase(Locale.ROOT);
            String query = uri.getQuery() == null ? "" : Arrays.stream(uri.getQuery().split("&"))
                    .filter(pair -> ID_PARAMETERS.contains(pair.split("=")[0].toLowerCase(Locale.ROOT)))
                    .sorted()
                    .collect(Collectors.joining("&"));
            return path + (query.isEmpty() ? "" : "?" + query);
        } catch (IllegalArgumentException e) {
            return rawPath.toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A key short enough for the index however long the address in the text: a long one keeps its
     * beginning and a digest of the whole, so two different long addresses stay two keys.
     */
    static String bounded(String key) {
        if (key.length() <= MAX_KEY_LENGTH) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return key.substring(0, MAX_KEY_LENGTH - 33) + "#" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String withoutTrailing(String value, String characters) {
        int end = value.length();
        while (end > 0 && characters.indexOf(value.charAt(end - 1)) >= 0) {
            end--;
        }
        return value.substring(0, end);
    }
}
