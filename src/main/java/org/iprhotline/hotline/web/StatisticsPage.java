package org.iprhotline.hotline.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.iprhotline.hotline.agency.MonthlyStatistics;
import org.iprhotline.hotline.region.Regions;

/** The coordinators' monthly figures as a page, with bar charts drawn on the server (no script needed). */
@Path("/coordinators/statistics")
@RolesAllowed("coordinator")
public class StatisticsPage {

    private static final int BAR_WIDTH = 320;

    /** One bar group: the figures of one agency, right type, channel or foreign-invested value. */
    public record Bar(MonthlyStatistics.Row row, String label, int received, int accepted, int closed, int overdue) {
    }

    /** A line of the closings table: a province's name, an outcome and how many closings had it. */
    public record ClosingLine(String province, String outcome, long closings) {
    }

    /** One chart: a dimension with its bars. */
    public record Chart(String title, List<Bar> bars) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance monthly(MonthlyStatistics.Report report, List<Chart> charts,
                List<ClosingLine> closings, String previous, String next);
    }

    private final MonthlyStatistics statistics;

    StatisticsPage(MonthlyStatistics statistics) {
        this.statistics = statistics;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance monthly(@QueryParam("month") String month) {
        YearMonth shown;
        try {
            shown = month == null || month.isBlank() ? YearMonth.now() : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("month must be YYYY-MM, for example 2026-11");
        }
        MonthlyStatistics.Report report = statistics.of(shown);
        List<Chart> charts = List.of(
                chart("By agency", report, "agency"), chart("By right type", report, "rightType"),
                chart("By channel", report, "channel"), chart("Foreign-invested reporter", report, "foreignInvested"),
                chart("By campaign", report, "campaign"), chart("By province", report, "province"));
        List<ClosingLine> closings = report.closings().stream()
                .map(line -> new ClosingLine(province(line.province()), line.outcome(), line.closings())).toList();
        return Templates.monthly(report, charts, closings, shown.minusMonths(1).toString(),
                shown.plusMonths(1).toString());
    }

    private static Chart chart(String title, MonthlyStatistics.Report report, String dimension) {
        List<MonthlyStatistics.Row> rows = report.rows().stream().filter(row -> row.dimension().equals(dimension)).toList();
        long max = Math.max(1, rows.stream().mapToLong(MonthlyStatistics.Row::received).max().orElse(1));
        return new Chart(title, rows.stream().map(row -> new Bar(row,
                "province".equals(dimension) ? province(row.key()) : row.key(), scale(row.received(), max),
                scale(row.accepted(), max), scale(row.closed(), max), scale(row.overdue(), max))).toList());
    }

    /** "44 Guangdong 广东省" for a province's two digits; "none" for tips without a region. */
    private static String province(String code) {
        return Regions.get().find(code + "0000").map(region -> code + " " + region.nameEn() + " " + region.nameZh())
                .orElse(code);
    }

    private static int scale(long value, long max) {
        return (int) Math.round((double) value * BAR_WIDTH / max);
    }
}
