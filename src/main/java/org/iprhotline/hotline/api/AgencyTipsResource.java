package org.iprhotline.hotline.api;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.identity.SecurityIdentity;

import org.iprhotline.hotline.tip.Evidence;
import org.iprhotline.hotline.tip.Tip;

/** The tips an agency's staff may see: their own agency's; coordinators see all. */
@Path("/api/v1/agency/tips")
@RolesAllowed({"staff", "coordinator"})
public class AgencyTipsResource {

    private final SecurityIdentity identity;

    AgencyTipsResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** A tip as agency staff see it. */
    public record StaffView(String trackingNumber, String status, String rightType, List<String> flags,
            List<String> agencies, String channel, Instant receivedAt, String text, List<Evidence> evidence) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The newest tips your agency holds (coordinators: all agencies)")
    @jakarta.transaction.Transactional
    public List<StaffView> list(@QueryParam("limit") Integer limit) {
        int size = limit == null ? 50 : Math.max(1, Math.min(limit, 500));
        List<Tip> tips;
        if (StaffRoles.isCoordinator(identity)) {
            tips = Tip.<Tip>find("order by receivedAt desc").page(0, size).list();
        } else {
            List<String> codes = StaffRoles.agencies(identity);
            if (codes.isEmpty()) {
                return List.of();
            }
            @SuppressWarnings("unchecked")
            List<Tip> held = Tip.getEntityManager()
                    .createNativeQuery("select * from tip where agencies && cast(?1 as text[]) order by received_at desc limit ?2", Tip.class)
                    .setParameter(1, codes.toArray(String[]::new)).setParameter(2, size).getResultList();
            tips = held;
        }
        return tips.stream().map(tip -> new StaffView(tip.trackingNumber.formatted(), tip.status.code(),
                tip.rightType.code(), List.copyOf(tip.flags), List.copyOf(tip.agencies), tip.channel.code(),
                tip.receivedAt, tip.text, List.copyOf(tip.evidence))).toList();
    }
}
