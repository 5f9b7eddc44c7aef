package org.iprhotline.hotline.classify;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Domain knowledge as features: groups of words that mean the same thing for this task
 * ("山寨", "knock-off" and "replica" all say the goods are imitations). A tip that uses a word
 * the corpus never paired with its class still shares the group's feature with those that did.
 * The groups carry no weights: the model learns from the corpus how much each one counts, and
 * for which class.
 *
 * <p>A word is found inside longer words ("imitat" in "imitations"), unless a space marks where a
 * word must begin or end: " rice " is rice, not the "rice" in "price", and " port" is not the one
 * in "report". A word's edge is the start or end of the text or anything that is not a letter or
 * a digit of an alphabet: Chinese characters count as an edge, so "app" is found in "下载app".
 * Short English words that hide inside common ones carry those marks; Chinese words, which have
 * no spaces around them, never do.
 */
final class Cues {

    /** Scale and organisation: factories, warehouses, gangs, tonnes, sums of money. */
    private static final List<String> SCALE = List.of("factory", "factories", " gang", "workshop", "warehouse",
            "thousand", "million", "several", "exceed", "production line", "truckload", "pallet", " tons", " tonnes",
            "underground", "dozens of", "hundreds of", " truck",
            "工厂", "厂房", "团伙", "窝点", "作坊", "仓库", "几千", "几万", "上万", "上千", "几百", "万元", "多万", "大量", "生产线", "批量生产", "吨",
            "地下", "出租屋", "民房", "货车", "整车", "成箱");

    /** Offending again after a penalty, a judgment or a raid. */
    private static final List<String> REPEAT_OFFENDING = List.of("caught before", " again ", " fined", "punished",
            "penalis", "penaliz", "penalty", "convicted", "sentenced", "prosecuted", "raided", "repeat", "second time",
            "third time", "twice", "arrested", "resum", "back in business", "under a new name", "new company name",
            "被查过", "又", "罚过", "罚了", "被处罚", "处罚过", "判过", "判刑", "缓刑", "查处过", "查封过", "屡次", "多次", "再次", "屡教不改", "抓过",
            "换了个名字", "换个名字");

    private static final List<String> THREATS = List.of("threat", "retaliat", "revenge", "extort", "blackmail",
            "intimidat", "keep my mouth shut", "报复", "威胁", "勒索", "恐吓", "打人", "黑社会");

    /**
     * Getting in where one has no right to: breaking into computers, a ransom for what was taken,
     * an insider bought: means the Criminal Law's article on trade secrets names (electronic
     * intrusion, bribery, theft), whose losses then decide whether it is a crime. Until v13 " hack"
     * and 入侵 were read only as signs of a trade secret ("secret"), not of a crime.
     */
    private static final List<String> INTRUSION = List.of("hacked", "hacker", "hacking", "hack into", "broke into",
            "break into", "broken into", "stolen password", "phish", "ransom", "bitcoin", "malware", "bribe",
            "黑进", "黑客", "入侵", "攻破", "木马", "钓鱼邮件", "比特币", "赎金", "收买", "买通", "贿赂");

