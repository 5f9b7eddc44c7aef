package org.iprhotline.hotline.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

import org.iprhotline.hotline.agency.MonthlyStatistics;
import org.iprhotline.hotline.agency.StatisticsBusy;
import org.iprhotline.hotline.agency.StatisticsConfig;
import org.iprhotline.hotline.classify.RightType;
import org.iprhotline.hotline.region.Regions;
import org.iprhotline.hotline.routing.Router;
import org.iprhotline.hotline.text.Labels;
import org.iprhotline.hotline.text.Language;
import org.iprhotline.hotline.text.Messages;
import org.iprhotline.hotline.text.StaffMessages;
import org.iprhotline.hotline.tip.CaseOutcome;
import org.iprhotline.hotline.tip.Channel;
import org.iprhotline.hotline.web.Desks.Desk;

/**
 * The coordinators' monthly figures as a staff page, in Chinese and English, with bar charts drawn
 * on the server (no script needed).
 */
@Path("/coordinators/statistics")
@RolesAllowed("coordinator")
@Blocking
public class StatisticsPage {

    private static final int BAR_WIDTH = 320;

    /** One bar group: the figures of one agency, right type, channel or foreign-invested value. */
    public record Bar(MonthlyStatistics.Row row, String label, String description, int received, int accepted,
            int closed, int overdue) {
    }

    /** A line of the closings table: a province's name, an outcome and how many closings had it. */
    public record ClosingLine(String province, String outcome, long closings) {
    }

    /** One chart: a dimension with its bars. */
    public record Chart(String title, List<Bar> bars) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance monthly(Desk desk, MonthlyStatistics.Report report, List<Chart> charts,
                List<ClosingLine> closings, String previous, String next, String countedAt, long freshSeconds);

        /** A month the page cannot show: why, and where to go instead. */
        static native TemplateInstance refused(Desk desk, String reason, String link, String linkText);
    }

    private final MonthlyStatistics statistics;
    private final Router router;
    private final Desks desks;
    private final HtmlResponses responses;
    private final CaseViews views;
    private final StatisticsConfig config;

    StatisticsPage(MonthlyStatistics statistics, Router router, Desks desks, HtmlResponses responses, CaseViews views,
            StatisticsConfig config) {
        this.views = views;
        this.config = config;
        this.statistics = statistics;
        this.router = router;
        this.desks = desks;
        this.responses = responses;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response monthly(@QueryParam("month") String month, @QueryParam("lang") String switched,
            @BeanParam Browser browser) {
        Desk desk = desks.desk(switched, browser, "/coordinators/statistics");
        Messages messages = desks.messages(desk);
        StaffMessages staff = desks.staff(desk);
        Optional<YearMonth> asked = statistics.asked(month);
        if (asked.isEmpty()) {
            return responses.html(400, Templates.refused(desk, staff.stats_bad_month(), "/coordinators/statistics",
                    staff.stats_this_month()), desk.page(), switched);
        }
        YearMonth shown = asked.get();
        MonthlyStatistics.Report report;
        try {
            report = statistics.of(shown);
        } catch (StatisticsBusy busy) {
            String reason = staff.stats_busy(busy.atOnce(), StatisticsBusy.RETRY_AFTER_SECONDS);
            return Response.fromResponse(responses.html(503, Templates.refused(desk, reason,
                    "/coordinators/statistics?month=" + shown, staff.stats_try_again()), desk.page(), switched))
                    .header("Retry-After", StatisticsBusy.RETRY_AFTER_SECONDS).build();
        }
        List<Chart> charts = List.of(chart(desk, staff.stats_by_agency(), report, "agency"),
                chart(desk, staff.stats_by_right(), report, "rightType"),
                chart(desk, staff.stats_by_channel(), report, "channel"),
                chart(desk, staff.stats_by_foreign(), report, "foreignInvested"),
                chart(desk, staff.stats_by_campaign(), report, "campaign"),
                chart(desk, staff.stats_by_province(), report, "province"));
        List<ClosingLine> closings = report.closings().stream().map(line -> new ClosingLine(
                province(desk, line.province()), CaseOutcome.parse(line.outcome())
                        .map(outcome -> Labels.outcome(messages, outcome)).orElse(line.outcome()),
                line.closings())).toList();
        return responses.html(200, Templates.monthly(desk, report, charts, closings, shown.minusMonths(1).toString(),
                shown.plusMonths(1).toString(), views.when(report.countedAt()), config.freshFor().toSeconds()),
                desk.page(), switched);
    }

    private Chart chart(Desk desk, String title, MonthlyStatistics.Report report, String dimension) {
        StaffMessages staff = desks.staff(desk);
        List<MonthlyStatistics.Row> rows = report.rows().stream().filter(row -> row.dimension().equals(dimension))
                .toList();
        long max = Math.max(1, rows.stream().mapToLong(MonthlyStatistics.Row::received).max().orElse(1));
        return new Chart(title, rows.stream().map(row -> {
            String label = label(desk, dimension, row.key());
            return new Bar(row, label, staff.stats_bar(label, row.received(), row.accepted(), row.closed(),
                    row.overdue()), scale(row.received(), max), scale(row.accepted(), max), scale(row.closed(), max),
                    scale(row.overdue(), max));
        }).toList());
    }

    /** A row's key in words: an agency's name, a right type, a channel, yes or no, a province. */
    private String label(Desk desk, String dimension, String key) {
        Messages messages = desks.messages(desk);
        StaffMessages staff = desks.staff(desk);
        Language language = desk.page().language();
        return switch (dimension) {
            case "agency" -> Labels.agency(router.table(), language, key) + " (" + key + ")";
            case "rightType" -> RightType.fromCode(key).map(type -> Labels.rightType(messages, type)).orElse(key);
            case "channel" -> Channel.fromCode(key).map(channel -> Labels.channel(messages, channel)).orElse(key);
            case "foreignInvested" -> "true".equals(key) ? staff.stats_yes() : staff.stats_no();
            case "province" -> province(desk, key);
            default -> key;
        };
    }

    /** "44 Guangdong" or "44 广东省" for a province's two digits. */
    private String province(Desk desk, String code) {
        return Regions.get().find(code + "0000").map(region -> code + " "
                + (desk.page().language() == Language.ZH ? region.nameZh() : region.nameEn()))
                .orElseGet(() -> "none".equals(code) ? desks.staff(desk).stats_no_region() : code);
    }

    private static int scale(long value, long max) {
        return (int) Math.round((double) value * BAR_WIDTH / max);
    }
}
