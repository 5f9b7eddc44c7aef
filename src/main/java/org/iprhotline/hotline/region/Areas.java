package org.iprhotline.hotline.region;

import java.util.List;

/**
 * The part of the country a bureau answers for, written as the leading digits of GB/T 2260 codes:
 * a province's two ({@code 44}, Guangdong), a prefecture-level city's four ({@code 4403}, Shenzhen)
 * or a county-level division's six ({@code 440305}, Nanshan District), where the district and county
 * bureaus that take most complaints first sit.
 */
public final class Areas {

    private Areas() {
    }

    /**
     * Whether the code is a province's two digits, a city's four or a county's six; anything else
     * names no area ("4400" neither: a region ending so names the province alone; "440300" the city).
     */
    public static boolean isArea(String code) {
        return (code.length() == 2 || (code.length() == 4 || code.length() == 6) && !code.endsWith("00"))
                && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The six-digit region code that names the area as a whole (44 as 440000, 4403 as 440300). */
    public static String region(String area) {
        return (area + "0000").substring(0, 6);
    }

    /** Whether a tip from {@code region} (six digits, or null) lies in one of {@code areas}; in any, if none are given. */
    public static boolean cover(List<String> areas, String region) {
        return areas.isEmpty() || region != null
                && areas.stream().anyMatch(area -> isArea(area) && region.startsWith(area));
    }
}
