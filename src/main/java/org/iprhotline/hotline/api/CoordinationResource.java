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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.iprhotline.hotline.agency.MonthlyStatistics;
import org.iprhotline.hotline.agency.OverdueTips;

/** What the coordinating office needs: the monthly figures and the overdue tips. Coordinators only. */
@Path("/api/v1")
@RolesAllowed("coordinator")
public class CoordinationResource {

    private final MonthlyStatistics statistics;
    private final OverdueTips overdueTips;

    CoordinationResource(MonthlyStatistics statistics, OverdueTips overdueTips) {
        this.statistics = statistics;
        this.overdueTips = overdueTips;
    }

    @GET
    @Path("/statistics/monthly")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "The month's figures per agency, right type, channel and foreign-invested or not; "
            + "JSON, or CSV with Accept: text/csv or format=csv")
    public Response monthly(@QueryParam("month") String month, @QueryParam("format") String format,
            @jakarta.ws.rs.HeaderParam("Accept") String accept) {
        MonthlyStatistics.Report report = statistics.of(statistics.asked(month)
                .orElseThrow(() -> new BadRequestException("month must be YYYY-MM, for example 2026-11")));
        boolean csv = "csv".equalsIgnoreCase(format) || accept != null && accept.startsWith("text/csv");
        if (!csv) {
            return Response.ok(report, MediaType.APPLICATION_JSON).build();
        }
        StringBuilder out = new StringBuilder("month,dimension,key,received,accepted,transferred,closed,overdue,"
                + "median_hours_to_acceptance,median_hours_to_closure\n");
        for (MonthlyStatistics.Row row : report.rows()) {
            out.append(String.join(",", report.month(), row.dimension(), row.key(), String.valueOf(row.received()),
                    String.valueOf(row.accepted()), String.valueOf(row.transferred()), String.valueOf(row.closed()),
                    String.valueOf(row.overdue()), blankIfNull(row.medianHoursToAcceptance()),
                    blankIfNull(row.medianHoursToClosure()))).append('\n');
        }
        return Response.ok(out.toString(), "text/csv")
                .header("Content-Disposition", "attachment; filename=\"ipr-statistics-" + report.month() + ".csv\"")
                .build();
    }

    @GET
    @Path("/coordination/overdue")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tips past their acceptance or feedback deadline, or with a referral public security has not "
            + "answered in time (as flagged by the hourly deadline job), "
            + "the longest overdue first, at most 500")
    public List<OverdueTips.OverdueTip> overdue() {
        return overdueTips.list(Instant.now());
    }

    private static String blankIfNull(Double value) {
        return value == null ? "" : value.toString();
    }
}