    private static final Map<String, List<String>> GROUPS = Map.ofEntries(
            Map.entry("patent", List.of("patent", "invention", "invent", "utility model", "design registration", "claim",
                    "granted", "licence", "licensee", "专利", "发明", "实用新型", "外观设计", "权利要求", "技术方案", "证书")),
            Map.entry("mechanism", List.of("mechanism", "structure", "shape", "circuit", "reverse engineer", "technical",
                    "gadget", "device", "machine", "component", "结构", "外形", "外观", "电路", "拆解", "机芯", "装置", "部件")),
            Map.entry("imitation", List.of("fake", "counterfeit", "knock-off", "knockoff", "knock off", "replica",
                    "imitat", "not genuine", "copycat", "look-alike", "lookalike", "refill", "假", "山寨", "仿冒",
                    "高仿", "冒牌", "冒充", "正品", "一折", "假冒", "仿牌", "A货", "贴牌")),
            Map.entry("mark", List.of("logo", "brand", " mark ", " marks ", "trademark", "label", "packaging",
                    "trade name", "name almost", "geographical indication", "reputation", "商标", "标志", "标识", "品牌", "包装",
                    "地理标志", "标签", "店名", "名字", "牌子", "驰名")),
            Map.entry("brand", List.of("nike", "adidas", "apple", "louis vuitton", " lv ", "chanel", "gucci", "rolex",
                    "bosch", "philips", "dyson", "lego", "canon", "siemens", "michelin", "nestle", "estee lauder",
                    "under armour", "new balance", "moutai", "wuliangye", "huawei", "xiaomi", "lenovo", "li-ning",
                    " anta ", "haier", "midea", " puma", "prada", "hermes", "dior", "burberry", "samsung", " sony",
                    "coca-cola", "starbucks", "disney", "耐克", "阿迪", "苹果", "路易威登", "香奈儿", "古驰", "劳力士", "博世", "飞利浦", "戴森",
                    "乐高", "佳能", "西门子", "米其林", "雀巢", "雅诗兰黛", "茅台", "五粮液", "华为", "小米", "联想", "李宁", "安踏", "海尔", "美的",
                    "老干妈", "云南白药", "同仁堂", "彪马", "普拉达", "爱马仕", "迪奥", "三星", "索尼", "可口可乐", "星巴克", "迪士尼")),
            Map.entry("work", List.of("movie", "film", "series", " show ", "episode", " game", "software", " app ",
                    " apps ", "textbook", " book", "ebook", "novel", "music", "album", "song", "concert", "photo",
                    "picture", "video", " course", "broadcast", " match ", "map data", "artwork", "illustrat",
                    "sheet music", " score ", "arrangement", "lyrics", "open-source", "open source", " gpl",
                    "character", "code of", "painting", " artist", "ktv", "karaoke",
                    "电影", "电视剧", "节目", "游戏", "软件", "教材", "书", "小说", "音乐", "专辑", "歌", "演唱会",
                    "照片", "图片", "视频", "网课", "比赛", "绘本", "作品", "剧", "动画", "角色", "美术", "插画", "乐谱", "曲谱", "开源", "画作",
                    "画的", "卡拉ok")),
            // The right named outright: the other rights' own names are in their groups above and below.
            Map.entry("copyright", List.of("copyright", "版权", "著作权")),
            Map.entry("piracy", List.of("pirat", "crack", "bootleg", "torrent", "re-stream", "restream", "re-upload",
                    "reupload", "download", "unlicensed", "without authoris", "without authoriz", "photocop", "recorded",
                    "shared account", "translated", "盗版", "破解", "盗录", "偷录", "种子链接", "搬运", "下载", "未经授权",
                    "复印", "转播", "翻录", "共享", "翻译", "抄了", "拷贝", "盗印")),
            Map.entry("insider", List.of("employee", " ex-", "former", " left ", " quit", "resign", "departing",
                    "hired", "poach", "engineer", "manager", "director", "partner", "contractor", " nda", " staff",
                    "colleague", "员工", "离职", "辞职", "以前的", "原研发", "挖走", "跳槽", "合作方", "合资", "保密协议", "技术员", "工程师", "经理",
                    "总监", "内鬼")),
            Map.entry("secret", List.of("secret", "confidential", "customer list", "client list", "formula", "recipe",
                    "source code", "process", "drawing", "sales data", "price list", "layout", "bidding", " usb",
                    "private account", " hack", "秘密", "机密", "客户名单", "配方", "源代码", "工艺", "图纸", "数据",
                    "报价单", "泄露", "泄密", "拷走", "U盘", "邮箱", "入侵", "版图", "投标")),
            Map.entry("plant", List.of(" seed", "sapling", "variety", "varieties", "cultivar", "propagat", " graft",
                    " cuttings", "nursery", "germinat", " breed", "parent line", "tissue culture", " clone", "farmer",
                    " hybrid", " rice ", "maize", " corn ", "wheat", "soybean", "cotton", "rapeseed", "melon", "tomato",
                    "potato", "cucumber", "pepper", "poplar", "eucalyptus", "bamboo", "ginkgo", " fir ", " firs ",
                    " rose ", " roses ", "peony", "walnut", "种子", "种苗", "苗", "品种", "繁殖", "繁育", "扩繁", "嫁接", "扦插", "苗圃",
                    "发芽", "亲本", "组培", "套牌", "农民", "水稻", "玉米", "小麦", "大豆", "棉花", "油菜", "西瓜", "番茄", "马铃薯", "黄瓜", "辣椒",
                    "杨树", "桉树", "油茶", "竹", "银杏", "杉", "月季", "牡丹", "核桃", "红豆杉", "种业", "合作社", "杂交")),
            Map.entry("consumer", List.of("refund", "delay", " late ", "salary", "landlord", "deposit", "noise", "loud",
                    "scam", "fraud", " bill ", " bills ", " lost ", "wrong", " sick", "opening hours", "passport",
                    " tax ", "driver", "spam", "wallet", "price", "how do i", "退款", "没到", "工资", "房东", "押金", "吵", "诈骗",
                    "骗", "话费", "丢", "错", "几点", "护照", "税务", "司机", "垃圾短信", "钱包", "房价", "怎么申请", "吃坏")),
            // Goods crossing a border: ports, customs, containers, freight, declarations. Exporting
            // goods, not data: "exported the customer database" is a download, so the past tense
            // counts only with where the goods went.
            Map.entry("trade", List.of("exporting", "exports ", "exporter", " export ", "exported to",
                    "exported from", "exported abroad", "exported overseas", "import", "customs", "container", " port ", " ports ", "abroad",
                    "border", "consignment", "freight", "bill of lading", "smuggl", "出口", "进口", "海关", "报关", "集装箱", "港",
                    "口岸", "国外", "境外", "边境", "跨境", "货代", "提单", "走私",
                    // The busiest land ports by name: goods cross there by lorry and train, with no
                    // "port" or "container" said.
                    "horgos", "khorgos", "manzhouli", "erenhot", "alashankou", "pingxiang", "ruili", "dongxing",
                    "suifenhe", "霍尔果斯", "满洲里", "二连浩特", "阿拉山口", "凭祥", "瑞丽", "东兴", "绥芬河")),
            // " express" starts a word: AliExpress is a shop, not a courier.
            Map.entry("courier", List.of(" express", "courier", "parcel", " post ", " posted to", " mail ", " mailed",
                    " mailing", "shipped", " ships ", " sf ", " zto", " yto", " ems ", " sto ", "yunda", "j&t", " dhl",
                    "fedex", "cainiao", "logistics", "快递", "包裹", "邮寄", "寄出", "物流", "顺丰", "中通", "圆通", "韵达", "邮政", "发货", "申通", "极兔",
                    "菜鸟", "德邦")),
            Map.entry("online", List.of("taobao", "pinduoduo", " pdd ", "jd.com", "jdcom", " jd ", "wechat", "douyin", "xianyu",
                    "kuaishou", "1688", "online", "website", "live stream", "livestream", "live-stream", "app store",
                    "shop link", "listing", "bilibili", "weibo", "淘宝", "拼多多", "拼夕夕", "京东", "微信", "抖音", "闲鱼",
                    "快手", "网店", "网站", "直播", "应用商店", "网上", "网购", "电商", "链接", "微博", "b站",
                    // China's big shops by their own and their Latin names (Tmall, Dewu as Poizon).
                    "tmall", "天猫", "suning", "苏宁", "vipshop", "xiaohongshu", "dewu", "poizon",
                    // Platforms abroad and across the border, and Taiwan's words for online (網路, 網拍).
                    "amazon", "aliexpress", "temu", "shein", "ebay", "shopee", "lazada", "tiktok", "alibaba", " etsy",
                    "亚马逊", "速卖通", "阿里巴巴", "虾皮", "小红书", "得物", "唯品会", "微店", "网路", "网拍", "露天拍卖")),
            // Signs of a crime, by kind: the models weigh each apart, and all of them as "crime" (below).
            Map.entry("scale", SCALE),
            Map.entry("repeat", REPEAT_OFFENDING),
            Map.entry("threat", THREATS),
            Map.entry("intrusion", INTRUSION));

