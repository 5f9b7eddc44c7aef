package org.iprhotline.hotline.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.iprhotline.hotline.text.Traditional;

/**
 * The GB/T 2260 divisions the service knows (shipped as {@code regions/divisions.tsv}, written by
 * {@code tools/regions/generate.sh}), and the place a tip's text names when it names one.
 *
 * <p>The text is read once, position by position, through a tree of place names (provinces and
 * cities with and without their suffix, counties by their full name, provinces, cities,
 * county-level cities and the big cities' districts in English, and markets known for counterfeits,
 * {@code regions/markets.tsv}): the work is linear in the text's length whatever it holds. A
 * name without its suffix counts only where the words around it make it a place ("在深圳", "深圳的",
 * "深圳华强北路" is not enough): names of places are also names of goods and brands (玉溪
 * cigarettes, 青岛 beer, 云南 medicine). So does a city's English name ("in Yiwu", "Dongguan City",
 * "Shenzhen-based"; "Qingdao beer" and an engineer called Jiaxing are not places), while a province's
 * English name counts wherever it stands as a word, as it always has.
 */
public final class Regions {

    private static final String[] PROVINCE_SUFFIXES = {"维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"};
    private static final String[] CITY_SUFFIXES = {"自治州", "地区", "市", "盟"};
    /** Before a bare name: "在深圳", "来自广东", "到义乌". */
    private static final String PLACE_BEFORE = "在于从到往自";
    /**
     * After a bare name: "深圳的", "广东一带", "义乌某市场", "深圳地区", "温州路"; and a colon, the way a
     * text message names its place first ("深圳：华强北有人卖假货").
     */
    private static final String PLACE_AFTER = "的一某各本境地街路区县镇乡村港站：:";
    /** The words before an English name that make it a place: "in Yiwu", "from Shenzhen". */
    private static final Set<String> ENGLISH_BEFORE = Set.of("in", "from", "at", "near", "of", "to", "around",
            "outside", "across", "via", "into");
    /** After an English name: "Dongguan City", "Shenzhen-based", "Yiwu's", "Putian: fake shoes". */
    private static final List<String> ENGLISH_AFTER = List.of(" city", " prefecture", " county", " district",
            " area", " region", " market", "-based", "'s", "\u2019s", ":");
    /** A hostile text naming every place there is stops being read here: it names no one place. */
    private static final int MAX_PLACES = 64;

    private final Map<String, Region> byCode;
    private final List<Region> provinces;
    private final Node names = new Node();

    /** {@code shortNames}: an autonomous prefecture's place without its peoples, by code (延边 for 延边朝鲜族自治州). */
    private Regions(Map<String, Region> byCode, Map<String, String> shortNames) {
        this.byCode = byCode;
        this.provinces = byCode.values().stream().filter(region -> region.level() == Region.Level.PROVINCE).toList();
        for (Region region : byCode.values()) {
            add(region.nameZh(), region, false);
            switch (region.level()) {
                case PROVINCE -> {
                    add(strip(region.nameZh(), PROVINCE_SUFFIXES), region, true);
                    add(region.nameEn().toLowerCase(Locale.ROOT), region, false);
                }
                case CITY -> {
                    add(strip(region.nameZh(), CITY_SUFFIXES), region, true);
                    add(shortNames.getOrDefault(region.code(), ""), region, true);
                    addEnglish(region);
                }
                case COUNTY -> {
                    // County-level cities are known by their short name (义乌市 as 义乌); districts are
                    // not in Chinese (福田 is also a make of lorries), but the big cities' districts that
                    // have an English name are, in English ("in Futian", "Pudong-based").
                    if (region.nameZh().endsWith("市")) {
                        add(strip(region.nameZh(), CITY_SUFFIXES), region, true);
                    }
                    addEnglish(region);
                }
            }
        }
    }

    public static Regions get() {
        return Holder.REGIONS;
    }

    /** The division with this six-digit code. */
    public Optional<Region> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    public List<Region> provinces() {
        return provinces;
    }

    /**
     * The provinces of one of GB/T 2260's six groups, by the first digit of their code (1 North,
     * 2 Northeast, 3 East, 4 Central and South, 5 Southwest, 6 Northwest), in code order: the phone
     * line's two-key province question.
     */
    public List<Region> provincesInGroup(int digit) {
        return provinces.stream().filter(province -> province.code().charAt(0) == (char) ('0' + digit)).toList();
    }

