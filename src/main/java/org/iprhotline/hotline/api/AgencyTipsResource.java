package org.iprhotline.hotline.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
import org.iprhotline.hotline.tip.CaseFiles;
import org.iprhotline.hotline.tip.Evidence;

/** The tips an agency's staff may see: their own agency's; coordinators see all. */
@Path("/api/v1/agency/tips")
@RolesAllowed({"staff", "coordinator"})
public class AgencyTipsResource {

    private final SecurityIdentity identity;
    private final CaseFiles files;

    AgencyTipsResource(SecurityIdentity identity, CaseFiles files) {
        this.identity = identity;
        this.files = files;
    }

    /** A tip as agency staff see it. */
    public record StaffView(String trackingNumber, String status, String rightType, List<String> flags,
            List<String> agencies, String channel, Instant receivedAt, String text, List<Evidence> evidence,
            String region, boolean regionInferred) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The newest tips your agency holds (coordinators: all agencies; a bureau's staff, "
            + "with a province-NN or city-NNNN role: those from its province or city); province=44 keeps those "
            + "whose region lies in that province")
    public List<StaffView> list(@QueryParam("limit") Integer limit, @QueryParam("province") String province) {
        int size = limit == null ? 50 : Math.max(1, Math.min(limit, 500));
        if (province != null && (province.length() != 2 || Regions.get().find(province + "0000").isEmpty())) {
            throw new BadRequestException("province must be the two-digit GB/T 2260 code of a province, e.g. 44");
        }
        boolean coordinator = StaffRoles.isCoordinator(identity);
        List<String> agencies = coordinator ? List.of() : StaffRoles.agencies(identity);
        if (!coordinator && agencies.isEmpty()) {
            return List.of();
        }
        CaseFiles.Filter filter = new CaseFiles.Filter(agencies, Optional.empty(), Optional.empty(),
                Optional.ofNullable(province), Optional.empty(), StaffRoles.areas(identity));
        return files.newest(filter, size).stream().map(tip -> new StaffView(tip.trackingNumber().formatted(),
                tip.status().code(), tip.rightType().code(), tip.flags(), tip.agencies(), tip.channel().code(),
                tip.receivedAt(), tip.text(), tip.evidence(), tip.region(), tip.regionInferred())).toList();
    }
}
