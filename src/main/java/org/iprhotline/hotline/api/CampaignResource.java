package org.iprhotline.hotline.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.identity.SecurityIdentity;

import org.iprhotline.hotline.campaign.Campaigns;
import org.iprhotline.hotline.tip.CampaignTargets;

/**
 * The named enforcement campaigns: the list (staff and coordinators), and a case cluster made a
 * campaign's target (coordinators). Counts per campaign are in the monthly statistics.
 */
@Path("/api/v1/campaigns")
@RolesAllowed({"staff", "coordinator"})
public class CampaignResource {

    private final Campaigns campaigns;
    private final CampaignTargets targets;
    private final SecurityIdentity identity;

    CampaignResource(Campaigns campaigns, CampaignTargets targets, SecurityIdentity identity) {
        this.campaigns = campaigns;
        this.targets = targets;
        this.identity = identity;
    }

    /** A campaign as listed: its names, window and scope (empty scope lists: any). */
    public record CampaignView(String code, String nameZh, String nameEn, LocalDate from, LocalDate to,
            List<String> rightTypes, List<String> flags, Boolean foreignInvested) {
    }

    /** The cluster to target: the {@code clusterId} of a tip's events. */
    public record TargetRequest(String clusterId) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The configured campaigns, with their names in Chinese and English, window and scope")
    public List<CampaignView> list() {
        return campaigns.all().stream().map(campaign -> new CampaignView(campaign.code(), campaign.nameZh(),
                campaign.nameEn(), campaign.from(), campaign.to(), campaign.rightTypes(), campaign.flags(),
                campaign.foreignInvested())).toList();
    }

    @POST
    @Path("/{code}/clusters")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Makes a case cluster the campaign's target (coordinators): its tips join the campaign, "
            + "and so do tips joining the cluster while the campaign runs")
    public Response target(@PathParam("code") String code, TargetRequest request) {
        if (!StaffRoles.isCoordinator(identity)) {
            return Problem.response(Response.Status.FORBIDDEN, "Coordinators choose a campaign's targets.");
        }
        UUID clusterId;
        try {
            clusterId = UUID.fromString(String.valueOf(request == null ? null : request.clusterId()));
        } catch (IllegalArgumentException e) {
            return Problem.response(400, "Bad Request", "The cluster is named by its id.",
                    List.of(new Problem.FieldError("clusterId", "a UUID, the clusterId of the tips' events")));
        }
        CampaignTargets.Result result = targets.target(code, clusterId, identity.getPrincipal().getName(), Instant.now());
        if (result instanceof CampaignTargets.Targeted targeted) {
            return Response.status(Response.Status.CREATED).entity(targeted).build();
        }
        if (result instanceof CampaignTargets.AlreadyTargeted already) {
            return Response.ok(already).build();
        }
        if (result instanceof CampaignTargets.CampaignNotRunning notRunning) {
            return Problem.response(409, "Conflict", "The campaign " + code + " runs from " + notRunning.campaign().from()
                    + " to " + notRunning.campaign().to() + ", not today.", List.of());
        }
        if (result instanceof CampaignTargets.UnknownCluster) {
            return Problem.response(Response.Status.NOT_FOUND, "No tip is in the cluster " + clusterId + ".");
        }
        return Problem.response(Response.Status.NOT_FOUND, "No campaign is configured as " + code + ".");
    }
}
