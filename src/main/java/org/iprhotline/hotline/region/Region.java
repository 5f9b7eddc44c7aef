package org.iprhotline.hotline.region;

/**
 * A GB/T 2260 administrative division: a province, a prefecture-level city or a county or district.
 *
 * @param code   six digits: province in the first two, city in the next two, county in the last two
 * @param nameEn the English name of a province, a city, a county-level city or a district of a municipality,
 *               provincial capital or city with a provincial-level plan (pinyin, or the name English writers
 *               use: Harbin); empty for other districts and counties, for a city whose pinyin is also a
 *               well-known district's (朝阳市, Beijing's 朝阳区) and for a district whose pinyin another place
 *               has too: these are shown in Chinese
 */
public record Region(String code, Level level, String nameZh, String nameEn) {

    /** How far down the divisions go. */
    public enum Level { PROVINCE, CITY, COUNTY }

    /** The two-digit code of the province the division lies in: the suffix of a regional topic. */
    public String province() {
        return code.substring(0, 2);
    }

    /** Whether {@code other} is this division or lies inside it. */
    public boolean contains(Region other) {
        return switch (level) {
            case PROVINCE -> other.code.startsWith(code.substring(0, 2));
            case CITY -> other.code.startsWith(code.substring(0, 4));
            case COUNTY -> other.code.equals(code);
        };
    }
}
