package org.iprhotline.hotline.api;

import java.net.URI;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import org.iprhotline.hotline.classify.RightType;
import org.iprhotline.hotline.tip.Channel;
import org.iprhotline.hotline.tip.Receipt;
import org.iprhotline.hotline.tip.Reporter;
import org.iprhotline.hotline.tip.TipIntake;
import org.iprhotline.hotline.tip.TipLookup;
import org.iprhotline.hotline.tip.TipSubmission;

@Path("/api/v1/tips")
@Produces(MediaType.APPLICATION_JSON)
public class TipResource {

    /** Characters; classifying 2,000 takes about a tenth of a millisecond. */
    private static final int CLASSIFY_ON_IO_THREAD_UP_TO = 2_000;

    private final TipIntake intake;
    private final TipLookup lookup;

    TipResource(TipIntake intake, TipLookup lookup) {
        this.intake = intake;
        this.lookup = lookup;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report an infringement", description = "Stores the tip, routes it to the agencies "
            + "responsible and answers with the tracking number and access code.")
    @APIResponse(responseCode = "201", description = "Accepted; Location is the tip's status address",
            content = @Content(schema = @Schema(implementation = TipReceipt.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body over the size limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different tip",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> submit(
            @Parameter(description = "Any unique string (a UUID); a retry with the same key returns the same tip")
            @HeaderParam("Idempotency-Key") @Size(min = 1, max = 255, message = "must be 1 to 255 characters")
            String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid TipRequest request) {
        TipSubmission submission = toSubmission(request);
        if (idempotencyKey != null) {
            // Finding an earlier tip with this key reads the database: not on an I/O thread.
            return Uni.createFrom().item(() -> intake.submit(submission, idempotencyKey))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .map(TipResource::created);
        }
        // Short texts are classified here and no thread waits while the tip is stored, which is
        // most of what a busy hotline sends; long ones are classified on a worker thread.
        Uni<Receipt> stored = Uni.createFrom().completionStage(() -> intake.submitLater(submission));
        if (submission.text().length() > CLASSIFY_ON_IO_THREAD_UP_TO) {
            stored = stored.runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        }
        return stored.map(TipResource::created);
    }

    private static Response created(Receipt receipt) {
        return Response.created(URI.create("/api/v1/tips/" + receipt.trackingNumber().formatted()))
                .header("Idempotent-Replayed", receipt.replayed() ? "true" : null)
                .entity(TipReceipt.of(receipt))
                .build();
    }

    @GET
    @Path("/{trackingNumber}")
    @Operation(summary = "Follow a tip", description = "Status and history. An unknown number and a wrong "
            + "access code both answer 404.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TipStatusView.class)))
    @APIResponse(responseCode = "404", description = "No tip with this number and access code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response status(
            @PathParam("trackingNumber") String trackingNumber,
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING))
            @HeaderParam("X-Access-Code") @NotNull(message = "is required to follow a tip") String accessCode) {
        return lookup.forReporter(trackingNumber, accessCode)
                .map(progress -> Response.ok(TipStatusView.of(progress)).build())
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND,
                        "No tip matches this tracking number and access code."));
    }

    private static TipSubmission toSubmission(TipRequest request) {
        TipRequest.ReporterRequest contact = request.reporter();
        Reporter reporter = contact == null ? Reporter.ANONYMOUS
                : new Reporter(blankToNull(contact.name()), blankToNull(contact.organisation()),
                        blankToNull(contact.phone()), blankToNull(contact.email()));
        Optional<RightType> reported = Optional.ofNullable(request.rightType())
                .flatMap(RightType::fromCode)
                .filter(type -> type != RightType.NONE);
        return new TipSubmission(Channel.API, request.text(), reporter, Boolean.TRUE.equals(request.foreignInvested()),
                reported);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
