package org.iprhotline.hotline.web;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.security.identity.SecurityIdentity;

import org.iprhotline.hotline.agency.Deadlines;
import org.iprhotline.hotline.agency.MonthlyReports;
import org.iprhotline.hotline.agency.Months;
import org.iprhotline.hotline.agency.ReportFigures;
import org.iprhotline.hotline.api.StaffRoles;
import org.iprhotline.hotline.routing.Router;
import org.iprhotline.hotline.text.Labels;
import org.iprhotline.hotline.text.Language;
import org.iprhotline.hotline.text.Messages;
import org.iprhotline.hotline.tip.CaseOutcome;

/**
 * One agency's monthly progress report as a printable page, headings in Chinese and English: what
 * the agency reviews before submitting and what the office files. Figures as drafted; the JSON and
 * CSV are {@code api/MonthlyReportResource}.
 */
@Path("/reports/monthly/{month}/{agency}")
@RolesAllowed({"staff", "coordinator"})
public class ReportPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** One line of a table: its label in both languages and its figures. */
    public record Line(String zh, String en, ReportFigures.Figures figures) {
    }

    /** A table of the report split one way: its title in both languages and its lines. */
    public record Split(String zh, String en, List<Line> lines) {
    }

    /** A case outcome in both languages and how many closings had it. */
    public record Outcome(String zh, String en, long closed) {
    }

    /** What the page shows of where the report stands, formatted in the agency's time zone. */
    public record Standing(String drafted, String due, boolean dueProvisional, String submitted, String submittedBy,
            boolean late, String note) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(String agencyCode, String agencyZh, String agencyEn, String month,
                Standing standing, ReportFigures.Figures total, List<Outcome> outcomes, List<Split> splits);

        /** Why the report is not shown: "month" (not YYYY-MM), "no-agency", "forbidden" or "not-drafted". */
        static native TemplateInstance refused(String reason, String agency, String month);
    }

    private final MonthlyReports reports;
    private final Deadlines deadlines;
    private final SecurityIdentity identity;
    private final Messages english;
    private final Messages chinese;
    private final Router router;

    ReportPage(MonthlyReports reports, Deadlines deadlines, SecurityIdentity identity, Router router,
            @Localized("en") Messages english, @Localized("zh") Messages chinese) {
        this.reports = reports;
        this.router = router;
        this.deadlines = deadlines;
        this.identity = identity;
        this.english = english;
        this.chinese = chinese;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response report(@PathParam("month") String month, @PathParam("agency") String agency) {
        Optional<YearMonth> asked = Months.parse(month);
        if (asked.isEmpty()) {
            return refused(400, "month", "", "");
        }
        YearMonth shown = asked.get();
        String code = agency.toUpperCase(Locale.ROOT);
        if (router.table().name(code).isEmpty()) {
            // Not repeated back: what was typed may be anything.
            return refused(404, "no-agency", "", shown.toString());
        }
        if (!StaffRoles.isCoordinator(identity) && !StaffRoles.atNationalDesk(identity, code)) {
            return refused(403, "forbidden", code, shown.toString());
        }
        Optional<MonthlyReports.Report> report = reports.find(code, shown);
        if (report.isEmpty()) {
            return refused(404, "not-drafted", code, shown.toString());
        }
        ReportFigures.Draft figures = report.get().figures();
        List<Line> byRightType = new ArrayList<>();
        for (Map.Entry<String, ReportFigures.Figures> entry : figures.byRightType().entrySet()) {
            byRightType.add(new Line(Labels.rightType(chinese, entry.getKey()), Labels.rightType(english, entry.getKey()),
                    entry.getValue()));
        }
        List<Line> byForeignInvested = new ArrayList<>();
        for (Map.Entry<String, ReportFigures.Figures> entry : figures.byForeignInvested().entrySet()) {
            boolean foreign = Boolean.parseBoolean(entry.getKey());
            byForeignInvested.add(new Line(foreign ? "外商投资企业" : "其他", foreign ? "Foreign-invested" : "Other",
                    entry.getValue()));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (CaseOutcome outcome : CaseOutcome.values()) {
            outcomes.add(new Outcome(Labels.outcome(chinese, outcome), Labels.outcome(english, outcome),
                    figures.total().closedByOutcome().getOrDefault(outcome.code(), 0L)));
        }
        return html(200, Templates.report(code, Labels.agency(router.table(), Language.ZH, code),
                Labels.agency(router.table(), Language.EN, code), shown.toString(),
                standing(report.get().status()), figures.total(), outcomes, List.of(
                        new Split("按权利类型", "By right type", byRightType),
                        new Split("按举报人是否外商投资企业", "By foreign-invested right holder", byForeignInvested))));
    }

    /** A report the page cannot show, said in both languages as the report itself is. */
    private static Response refused(int status, String reason, String agency, String month) {
        return html(status, Templates.refused(reason, agency, month));
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).entity(page).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private Standing standing(MonthlyReports.Status status) {
        ZoneId zone = deadlines.zone();
        return new Standing(WHEN.format(status.draftedAt().atZone(zone)),
                WHEN.format(status.dueAt().minusSeconds(1).atZone(zone)), status.dueProvisional(),
                status.submittedAt() == null ? null : WHEN.format(status.submittedAt().atZone(zone)),
                status.submittedBy(), status.late(), status.note());
    }
}
