package org.iprhotline.hotline.region;

import java.util.List;

/**
 * The part of the country a bureau answers for, written as the leading digits of GB/T 2260 codes:
 * a province's two ({@code 44}, Guangdong) or a prefecture-level city's four ({@code 4403}, Shenzhen).
 */
public final class Areas {

    private Areas() {
    }

    /**
     * Whether the code is a province's two digits or a city's four; anything else names no area
     * ("4400" neither: a region ending so names the province alone).
     */
    public static boolean isArea(String code) {
        return (code.length() == 2 || code.length() == 4 && !code.endsWith("00"))
                && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Whether the code is a city's four digits. */
    public static boolean isCity(String code) {
        return code.length() == 4 && isArea(code);
    }

    /** Whether a tip from {@code region} (six digits, or null) lies in one of {@code areas}; in any, if none are given. */
    public static boolean cover(List<String> areas, String region) {
        return areas.isEmpty() || region != null
                && areas.stream().anyMatch(area -> isArea(area) && region.startsWith(area));
    }
}
