package org.iprhotline.hotline.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.security.identity.SecurityIdentity;

import org.iprhotline.hotline.classify.Flag;
import org.iprhotline.hotline.classify.RightType;
import org.iprhotline.hotline.tip.TrackingNumber;
import org.iprhotline.hotline.tip.TriageDecisions;

/**
 * The hotline's triage desk routes the tips nobody could: it lists them as agency staff list their
 * tips ({@code GET /api/v1/agency/tips}, with the role {@code agency-TRIAGE}) and decides each here.
 */
@Path("/api/v1/triage/tips")
@RolesAllowed({"triage", "coordinator"})
public class TriageResource {

    private final TriageDecisions decisions;
    private final SecurityIdentity identity;

    TriageResource(TriageDecisions decisions, SecurityIdentity identity) {
        this.decisions = decisions;
        this.identity = identity;
    }

    /** What the desk decided a tip is. */
    @Schema(name = "TriageDecision")
    public record Decision(
            @Schema(description = "The right infringed", required = true,
                    enumeration = {"patent", "trademark", "copyright", "trade_secret", "plant_variety"})
            @NotNull(message = "is required")
            @Pattern(regexp = "patent|trademark|copyright|trade_secret|plant_variety",
                    message = "must be one of patent, trademark, copyright, trade_secret, plant_variety")
            String rightType,
            @Schema(description = "Circumstances that bring in further agencies",
                    enumeration = {"import_export", "delivery", "ecommerce", "criminal"})
            List<@Pattern(regexp = "import_export|delivery|ecommerce|criminal",
                    message = "must be one of import_export, delivery, ecommerce, criminal") String> flags,
            @Schema(description = "Shown to the reporter in the history")
            @Size(max = 2_000, message = "must be at most 2000 characters") @PlainText String note) {
    }

    public record Routed(String trackingNumber, List<String> agencies) {
    }

    @POST
    @Path("/{trackingNumber}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Route a tip the triage desk holds", description = "The tip goes where the routing table "
            + "sends the decision (ipr.tip.routed to each agency); the decision is kept as a labelled example for "
            + "the classifier. 409 when the desk no longer holds the tip.")
    public Response decide(@PathParam("trackingNumber") String trackingNumber,
            @NotNull(message = "a JSON body is required") @Valid Decision decision) {
        Optional<TrackingNumber> number = TrackingNumber.parse(trackingNumber);
        if (number.isEmpty()) {
            return Problem.response(Response.Status.NOT_FOUND, "No tip has this tracking number.");
        }
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (decision.flags() != null) {
            decision.flags().forEach(code -> flags.add(Flag.fromCode(code).orElseThrow()));
        }
        TriageDecisions.Result result = decisions.decide(number.get(),
                RightType.fromCode(decision.rightType()).orElseThrow(), flags, identity.getPrincipal().getName(),
                decision.note());
        if (result instanceof TriageDecisions.Routed routed) {
            return Response.ok(new Routed(number.get().formatted(), routed.agencies())).build();
        }
        if (result instanceof TriageDecisions.NotInTriage) {
            return Problem.response(Response.Status.CONFLICT, "The triage desk does not hold this tip (any more).");
        }
        return Problem.response(Response.Status.NOT_FOUND, "No tip has this tracking number.");
    }
}