    /** The features, sorted: they must come out in the same order on every run, or training is not reproducible. */
    private static final String[] FEATURES = Stream.concat(GROUPS.keySet().stream(), Stream.of("crime")).sorted()
            .map(group -> "k=" + group).toArray(String[]::new);

    /** "crime", present when any of its kinds is. */
    private static final int CRIME = feature("crime");
    private static final int[] CRIME_KINDS = {feature("scale"), feature("repeat"), feature("threat"),
            feature("intrusion")};

    /**
     * A word of a group, lower-case and without its marks; the index of its group's feature; and
     * whether it must start or end a word.
     */
    private record Cue(String word, int group, boolean startsWord, boolean endsWord) {

        static Cue of(String written, int group) {
            String lower = written.toLowerCase(Locale.ROOT);
            return new Cue(lower.strip(), group, lower.startsWith(" "), lower.endsWith(" "));
        }

        boolean isAt(String text, int at) {
            if (!text.startsWith(word, at)) {
                return false;
            }
            int end = at + word.length();
            return (!startsWord || at == 0 || !inWord(text.charAt(at - 1)))
                    && (!endsWord || end == text.length() || !inWord(text.charAt(end)));
        }

        /** A letter or digit of an alphabet; not a Chinese character, which needs no spaces around words. */
        private static boolean inWord(char c) {
            return c < Features.FIRST_HAN && Character.isLetterOrDigit(c);
        }
    }

