package org.iprhotline.hotline.api;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerRequest;

import org.iprhotline.hotline.agency.Deadlines;
import org.iprhotline.hotline.classify.RightType;
import org.iprhotline.hotline.evidence.EvidenceFiles;
import org.iprhotline.hotline.evidence.EvidenceRejected;
import org.iprhotline.hotline.limits.RateLimit;
import org.iprhotline.hotline.limits.RateLimits;
import org.iprhotline.hotline.limits.TooManyRequests;
import org.iprhotline.hotline.region.Regions;
import org.iprhotline.hotline.tip.Channel;
import org.iprhotline.hotline.tip.Evidence;
import org.iprhotline.hotline.tip.Receipt;
import org.iprhotline.hotline.tip.Reporter;
import org.iprhotline.hotline.tip.TipIntake;
import org.iprhotline.hotline.tip.TipLookup;
import org.iprhotline.hotline.tip.TipReplies;
import org.iprhotline.hotline.tip.TipSubmission;

@Path("/api/v1/tips")
@Produces(MediaType.APPLICATION_JSON)
public class TipResource {

    private final TipIntake intake;
    private final TipLookup lookup;
    private final RateLimits limits;

    private final Deadlines deadlines;
    private final TipReplies replies;

    private final EvidenceFiles evidenceFiles;
    private final Validator validator;

    TipResource(TipIntake intake, TipLookup lookup, RateLimits limits, Deadlines deadlines, TipReplies replies,
            EvidenceFiles evidenceFiles, Validator validator) {
        this.intake = intake;
        this.evidenceFiles = evidenceFiles;
        this.validator = validator;
        this.replies = replies;
        this.deadlines = deadlines;
        this.lookup = lookup;
        this.limits = limits;
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
            @Pattern(regexp = "[\\x21-\\x7E]+", message = "must be printable ASCII without spaces")
            String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid TipRequest request,
            @Context HttpServerRequest http) {
        TooManyRequests.check(limits.tryAddress(RateLimit.API_TIPS, ClientAddress.of(http)),
                "This address has sent too many tips.");
        TipSubmission submission = toSubmission(request);
        if (idempotencyKey != null) {
            // Finding an earlier tip with this key reads the database: not on an I/O thread.
            return Uni.createFrom().item(() -> intake.submit(submission, idempotencyKey))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .map(TipResource::created);
        }
        // No thread waits: the text is read on the intake's own threads, and the answer goes out
        // when the commit that holds the tip completes.
        return Uni.createFrom().completionStage(() -> intake.submitLater(submission)).map(TipResource::created);
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
            @HeaderParam("X-Access-Code") @NotNull(message = "is required to follow a tip") String accessCode,
            @Context HttpServerRequest http) {
        TooManyRequests.check(limits.tryAddress(RateLimit.LOOKUPS, ClientAddress.of(http)),
                "This address has looked up too many tips.");
        TipLookup.Result result = lookup.forReporter(trackingNumber, accessCode);
        if (result instanceof TipLookup.Found found) {
            return Response.ok(TipStatusView.of(found.progress(), deadlines::acceptBy)).build();
        }
        return refused(result);
    }

    /** A number and code that open no tip: 404 for both an unknown number and a wrong code, 429 when locked. */
    private static Response refused(TipLookup.Result result) {
        if (result instanceof TipLookup.Locked locked) {
            throw new TooManyRequests(
                    "Too many wrong access codes were given for this tracking number; it is locked for a while.",
                    Duration.between(Instant.now(), locked.until()));
        }
        return Problem.response(Response.Status.NOT_FOUND, "No tip matches this tracking number and access code.");
    }

