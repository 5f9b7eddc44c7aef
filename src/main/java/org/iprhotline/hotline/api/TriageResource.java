package org.iprhotline.hotline.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

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
import org.iprhotline.hotline.tip.CaseOutcome;
import org.iprhotline.hotline.tip.TrackingNumber;
import org.iprhotline.hotline.tip.TriageDecisions;

/**
 * The hotline's triage desk routes the tips nobody could: it lists them as agency staff list their
 * tips ({@code GET /api/v1/agency/tips}, with the role {@code agency-TRIAGE}) and decides each here,
 * routing it or closing it as no IP matter.
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
            @Schema(description = "The right infringed; none closes the tip as no IP matter (outcome "
                    + "not_ip_matter, no flags)", required = true,
                    enumeration = {"patent", "trademark", "copyright", "trade_secret", "plant_variety", "none"})
            @NotNull(message = "is required")
            @Pattern(regexp = "patent|trademark|copyright|trade_secret|plant_variety|none",
                    message = "must be one of patent, trademark, copyright, trade_secret, plant_variety, none")
            String rightType,
            @Schema(description = "Circumstances that bring in further agencies",
                    enumeration = {"import_export", "delivery", "ecommerce", "criminal"})
            List<@Pattern(regexp = "import_export|delivery|ecommerce|criminal",
                    message = "must be one of import_export, delivery, ecommerce, criminal") String> flags,
            @Schema(description = "Shown to the reporter in the history")
            @Size(max = 2_000, message = "must be at most 2000 characters") @PlainText String note) {
    }

    /** Where the tip went; for a tip closed as no IP matter, no agencies and the outcome. */
    public record Decided(String trackingNumber, List<String> agencies,
            @Schema(description = "not_ip_matter when the desk closed the tip, absent when it routed it")
            @JsonInclude(JsonInclude.Include.NON_NULL) String outcome) {
    }

    @POST
    @Path("/{trackingNumber}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Route a tip the triage desk holds", description = "The tip goes where the routing table "
            + "sends the decision (ipr.tip.routed to each agency); the decision is kept as a labelled example for "
            + "the classifier. rightType none closes the desk's part of the tip as no IP matter instead (outcome "
            + "not_ip_matter; the reporter is told), kept as a none example. 409 when the desk no longer holds "
            + "the tip.")
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
        RightType rightType = RightType.fromCode(decision.rightType()).orElseThrow();
        if (rightType == RightType.NONE && !flags.isEmpty()) {
            return Problem.response(Response.Status.BAD_REQUEST,
                    "A tip that is no IP matter carries no flag: a flag names the channel of an infringement.");
        }
        TriageDecisions.Result result = decisions.decide(number.get(), rightType, flags,
                identity.getPrincipal().getName(), decision.note());
        if (result instanceof TriageDecisions.Routed routed) {
            return Response.ok(new Decided(number.get().formatted(), routed.agencies(), null)).build();
        }
        if (result instanceof TriageDecisions.Closed) {
            return Response.ok(new Decided(number.get().formatted(), List.of(), CaseOutcome.NOT_IP_MATTER.code()))
                    .build();
        }
        if (result instanceof TriageDecisions.NotInTriage) {
            return Problem.response(Response.Status.CONFLICT, "The triage desk does not hold this tip (any more).");
        }
        return Problem.response(Response.Status.NOT_FOUND, "No tip has this tracking number.");
    }
}
