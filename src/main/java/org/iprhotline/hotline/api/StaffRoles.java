package org.iprhotline.hotline.api;

import java.util.Collection;
import java.util.List;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * What a signed-in person may see, read from their roles: {@code coordinator} sees every agency's
 * tips; {@code staff} with {@code agency-<CODE>} roles sees the tips those agencies hold.
 *
 * <p>Enforcement is local: behind each national agency stand its provincial bureaus, and a
 * {@code province-<NN>} role (GB/T 2260's two digits, {@code province-44} for Guangdong) makes its
 * holder one of a bureau's staff. They see and act on their agencies' tips from that province only,
 * as the bureau's own topics ({@code ipr.tips.samr.44}, {@code ipr.agency.updates.samr.44}) carry
 * only those; tips without a region stay with the national desk. The agency's monthly report is the
 * national desk's. A person with several {@code province-} roles covers each of those provinces; a
 * role that names no province matches no tip. Coordinators are national whatever else they hold.
 */
public final class StaffRoles {

    private static final String COORDINATOR = "coordinator";
    private static final String AGENCY_ROLE = "agency-";
    private static final String PROVINCE_ROLE = "province-";

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
     * The provinces whose bureaus the person works at, as written in their roles ("44"); empty for
     * a national desk and for coordinators.
     */
    public static List<String> provinces(SecurityIdentity identity) {
        if (isCoordinator(identity)) {
            return List.of();
        }
        return identity.getRoles().stream().filter(role -> role.startsWith(PROVINCE_ROLE))
                .map(role -> role.substring(PROVINCE_ROLE.length())).sorted().toList();
    }

    /** Whether a tip from this region (a GB/T 2260 code, or null) lies in one of these provinces; any, if none. */
    public static boolean inProvinces(List<String> provinces, String region) {
        return provinces.isEmpty() || region != null && region.length() >= 2
                && provinces.contains(region.substring(0, 2));
    }

    /** Whether the person may see a tip held by these agencies, from this region (or null). */
    public static boolean maySee(SecurityIdentity identity, Collection<String> holders, String region) {
        return isCoordinator(identity) || holders.stream().anyMatch(agency -> identity.hasRole(AGENCY_ROLE + agency))
                && inProvinces(provinces(identity), region);
    }

    /** Whether the person works at the agency's national desk, which answers for the whole agency (its report). */
    public static boolean atNationalDesk(SecurityIdentity identity, String agency) {
        return identity.hasRole(AGENCY_ROLE + agency) && provinces(identity).isEmpty();
    }
}
