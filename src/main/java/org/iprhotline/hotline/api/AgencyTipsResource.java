package org.iprhotline.hotline.api;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.identity.SecurityIdentity;

import org.iprhotline.hotline.region.Regions;
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
            List<String> agencies, String channel, Instant receivedAt, String text, List<Evidence> evidence,
            String region, boolean regionInferred) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The newest tips your agency holds (coordinators: all agencies; a bureau's staff, "
            + "with a province-NN role: those from its province); province=44 keeps those whose region lies in "
            + "that province")
    @jakarta.transaction.Transactional
    public List<StaffView> list(@QueryParam("limit") Integer limit, @QueryParam("province") String province) {
        int size = limit == null ? 50 : Math.max(1, Math.min(limit, 500));
        if (province != null && (province.length() != 2 || Regions.get().find(province + "0000").isEmpty())) {
            throw new BadRequestException("province must be the two-digit GB/T 2260 code of a province, e.g. 44");
        }
        List<Tip> tips;
        if (StaffRoles.isCoordinator(identity)) {
            tips = province == null ? Tip.<Tip>find("order by receivedAt desc").page(0, size).list()
                    : Tip.<Tip>find("region like ?1 order by receivedAt desc", province + "%").page(0, size).list();
        } else {
            List<String> codes = StaffRoles.agencies(identity);
            if (codes.isEmpty()) {
                return List.of();
            }
            @SuppressWarnings("unchecked")
            List<Tip> held = Tip.getEntityManager()
                    .createNativeQuery("""
                            select * from tip where agencies && cast(?1 as text[]) and coalesce(region, '') like ?3
                               and (cardinality(cast(?4 as text[])) = 0 or substr(region, 1, 2) = any(cast(?4 as text[])))
                             order by received_at desc limit ?2""", Tip.class)
                    .setParameter(1, codes.toArray(String[]::new)).setParameter(2, size)
                    .setParameter(3, province == null ? "%" : province + "%")
                    .setParameter(4, StaffRoles.provinces(identity).toArray(String[]::new)).getResultList();
            tips = held;
        }
        return tips.stream().map(tip -> new StaffView(tip.trackingNumber.formatted(), tip.status.code(),
                tip.rightType.code(), List.copyOf(tip.flags), List.copyOf(tip.agencies), tip.channel.code(),
                tip.receivedAt, tip.text, List.copyOf(tip.evidence), tip.region, tip.regionInferred)).toList();
    }
}
