package org.iprhotline.hotline.api;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

import org.iprhotline.hotline.classify.Classification;
import org.iprhotline.hotline.classify.Classifier;
import org.iprhotline.hotline.classify.Flag;
import org.iprhotline.hotline.classify.RightType;
import org.iprhotline.hotline.limits.RateLimit;
import org.iprhotline.hotline.limits.RateLimits;
import org.iprhotline.hotline.limits.TooManyRequests;
import org.iprhotline.hotline.routing.Agency;
import org.iprhotline.hotline.routing.Router;
import org.iprhotline.hotline.significance.Amounts;
import org.iprhotline.hotline.tip.IntakeWork;

@Path("/api/v1/classify")
public class ClassifyResource {

    private final Classifier classifier;
    private final Router router;
    private final Amounts amounts;
    private final IntakeWork work;
    private final RateLimits limits;

    ClassifyResource(Classifier classifier, Router router, Amounts amounts, IntakeWork work, RateLimits limits) {
        this.limits = limits;
        this.classifier = classifier;
        this.router = router;
        this.amounts = amounts;
        this.work = work;
    }

    @Schema(name = "ClassifyRequest")
    public record ClassifyRequest(
            @NotBlank(message = "must not be blank") @Size(max = 20_000, message = "must be at most 20000 characters")
            @PlainText String text,
            @Schema(description = "The reporter's own choice of right type, if any: a signal, not the answer")
            @Pattern(regexp = "patent|trademark|copyright|trade_secret|plant_variety|none",
                    message = "must be one of patent, trademark, copyright, trade_secret, plant_variety, none")
            String rightType) {
    }

    @Schema(name = "ClassifyResult")
    public record ClassifyResult(String rightType, double confidence, String runnerUp, List<String> flags,
            @Schema(description = "The words that drove the decision, for triage staff") List<String> terms,
            @Schema(description = "Patent, trademark and variety numbers in the text") List<NumberFound> registrationNumbers,
            List<String> agencies) {
    }

    /** A registration number found in the text; {@code checkDigitValid} false means a typo or a made-up number. */
    @Schema(name = "RegistrationNumber")
    public record NumberFound(String kind, String number, boolean checkDigitValid) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Classify a text as the service would a tip, storing nothing")
    public Uni<ClassifyResult> classify(@NotNull(message = "a JSON body is required") @Valid ClassifyRequest request,
            @Context HttpServerRequest http) {
        TooManyRequests.check(limits.tryAddress(RateLimit.CLASSIFY, ClientAddress.of(http)),
                "This address has asked for too many classifications.");
        return Uni.createFrom().completionStage(() -> work.submit(() -> result(request)));
    }

    private ClassifyResult result(ClassifyRequest request) {
        Classification classification = classifier.classify(request.text());
        Optional<RightType> reported = Optional.ofNullable(request.rightType()).flatMap(RightType::fromCode)
                .filter(type -> type != RightType.NONE);
        return new ClassifyResult(classification.rightType().code(), classification.confidence(),
                classification.runnerUp().code(), classification.flags().stream().map(Flag::code).sorted().toList(),
                classification.terms(),
                classification.registrationNumbers().stream()
                        .map(number -> new NumberFound(number.kind().code(), number.value(), number.valid()))
                        .toList(),
                router.route(classification, reported, amounts.largestYuan(request.text())).stream()
                        .map(Agency::code).toList());
    }
}
