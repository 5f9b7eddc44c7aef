package org.iprhotline.hotline.api;

import java.util.Collection;
import java.util.List;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * What a signed-in person may see, read from their roles: {@code coordinator} sees every agency's
 * tips; {@code staff} with {@code agency-<CODE>} roles sees the tips those agencies hold.
 */
public final class StaffRoles {

    private static final String COORDINATOR = "coordinator";
    private static final String AGENCY_ROLE = "agency-";

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

    /** Whether the person may see a tip held by these agencies. */
    public static boolean maySee(SecurityIdentity identity, Collection<String> holders) {
        return isCoordinator(identity) || holders.stream().anyMatch(agency -> identity.hasRole(AGENCY_ROLE + agency));
    }
}