    private static final int BUCKETS = 4096;

    /**
     * Every cue word filed under a hash of its first two characters (of its one character, for
     * the one-character Chinese words), so that one pass over the text tries at each position
     * only the one or two words that could start there.
     */
    private static final Cue[][] BY_START = new Cue[BUCKETS][];

    static {
        GROUPS.forEach((group, words) -> {
            for (String written : words) {
                Cue cue = Cue.of(written, feature(group));
                String word = cue.word();
                int bucket = word.length() == 1 ? bucket(word.charAt(0)) : bucket(word.charAt(0), word.charAt(1));
                Cue[] before = BY_START[bucket] == null ? new Cue[0] : BY_START[bucket];
                Cue[] after = Arrays.copyOf(before, before.length + 1);
                after[before.length] = cue;
                BY_START[bucket] = after;
            }
        });
    }

    private Cues() {
    }

    private static int feature(String group) {
        return Arrays.asList(FEATURES).indexOf("k=" + group);
    }

    /**
     * The groups present in text already folded by {@link Features#fold}, as features. One pass
     * over the text: linear in its length, where a search per word read the text some 500 times.
     */
    static void addTo(String folded, List<String> features) {
        boolean[] present = new boolean[FEATURES.length];
        int length = folded.length();
        for (int i = 0; i < length; i++) {
            char first = folded.charAt(i);
            tryAt(folded, i, BY_START[bucket(first)], present);
            if (i + 1 < length) {
                tryAt(folded, i, BY_START[bucket(first, folded.charAt(i + 1))], present);
            }
        }
        for (int kind : CRIME_KINDS) {
            present[CRIME] |= present[kind];
        }
        for (int group = 0; group < FEATURES.length; group++) {
            if (present[group]) {
                features.add(FEATURES[group]);
            }
        }
    }

    private static void tryAt(String text, int at, Cue[] cues, boolean[] present) {
        if (cues == null) {
            return;
        }
        for (Cue cue : cues) {
            if (!present[cue.group()] && cue.isAt(text, at)) {
                present[cue.group()] = true;
            }
        }
    }

    private static int bucket(char only) {
        return only & (BUCKETS - 1);
    }

    private static int bucket(char first, char second) {
        return (first * 31 + second) & (BUCKETS - 1);
    }
}