    @POST
    @Path("/{trackingNumber}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer about a tip", description = "The reporter's reply: it answers every question "
            + "open at that moment (byAgency[].question) and reaches the agencies working on the tip as "
            + "ipr.tip.updated. An unknown number and a wrong access code both answer 404, as look-ups do. "
            + "With an Idempotency-Key, the same reply sent again is answered as the first was "
            + "(Idempotent-Replayed: true) and added once; the key with another reply is 422.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ReplyReceipt.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No tip with this number and access code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The tip is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another reply",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> reply(
            @PathParam("trackingNumber") String trackingNumber,
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING))
            @HeaderParam("X-Access-Code") @NotNull(message = "is required to answer about a tip") String accessCode,
            @HeaderParam("Idempotency-Key") @Size(min = 1, max = 255, message = "must be 1 to 255 characters")
            String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid ReplyRequest request,
            @Context HttpServerRequest http) {
        return answer(http, () -> replied(replies.reply(trackingNumber, accessCode, request.text(), Channel.API,
                List.of(), Optional.ofNullable(idempotencyKey))));
    }

    @POST
    @Path("/{trackingNumber}/replies")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Answer about a tip, with files", description = "As the JSON reply, as a form: the answer "
            + "in a text part, evidence files in file parts (pictures, PDF and office documents, within a report's "
            + "limits; the type is read from the bytes). The files join the tip's evidence and reach the agencies "
            + "in the event's addedEvidence.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ReplyReceipt.class)))
    @APIResponse(responseCode = "400", description = "No text, or a file that is empty, too large or of a type not taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No tip with this number and access code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The tip is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another reply",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> replyWithFiles(
            @PathParam("trackingNumber") String trackingNumber,
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING))
            @HeaderParam("X-Access-Code") @NotNull(message = "is required to answer about a tip") String accessCode,
            @HeaderParam("Idempotency-Key") @Size(min = 1, max = 255, message = "must be 1 to 255 characters")
            String idempotencyKey,
            @RestForm String text, @RestForm("file") List<FileUpload> files, @Context HttpServerRequest http) {
        // The text is held to the JSON reply's own constraints, and refused in the same shape.
        Set<ConstraintViolation<ReplyRequest>> invalid = validator.validate(new ReplyRequest(text));
        if (!invalid.isEmpty()) {
            throw new ConstraintViolationException(invalid);
        }
        return answer(http, () -> {
            List<Evidence> staged;
            try {
                staged = evidenceFiles.stageAll(UUID.randomUUID().toString(), files == null ? List.of()
                        : files.stream().map(file -> new EvidenceFiles.Upload(file.fileName(), file.uploadedFile()))
                                .toList());
            } catch (EvidenceRejected rejected) {
                return Problem.response(Response.Status.BAD_REQUEST, explain(rejected));
            }
            return replied(replies.reply(trackingNumber, accessCode, text, Channel.API, staged,
                    Optional.ofNullable(idempotencyKey)));
        });
    }

    /**
     * A reply within the address's limit: checking the code, storing files and the reply read and
     * write the database and the disk, so the work runs on a worker thread, not an I/O thread.
     */
    private Uni<Response> answer(HttpServerRequest http, Supplier<Response> work) {
        TooManyRequests.check(limits.tryAddress(RateLimit.REPLIES, ClientAddress.of(http)),
                "This address has sent too many replies.");
        return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static String explain(EvidenceRejected rejected) {
        String file = "file " + rejected.fileName() + ": ";
        return switch (rejected.reason()) {
            case EMPTY -> file + "is empty";
            case TOO_LARGE -> file + "is larger than one file may be";
            case TYPE_NOT_ACCEPTED -> file + "is not a picture, PDF or office document (read from its bytes)";
            case TOO_MANY_FILES -> "too many files for one reply";
            case REPORT_TOO_LARGE -> "the files together are larger than a report's may be";
        };
    }

    private static Response replied(TipReplies.Result result) {
        if (result instanceof TipReplies.Replied replied) {
            Response.ResponseBuilder response = Response.status(Response.Status.CREATED)
                    .entity(new ReplyReceipt(replied.at(), replied.answered()));
            return (replied.replayed() ? response.header("Idempotent-Replayed", "true") : response).build();
        }
        if (result instanceof TipReplies.KeyReused) {
            return Problem.response(422, "Unprocessable Content",
                    "This Idempotency-Key was used for another reply to this tip.", List.of());
        }
        if (result instanceof TipReplies.Closed) {
            return Problem.response(Response.Status.CONFLICT, "This tip is closed; it takes no more replies.");
        }
        return refused(((TipReplies.Refused) result).lookup());
    }

    /** A reporter's reply about their tip. */
    @Schema(name = "ReplyRequest")
    public record ReplyRequest(
            @Schema(description = "The answer, or anything more the reporter wants the agencies to know", required = true)
            @NotBlank(message = "must say something")
            @Size(max = 5_000, message = "must be at most 5000 characters")
            @PlainText
            String text) {
    }

    /** @param answered the agencies whose question the reply answered (empty when none was open) */
    @Schema(name = "ReplyReceipt")
    public record ReplyReceipt(Instant receivedAt, List<String> answered) {
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
                reported, List.of(), Optional.empty(), false, Regions.get().find(request.region()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
