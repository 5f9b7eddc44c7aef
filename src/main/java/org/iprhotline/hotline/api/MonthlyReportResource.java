package org.iprhotline.hotline.api;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.identity.SecurityIdentity;

import org.iprhotline.hotline.agency.MonthlyReports;
import org.iprhotline.hotline.agency.Months;
import org.iprhotline.hotline.agency.ReportFigures;

/**
 * The monthly progress reports: the office's overview (coordinators), one report as JSON or CSV
 * (coordinators, and the agency's own staff), and the agency's submission (its staff only). The
 * printable page is {@code web/ReportPage}.
 */
@Path("/api/v1/reports/monthly")
@RolesAllowed({"staff", "coordinator"})
public class MonthlyReportResource {

    private final MonthlyReports reports;
    private final SecurityIdentity identity;

    MonthlyReportResource(MonthlyReports reports, SecurityIdentity identity) {
        this.reports = reports;
        this.identity = identity;
    }

    /** The agency's comment on its report; optional. */
    public record SubmissionRequest(String note) {
    }

    @GET
    @Path("/{month}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every agency's report for the month: drafted, due, submitted when and by whom (coordinators)")
    public Response overview(@PathParam("month") String month) {
        if (!StaffRoles.isCoordinator(identity)) {
            return Problem.response(Response.Status.FORBIDDEN, "The overview of all agencies is for coordinators.");
        }
        return Months.parse(month).map(parsed -> Response.ok(reports.of(parsed)).build())
                .orElseGet(MonthlyReportResource::badMonth);
    }

    @GET
    @Path("/{month}/{agency}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "One agency's report for the month, as drafted, with where it stands; JSON, or CSV with "
            + "Accept: text/csv or format=csv")
    public Response report(@PathParam("month") String month, @PathParam("agency") String agency,
            @QueryParam("format") String format, @HeaderParam("Accept") String accept) {
        Optional<YearMonth> parsed = Months.parse(month);
        if (parsed.isEmpty()) {
            return badMonth();
        }
        String code = agency.toUpperCase(Locale.ROOT);
        if (!StaffRoles.isCoordinator(identity) && !StaffRoles.atNationalDesk(identity, code)) {
            return Problem.response(Response.Status.FORBIDDEN,
                    "Only " + code + "'s national desk and coordinators see its report.");
        }
        Optional<MonthlyReports.Report> report = reports.find(code, parsed.get());
        if (report.isEmpty()) {
            return notDrafted(code, parsed.get());
        }
        boolean csv = "csv".equalsIgnoreCase(format) || accept != null && accept.startsWith("text/csv");
        if (!csv) {
            return Response.ok(report.get(), MediaType.APPLICATION_JSON).build();
        }
        return Response.ok(csv(report.get().figures()), "text/csv").header("Content-Disposition",
                "attachment; filename=\"ipr-report-" + code + "-" + parsed.get() + ".csv\"").build();
    }

    @POST
    @Path("/{month}/{agency}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The agency submits its report as drafted, with an optional note; once. Late when after the "
            + "due date (the end of the last working day before the 15th), and still taken")
    public Response submit(@PathParam("month") String month, @PathParam("agency") String agency,
            SubmissionRequest request) {
        Optional<YearMonth> parsed = Months.parse(month);
        if (parsed.isEmpty()) {
            return badMonth();
        }
        String code = agency.toUpperCase(Locale.ROOT);
        if (!StaffRoles.atNationalDesk(identity, code)) {
            return Problem.response(Response.Status.FORBIDDEN, "Only " + code + "'s national desk submits its report.");
        }
        String note = request == null ? null : request.note();
        if (!MonthlyReports.acceptableNote(note)) {
            return Problem.response(400, "Bad Request", "The note cannot be stored as sent.", List.of(
                    new Problem.FieldError("note", "at most " + MonthlyReports.MAX_NOTE + " characters, without control characters")));
        }
        MonthlyReports.Submission result = reports.submit(code, parsed.get(), identity.getPrincipal().getName(),
                MonthlyReports.Via.HTTP, note, Instant.now());
        if (result instanceof MonthlyReports.Submitted submitted) {
            return Response.ok(submitted.status()).build();
        }
        if (result instanceof MonthlyReports.AlreadySubmitted already) {
            return Problem.response(409, "Conflict", "This report was submitted on " + already.status().submittedAt()
                    + " by " + already.status().submittedBy() + ".", List.of());
        }
        return notDrafted(code, parsed.get());
    }

    private static String csv(ReportFigures.Draft draft) {
        StringBuilder out = new StringBuilder("agency,month,split,key,received,accepted,transferred,referred_to_police,"
                + "referrals_accepted,referrals_refused,closed,"
                + String.join(",", draft.total().closedByOutcome().keySet().stream().map(code -> "closed_" + code).toList())
                + ",penalties,penalty_yuan,overdue\n");
        line(out, draft, "total", "", draft.total());
        for (Map.Entry<String, ReportFigures.Figures> entry : draft.byRightType().entrySet()) {
            line(out, draft, "right_type", entry.getKey(), entry.getValue());
        }
        for (Map.Entry<String, ReportFigures.Figures> entry : draft.byForeignInvested().entrySet()) {
            line(out, draft, "foreign_invested", entry.getKey(), entry.getValue());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, ReportFigures.Draft draft, String split, String key,
            ReportFigures.Figures figures) {
        out.append(String.join(",", draft.agency(), draft.month(), split, key, String.valueOf(figures.received()),
                String.valueOf(figures.accepted()), String.valueOf(figures.transferred()),
                String.valueOf(figures.referredToPolice()), String.valueOf(figures.referralsAccepted()),
                String.valueOf(figures.referralsRefused()), String.valueOf(figures.closed())));
        for (String outcome : draft.total().closedByOutcome().keySet()) {
            out.append(',').append(figures.closedByOutcome().getOrDefault(outcome, 0L));
        }
        out.append(',').append(figures.penalties()).append(',').append(figures.penaltyYuan().toPlainString())
                .append(',').append(figures.overdue()).append('\n');
    }

    private static Response badMonth() {
        return Problem.response(400, "Bad Request", "The month is YYYY-MM, for example 2026-11.",
                List.of(new Problem.FieldError("month", "YYYY-MM")));
    }

    private static Response notDrafted(String agency, YearMonth month) {
        return Problem.response(Response.Status.NOT_FOUND, "No report of " + agency + " for " + month
                + " has been drafted: reports are drafted on the 1st of the next month.");
    }
}
