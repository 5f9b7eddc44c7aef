package org.iprhotline.hotline.api;

import java.util.Collection;
import java.util.List;

import org.iprhotline.hotline.region.Areas;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * What a signed-in person may see, read from their roles: {@code coordinator} sees every agency's
 * tips; {@code staff} with {@code agency-<CODE>} roles sees the tips those agencies hold.
 *
 * <p>Enforcement is local: behind each national agency stand its provincial bureaus, and behind
 * those the cities' bureaus, which handle most cases. A {@code province-<NN>} role (GB/T 2260's two
 * digits, {@code province-44} for Guangdong) makes its holder one of a provincial bureau's staff, a
 * {@code city-<NNNN>} role ({@code city-4403}, Shenzhen) one of a city bureau's, a
 * {@code county-<NNNNNN>} role ({@code county-440305}, Nanshan) one of a district's or county's. They
 * see and act on their agencies' tips from that area only; a tip whose region names only the province
 * is the provincial bureau's, one that names only the city the city's, and tips without a region stay
 * with the national desk. What a city's or a district's officer does is the provincial bureau's
 * update, as it would arrive on the province's own topic
 * ({@code ipr.agency.updates.samr.44}). The agency's monthly report is the national desk's. A person
 * with several such roles covers each of those areas; a role that names no area (a {@code city-}
 * role of two digits too) matches no tip. Coordinators are national whatever else they hold.
 */
public final class StaffRoles {

    private static final String COORDINATOR = "coordinator";
    private static final String AGENCY_ROLE = "agency-";
    private static final String PROVINCE_ROLE = "province-";
    private static final String CITY_ROLE = "city-";
    private static final String COUNTY_ROLE = "county-";

    private StaffRoles() {
    }

    public static boolean isCoordinator(SecurityIdentity identity) {
        return identity.hasRole(COORDINATOR);
    }

    /** The codes of the agencies the person works for. */
    public static List<String> agencies(SecurityIdentity identity) {
        return identity.getRoles().stream().filter(role -> role.startsWith(AGENCY_ROLE))
                .map(role -> role.substring(AGENCY_ROLE.length())).toList();
    }

    /**
     * The areas whose bureaus the person works at ({@link Areas}): "44" for a province, "4403" for a
     * city, "440305" for a county; empty for a national desk and for coordinators. A role whose code
     * has the wrong length is kept whole, so it names no area and still makes its holder no national
     * desk.
     */
    public static List<String> areas(SecurityIdentity identity) {
        if (isCoordinator(identity)) {
            return List.of();
        }
        return identity.getRoles().stream().map(StaffRoles::area).filter(area -> !area.isEmpty()).sorted().toList();
    }

    private static String area(String role) {
        int digits = role.startsWith(PROVINCE_ROLE) ? 2 : role.startsWith(CITY_ROLE) ? 4
                : role.startsWith(COUNTY_ROLE) ? 6 : 0;
        if (digits == 0) {
            return "";
        }
        String code = role.substring(role.indexOf('-') + 1);
        return code.length() == digits && Areas.isArea(code) ? code : role;
    }

    /** Whether the person may see a tip held by these agencies, from this region (or null). */
    public static boolean maySee(SecurityIdentity identity, Collection<String> holders, String region) {
        return isCoordinator(identity) || holders.stream().anyMatch(agency -> identity.hasRole(AGENCY_ROLE + agency))
                && Areas.cover(areas(identity), region);
    }

    /** Whether the person works at the agency's national desk, which answers for the whole agency (its report). */
    public static boolean atNationalDesk(SecurityIdentity identity, String agency) {
        return identity.hasRole(AGENCY_ROLE + agency) && areas(identity).isEmpty();
    }
}
