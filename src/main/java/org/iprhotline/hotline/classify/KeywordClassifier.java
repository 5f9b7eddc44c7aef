package org.iprhotline.hotline.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A first classifier: weighted bilingual cue words per right type and per flag.
 *
 * <p>Good enough to route the obvious cases; anything it is unsure of scores low and goes to
 * human triage. The trained classifier (issue 3) replaces it behind the same interface.
 */
public final class KeywordClassifier implements Classifier {

    private record Cue(String term, double weight) {
    }

    private static final double PRIOR = 1.0;

    private static final Map<RightType, List<Cue>> RIGHT_CUES = new EnumMap<>(Map.of(
            RightType.PATENT, cues(
                    "专利", 3, "发明", 1.5, "实用新型", 3, "外观设计", 3, "zl20", 3, "zl19", 3, "patent", 3,
                    "utility model", 3, "design patent", 3, "invention", 1.5, "patented", 3),
            RightType.TRADEMARK, cues(
                    "商标", 3, "假冒", 2, "山寨", 2.5, "仿冒", 2, "冒牌", 2.5, "高仿", 2.5, "假货", 2, "名牌", 1,
                    "地理标志", 3, "logo", 1.5, "trademark", 3, "counterfeit", 2, "fake", 1.5, "knock-off", 2.5,
                    "knockoff", 2.5, "brand", 1.5, "replica", 2),
            RightType.COPYRIGHT, cues(
                    "版权", 3, "著作权", 3, "盗版", 3, "破解", 2.5, "翻录", 2.5, "转播", 2, "盗录", 3, "电子书", 1.5,
                    "电影", 1, "音乐", 1, "软件", 1, "copyright", 3, "pirated", 3, "piracy", 3, "cracked", 2.5,
                    "re-stream", 2.5, "restream", 2.5, "bootleg", 2.5, "torrent", 2, "ebook", 1.5, "movie", 1,
                    "film", 1, "music", 1, "software", 1, "textbook", 1),
            RightType.TRADE_SECRET, cues(
                    "商业秘密", 4, "技术秘密", 3, "泄露", 2, "泄密", 3, "离职", 2, "客户名单", 3, "配方", 2,
                    "源代码", 2, "竞业", 2, "trade secret", 4, "confidential", 2.5, "leaked", 2, "former employee", 2.5,
                    "ex-employee", 2.5, "customer list", 3, "formula", 2, "source code", 2, "non-compete", 2),
            RightType.PLANT_VARIETY, cues(
                    "品种权", 4, "植物新品种", 4, "种子", 2.5, "种苗", 2.5, "套牌", 2, "苗木", 2.5, "嫁接", 2,
                    "育种", 2, "plant variety", 4, "seed", 2, "seeds", 2, "seedling", 2.5, "saplings", 2.5,
                    "sapling", 2.5, "cultivar", 3, "grafted", 2, "propagat", 2.5, "hybrid rice", 3)));

    private static final Map<Flag, List<Cue>> FLAG_CUES = new EnumMap<>(Map.of(
            Flag.IMPORT_EXPORT, cues(
                    "出口", 1, "进口", 1, "海关", 1, "报关", 1, "集装箱", 1, "口岸", 1, "export", 1, "import", 1,
                    "customs", 1, "container", 1, "shipment abroad", 1, "port of", 1),
            Flag.DELIVERY, cues(
                    "快递", 1, "包裹", 1, "邮寄", 1, "物流", 1, "顺丰", 1, "express", 1, "courier", 1, "parcel", 1,
                    "package", 1, "postal", 1, "mailed", 1, "shipped", 1),
            Flag.ECOMMERCE, cues(
                    "淘宝", 1, "京东", 1, "拼多多", 1, "网店", 1, "直播", 1, "电商", 1, "网上", 1, "app", 1, "应用商店", 1,
                    "taobao", 1, "jd.com", 1, "pinduoduo", 1, "online", 1, "marketplace", 1, "live-stream", 1,
                    "livestream", 1, "app store", 1, "website", 1, "http", 1, "shop link", 1),
            Flag.CRIMINAL, cues(
                    "工厂", 1, "窝点", 1, "团伙", 1, "大量", 1, "成批", 1, "万元", 1, "屡次", 1, "生产线", 1,
                    "factory", 1, "gang", 1, "warehouse", 1, "thousands of", 1, "large scale", 1, "repeat", 1,
                    "production line", 1, "million", 1)));

    @Override
    public Classification classify(String text) {
        String normalized = text.toLowerCase(Locale.ROOT);
        Map<RightType, Double> scores = new EnumMap<>(RightType.class);
        List<String> drivingTerms = new ArrayList<>();
        RIGHT_CUES.forEach((type, cues) -> {
            double score = 0;
            for (Cue cue : cues) {
                if (normalized.contains(cue.term())) {
                    score += cue.weight();
                }
            }
            scores.put(type, score);
        });
        scores.put(RightType.NONE, PRIOR);

        List<Map.Entry<RightType, Double>> ranked = scores.entrySet().stream()
                .sorted(Map.Entry.<RightType, Double>comparingByValue(Comparator.reverseOrder()))
                .toList();
        RightType best = ranked.get(0).getKey();
        RightType runnerUp = ranked.get(1).getKey();
        double total = scores.values().stream().mapToDouble(Double::doubleValue).sum();
        double confidence = ranked.get(0).getValue() / total;

        if (best != RightType.NONE) {
            RIGHT_CUES.get(best).stream().map(Cue::term).filter(normalized::contains).forEach(drivingTerms::add);
        }
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        FLAG_CUES.forEach((flag, cues) -> cues.stream().map(Cue::term).filter(normalized::contains).findFirst()
                .ifPresent(term -> {
                    flags.add(flag);
                    drivingTerms.add(term);
                }));
        if (best == RightType.NONE) {
            flags.clear();
        }
        return new Classification(best, Math.round(confidence * 1000) / 1000.0, runnerUp, flags, drivingTerms);
    }

    private static List<Cue> cues(Object... termsAndWeights) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < termsAndWeights.length; i += 2) {
            cues.add(new Cue((String) termsAndWeights[i], ((Number) termsAndWeights[i + 1]).doubleValue()));
        }
        return List.copyOf(cues);
    }
}
