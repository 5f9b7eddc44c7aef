package org.iprhotline.hotline.api;

import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.iprhotline.hotline.agency.StatisticsBusy;
import org.iprhotline.hotline.limits.TooManyRequests;
import org.iprhotline.hotline.tip.IdempotencyConflictException;
import org.iprhotline.hotline.tip.IntakeUnavailableException;
import org.iprhotline.hotline.tip.Overloaded;

/** Turns every error a client can cause into a problem+json answer, and never shows a stack trace. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.response(400, "Bad Request", "The request has invalid fields.", errors);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        if (e instanceof JsonParseException) {
            return Problem.response(Response.Status.BAD_REQUEST, "The body is not well-formed JSON.");
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Problem.response(400, "Bad Request", "The body has a field this API does not know.",
                    List.of(new Problem.FieldError(pathOf(unknown), "unknown field")));
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            MismatchedInputException mismatch = (MismatchedInputException) e;
            String expected = mismatch.getTargetType() == null ? "another type"
                    : describe(mismatch.getTargetType());
            return Problem.response(400, "Bad Request", "A field has the wrong type.",
                    List.of(new Problem.FieldError(pathOf(mismatch), "must be " + expected)));
        }
        return Problem.response(Response.Status.BAD_REQUEST, "The body cannot be read as this API's JSON.");
    }

    @ServerExceptionMapper
    public Response conflict(IdempotencyConflictException e) {
        return Problem.response(422, "Unprocessable Content", e.getMessage(), List.of());
    }

    @ServerExceptionMapper({io.quarkus.security.UnauthorizedException.class,
            io.quarkus.security.AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e) {
        return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED,
                "Sign in as agency staff or coordinator to see this."))
                .header("WWW-Authenticate", "Basic realm=\"ipr-hotline\"")
                .build();
    }

    @ServerExceptionMapper
    public Response notAllowed(io.quarkus.security.ForbiddenException e) {
        return Problem.response(Response.Status.FORBIDDEN, "Your account may not see this.");
    }

    @ServerExceptionMapper
    public Response unavailable(IntakeUnavailableException e) {
        LOG.warnf("tip not stored: %s", e.getMessage());
        return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE,
                "The tip could not be stored just now and was not received. Please send it again in a minute; "
                        + "with the same Idempotency-Key it will never be stored twice."))
                .header("Retry-After", "30")
                .build();
    }

    @ServerExceptionMapper
    public Response tooMany(TooManyRequests e) {
        return Response.fromResponse(Problem.response(429, "Too Many Requests", e.getMessage()
                + " Try again in " + e.retryAfterSeconds() + " seconds.", List.of()))
                .header("Retry-After", String.valueOf(e.retryAfterSeconds()))
                .build();
    }

    @ServerExceptionMapper
    public Response overloaded(Overloaded e) {
        return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE,
                "The service is busy and nothing was stored. Please send it again in a few seconds."))
                .header("Retry-After", "5")
                .build();
    }

    @ServerExceptionMapper
    public Response busy(StatisticsBusy e) {
        return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE, e.getMessage()
                + " Nothing was counted for this request; please ask again in " + StatisticsBusy.RETRY_AFTER_SECONDS
                + " seconds.")).header("Retry-After", StatisticsBusy.RETRY_AFTER_SECONDS)
                .build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException unreadable) {
                return unreadable(unreadable);
            }
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        Response.StatusType type = original.getStatusInfo();
        String detail = switch (status) {
            case 404 -> "Nothing is found at this address.";
            case 405 -> "This address does not take that method.";
            case 406 -> "This address cannot answer in the media type asked for.";
            case 413 -> "The request body is larger than this service accepts.";
            case 415 -> "This address takes application/json.";
            default -> e.getMessage();
        };
        return Problem.response(status, type.getReasonPhrase(), detail, List.of());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        if (e instanceof IllegalArgumentException && e.getStackTrace().length > 0
                && "java.net.URLDecoder".equals(e.getStackTrace()[0].getClassName())) {
            // A form body with a broken %-escape fails in the framework's form reader, before any of our code.
            return Problem.response(Response.Status.BAD_REQUEST, "The form body is not well-formed (a bad %-escape).");
        }
        LOG.error("unexpected failure while answering a request", e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Nothing you sent was lost if you received a tracking number.");
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // Drop the method and parameter names ("submit.request.text" -> "text").
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        List<String> names = nodes.stream()
                .filter(node -> node.getKind() == jakarta.validation.ElementKind.PROPERTY)
                .map(Path.Node::getName)
                .toList();
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    private static String pathOf(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .reduce((left, right) -> right.startsWith("[") ? left + right : left + "." + right)
                .orElse("body");
        return path;
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "an object";
    }
}