    /**
     * The province a short spoken answer names ("广东", "in Guangdong", "深圳" gives 广东): the answer
     * to "which province?", so a bare name counts. Nothing when it names none, or two.
     */
    public Optional<Region> provinceSaid(String answer) {
        String said = answer.length() > 200 ? answer.substring(0, 200) : answer;
        Set<Region> named = new LinkedHashSet<>();
        String lower = said.toLowerCase(Locale.ROOT);
        for (Region province : provinces) {
            if (said.contains(strip(province.nameZh(), PROVINCE_SUFFIXES))
                    || wordIn(lower, province.nameEn().toLowerCase(Locale.ROOT))) {
                named.add(province);
            }
        }
        if (named.isEmpty()) {
            inferFrom("在" + said).or(() -> inferFrom("in " + said)).map(this::province).ifPresent(named::add);
        }
        return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
    }

    private static boolean wordIn(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            if (wordEnds(text, at, at + word.length())) {
                return true;
            }
            at = text.indexOf(word, at + 1);
        }
        return false;
    }

    /** The cities of a province, in code order. */
    public List<Region> citiesOf(Region province) {
        return byCode.values().stream()
                .filter(region -> region.level() == Region.Level.CITY && province.contains(region)).toList();
    }

    /** The division's full name in Chinese, from its province down: 广东省深圳市罗湖区. */
    public String fullName(Region region) {
        StringBuilder name = new StringBuilder();
        Region province = province(region);
        Region city = byCode.get(region.code().substring(0, 4) + "00");
        for (Region part : new Region[] {province, city, region}) {
            if (part != null && name.indexOf(part.nameZh()) < 0) {
                name.append(part.nameZh());
            }
        }
        return name.toString();
    }

    public Region province(Region region) {
        return byCode.get(region.province() + "0000");
    }

    /**
     * The one place the text names, when it names one: the most precise division every place it
     * names lies in or contains (深圳 and 广东省 give 深圳市; 深圳 and 广州 give 广东省), or
     * nothing when it names places in two provinces, none, or only names that several places share.
     */
    public Optional<Region> inferFrom(String text) {
        Set<Region> named = new LinkedHashSet<>();
        // 廣東省深圳市 is 广东省深圳市: the names are kept in simplified characters.
        String lower = Traditional.simplified(text.toLowerCase(Locale.ROOT));
        int i = 0;
        while (i < lower.length() && named.size() < MAX_PLACES) {
            Match match = longestAt(lower, i);
            if (match == null) {
                i++;
                continue;
            }
            widest(match.regions()).ifPresent(named::add);
            i += match.length();
        }
        if (named.isEmpty() || named.size() >= MAX_PLACES) {
            return Optional.empty();
        }
        return commonRegion(named);
    }

    /**
     * The one place a name gives: the only one, or the one holding the others (Dali: 大理白族自治州
     * and its 大理市). Nothing for a name places far apart share (Suzhou: 苏州 and 宿州).
     */
    private static Optional<Region> widest(Set<Region> regions) {
        for (Region candidate : regions) {
            if (regions.stream().allMatch(candidate::contains)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private Optional<Region> commonRegion(Collection<Region> named) {
        List<Region> bySpecificity = new ArrayList<>(named);
        bySpecificity.sort(Comparator.comparing(Region::level).reversed());
        Region candidate = bySpecificity.get(0);
        // Widen from the most precise place until it holds every place named.
        for (Region wider : List.of(candidate, byCode.getOrDefault(candidate.code().substring(0, 4) + "00", candidate),
                province(candidate))) {
            // Every place named lies in it (深圳市 in 广东省 and 深圳市) or holds it (广东省 holds 深圳市).
            if (wider != null && named.stream().allMatch(place -> wider.contains(place) || place.contains(wider))) {
                return Optional.of(wider);
            }
        }
        return Optional.empty();
    }

    private record Match(int length, Set<Region> regions) {
    }

    private Match longestAt(String text, int start) {
        Node node = names;
        Match longest = null;
        for (int i = start; i < text.length(); i++) {
            node = node.next.get(text.charAt(i));
            if (node == null) {
                break;
            }
            int end = i + 1;
            if (!node.regions.isEmpty() && wordEnds(text, start, end)) {
                longest = new Match(end - start, node.regions);
            } else if (!node.bare.isEmpty() && (isLatin(text.charAt(start))
                    ? wordEnds(text, start, end) && englishPlaceAround(text, start, end)
                    : placeAround(text, start, end))) {
                longest = new Match(end - start, node.bare);
            }
        }
        return longest;
    }

    private static boolean placeAround(String text, int start, int end) {
        return start > 0 && PLACE_BEFORE.indexOf(text.charAt(start - 1)) >= 0
                || end < text.length() && PLACE_AFTER.indexOf(text.charAt(end)) >= 0;
    }

    private static boolean englishPlaceAround(String text, int start, int end) {
        for (String after : ENGLISH_AFTER) {
            if (text.startsWith(after, end)) {
                return true;
            }
        }
        int wordEnd = start - 1;
        if (wordEnd < 1 || text.charAt(wordEnd) != ' ') {
            return false;
        }
        int wordStart = wordEnd;
        // Only a short word can be one of ENGLISH_BEFORE: look no further back than that.
        while (wordStart > 0 && wordEnd - wordStart < 8 && isLatin(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return ENGLISH_BEFORE.contains(text.substring(wordStart, wordEnd));
    }

    /** An English name counts only as a whole word ("Hebei", not inside "Shebeing"). */
    private static boolean wordEnds(String text, int start, int end) {
        if (!isLatin(text.charAt(start))) {
            return true;
        }
        return (start == 0 || !isLatin(text.charAt(start - 1))) && (end == text.length() || !isLatin(text.charAt(end)));
    }

    private static boolean isLatin(char c) {
        return c >= 'a' && c <= 'z';
    }

    /**
     * A city's English name, as a bare name, as it is written (Xi'an, Lüliang) and as it is typed
     * (Xian, Xi’an, Lvliang, Luliang).
     */
    private void addEnglish(Region region) {
        if (region.nameEn().isEmpty()) {
            return;
        }
        String name = region.nameEn().toLowerCase(Locale.ROOT);
        Set<String> spellings = new LinkedHashSet<>();
        for (String apostrophe : new String[] {"'", "\u2019", ""}) {
            String spelled = name.replace("'", apostrophe);
            spellings.add(spelled);
            spellings.add(spelled.replace('ü', 'v'));
            spellings.add(spelled.replace('ü', 'u'));
        }
        spellings.forEach(spelling -> add(spelling, region, true));
    }

    /** {@code bare}: a name without its suffix, which counts only where the text makes it a place. */
    private void add(String written, Region region, boolean bare) {
        if (written.length() < 2) {
            return;
        }
        // Read the way the text is (乾安县 holds 乾, which a traditional text writes for 干).
        String name = Traditional.simplified(written);
        Node node = names;
        for (int i = 0; i < name.length(); i++) {
            node = node.next.computeIfAbsent(name.charAt(i), c -> new Node());
        }
        if (bare) {
            node.bare = with(node.bare, region);
        } else {
            node.regions = with(node.regions, region);
        }
    }

    private static String strip(String name, String[] suffixes) {
        for (String suffix : suffixes) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static Set<Region> with(Set<Region> regions, Region region) {
        Set<Region> more = new LinkedHashSet<>(regions);
        more.add(region);
        return more;
    }

    /** Most nodes name no place: their sets stay the shared empty one (a megabyte less of heap). */
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        Set<Region> regions = Set.of();
        Set<Region> bare = Set.of();
    }

    private static final class Holder {
        static final Regions REGIONS = load();
    }

    private static Regions load() {
        Map<String, Region> byCode = new LinkedHashMap<>();
        Map<String, String> shortNames = new HashMap<>();
        for (String[] parts : rows("regions/divisions.tsv")) {
            Region region = new Region(parts[0], Region.Level.valueOf(parts[1].toUpperCase(Locale.ROOT)), parts[2],
                    parts[3]);
            byCode.put(region.code(), region);
            if (!parts[4].isEmpty()) {
                shortNames.put(region.code(), parts[4]);
            }
        }
        Regions regions = new Regions(Collections.unmodifiableMap(byCode), shortNames);
        // The markets tips name for their place: full names, wherever they stand.
        for (String[] parts : rows("regions/markets.tsv")) {
            Region region = byCode.get(parts[1]);
            if (region == null) {
                throw new IllegalStateException("regions/markets.tsv names an unknown division: " + parts[1]);
            }
            regions.add(parts[0].toLowerCase(Locale.ROOT), region, false);
        }
        return regions;
    }

    /** A shipped table's rows, its comment lines left out. */
    private static List<String[]> rows(String resource) {
        try (InputStream in = Regions.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    rows.add(fields(line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] fields(String line) {
        String[] parts = new String[5];
        int from = 0;
        for (int i = 0; i < parts.length; i++) {
            int tab = line.indexOf('\t', from);
            parts[i] = tab < 0 ? line.substring(from) : line.substring(from, tab);
            from = tab < 0 ? line.length() : tab + 1;
        }
        return parts;
    }
}
