package org.iprhotline.hotline.agency;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.iprhotline.hotline.outbox.Outbox;
import org.iprhotline.hotline.outbox.StagedEvent;
import org.iprhotline.hotline.routing.Agency;
import org.iprhotline.hotline.routing.Router;
import org.iprhotline.hotline.significance.SignificanceConfig;
import org.iprhotline.hotline.tip.UserText;

/**
 * The lead agencies' monthly progress reports (owner of {@code monthly_report}). For month M each
 * agency of the routing table (the triage desk aside) gets a draft on the 1st of M+1 with the work
 * done in M ({@link ReportFigures}), frozen as drafted; it reviews and submits it, by HTTP or by an
 * event on its updates topic, by the end of the last working day before the 15th; the office sees
 * who submitted when, and hears of each report still missing at its due date.
 *
 * <p>Events: {@code ipr.report.drafted} and {@code ipr.report.reminder} to the agency's topic,
 * {@code ipr.report.submitted} and {@code ipr.report.overdue} to the office's.
 */
@ApplicationScoped
public class MonthlyReports {

    public static final String DRAFTED = "ipr.report.drafted";
    public static final String REMINDER = "ipr.report.reminder";
    public static final String SUBMITTED = "ipr.report.submitted";
    public static final String OVERDUE = "ipr.report.overdue";

    /** The longest note an agency may submit with its report. */
    public static final int MAX_NOTE = 2000;

    /** How a report was submitted. */
    public enum Via {
        HTTP, KAFKA
    }

    /** Where one agency's report for a month stands. */
    public record Status(String agency, String month, Instant draftedAt, Instant dueAt, boolean dueProvisional,
            Instant submittedAt, String submittedBy, String submittedVia, String note, boolean late,
            Instant remindedAt, Instant escalatedAt) {
    }

    /** A report: where it stands, and its figures. */
    public record Report(Status status, ReportFigures.Draft figures) {
    }

    /** What the agency and the office receive about a report. */
    public record ReportEvent(String agency, String month, Instant dueAt, boolean dueProvisional, Instant submittedAt,
            Boolean late, String note, ReportFigures.Draft figures) {
    }

    /** What became of a submission. */
    public sealed interface Submission {
    }

    public record Submitted(Status status) implements Submission {
    }

    public record AlreadySubmitted(Status status) implements Submission {
    }

    public record NotDrafted() implements Submission {
    }

    private static final String COLUMNS = """
            agency, to_char(month, 'YYYY-MM'), drafted_at, due_at, due_provisional, submitted_at, submitted_by,
            submitted_via, note, reminded_at, escalated_at""";

    private final EntityManager entityManager;
    private final ReportFigures figures;
    private final Deadlines deadlines;
    private final Router router;
    private final Outbox outbox;
    private final SignificanceConfig office;
    private final ObjectMapper objectMapper;

    MonthlyReports(EntityManager entityManager, ReportFigures figures, Deadlines deadlines, Router router,
            Outbox outbox, SignificanceConfig office, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.figures = figures;
        this.deadlines = deadlines;
        this.router = router;
        this.outbox = outbox;
        this.office = office;
        this.objectMapper = objectMapper;
    }

    /** The agencies that report: every agency of the registry that takes tips (not the triage desk). */
    public List<Agency> reportingAgencies() {
        return router.table().agencies();
    }

    /** Drafts the month's report of every agency that has none yet; returns how many were drafted. */
    @Transactional
    public int draft(YearMonth month, Instant now) {
        ZoneId zone = deadlines.zone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Instant due = deadlines.reportDueBy(month);
        boolean provisional = deadlines.provisional(due);
        int drafted = 0;
        for (Agency agency : reportingAgencies()) {
            ReportFigures.Draft draft = figures.count(agency.code(), month.toString(), from, to);
            int inserted = entityManager.createNativeQuery("""
                    insert into monthly_report (agency, month, figures, drafted_at, due_at, due_provisional)
                    values (?1, ?2, cast(?3 as jsonb), ?4, ?5, ?6) on conflict (agency, month) do nothing""")
                    .setParameter(1, agency.code()).setParameter(2, month.atDay(1)).setParameter(3, json(draft))
                    .setParameter(4, now).setParameter(5, due).setParameter(6, provisional).executeUpdate();
            if (inserted == 1) {
                outbox.write(List.of(outbox.event(agency.topic(), key(agency.code(), month), DRAFTED,
                        new ReportEvent(agency.code(), month.toString(), due, provisional, null, null, null, draft))));
                drafted++;
            }
        }
        return drafted;
    }

    /**
     * The report of an agency's month, if drafted. A code the registry does not know (nor knew, as a
     * former code) has none: it comes from an address, so it may hold anything, a NUL byte included,
     * that PostgreSQL would refuse as text.
     */
    @Transactional
    public Optional<Report> find(String agency, YearMonth month) {
        if (router.table().name(agency).isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select " + COLUMNS
                + ", cast(figures as text) from monthly_report where agency = ?1 and month = ?2")
                .setParameter(1, agency).setParameter(2, month.atDay(1)).getResultList();
        return rows.stream().findFirst().map(row -> new Report(status(row), read(row[11].toString())));
    }

    /** Every report of the month, in the order of the routing table: what the office follows. */
    @Transactional
    public List<Status> of(YearMonth month) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select " + COLUMNS
                + " from monthly_report where month = ?1 order by agency").setParameter(1, month.atDay(1))
                .getResultList();
        return rows.stream().map(MonthlyReports::status).toList();
    }

    /** Whether a submission's note can be stored as sent: absent, or short and free of control characters. */
    public static boolean acceptableNote(String note) {
        return note == null || note.length() <= MAX_NOTE && UserText.acceptable(note);
    }

    /** The agency submits its report as drafted, with a note if it has one; once only. */
    @Transactional
    public Submission submit(String agency, YearMonth month, String by, Via via, String note, Instant now) {
        if (router.table().name(agency).isEmpty()) {
            return new NotDrafted();
        }
        int updated = entityManager.createNativeQuery("""
                update monthly_report set submitted_at = ?1, submitted_by = ?2, submitted_via = ?3, note = ?4
                 where agency = ?5 and month = ?6 and submitted_at is null""")
                .setParameter(1, now).setParameter(2, by).setParameter(3, via.name()).setParameter(4, note)
                .setParameter(5, agency).setParameter(6, month.atDay(1)).executeUpdate();
        Optional<Report> report = find(agency, month);
        if (report.isEmpty()) {
            return new NotDrafted();
        }
        Status status = report.get().status();
        if (updated == 0) {
            return new AlreadySubmitted(status);
        }
        outbox.write(List.of(outbox.event(office.topic(), key(agency, month), SUBMITTED,
                new ReportEvent(agency, status.month(), status.dueAt(), status.dueProvisional(), now, status.late(),
                        note, report.get().figures()))));
        return new Submitted(status);
    }

    /**
     * Reminds agencies of reports still unsubmitted {@code daysBefore} working days before they are
     * due, and once due tells the office and the agency again. Returns how many events were sent.
     */
    @Transactional
    public int remind(Instant now, int daysBefore) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select " + COLUMNS
                + " from monthly_report where submitted_at is null and (reminded_at is null or escalated_at is null)"
                + " order by due_at limit 1000").getResultList();
        int sent = 0;
        for (Object[] row : rows) {
            Status status = status(row);
            Optional<Agency> agency = router.table().current(status.agency());
            YearMonth month = YearMonth.parse(status.month());
            List<StagedEvent> events = new ArrayList<>();
            ReportEvent event = new ReportEvent(status.agency(), status.month(), status.dueAt(),
                    status.dueProvisional(), null, null, null, null);
            // Each mark is a claim (see OverdueMarks): a replica's overlapping run finds it taken.
            if (!now.isBefore(status.dueAt()) && status.escalatedAt() == null
                    && claim("escalated_at = ?1, reminded_at = coalesce(reminded_at, ?1)", "escalated_at", status.agency(),
                            month, now)) {
                agency.ifPresent(found -> events.add(outbox.event(found.topic(), key(found.code(), month), REMINDER,
                        event)));
                events.add(outbox.event(office.topic(), key(status.agency(), month), OVERDUE, event));
            } else if (status.remindedAt() == null
                    && !now.isBefore(deadlines.workingDaysBefore(status.dueAt(), daysBefore))
                    && claim("reminded_at = ?1", "reminded_at", status.agency(), month, now)) {
                agency.ifPresent(found -> events.add(outbox.event(found.topic(), key(found.code(), month), REMINDER,
                        event)));
            }
            outbox.write(events);
            sent += events.size();
        }
        return sent;
    }

    /** Sets the marks on a report unless {@code unset} was set meanwhile; says whether it did. */
    private boolean claim(String marks, String unset, String agency, YearMonth month, Instant now) {
        return entityManager.createNativeQuery("update monthly_report set " + marks
                + " where agency = ?2 and month = ?3 and " + unset + " is null")
                .setParameter(1, now).setParameter(2, agency).setParameter(3, month.atDay(1)).executeUpdate() == 1;
    }

    private static Status status(Object[] row) {
        Instant dueAt = instant(row[3]);
        Instant submittedAt = instant(row[5]);
        return new Status((String) row[0], (String) row[1], instant(row[2]), dueAt, (Boolean) row[4], submittedAt,
                (String) row[6], row[7] == null ? null : row[7].toString().toLowerCase(Locale.ROOT),
                (String) row[8], submittedAt != null && submittedAt.isAfter(dueAt), instant(row[9]), instant(row[10]));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Instant instant ? instant : ((Timestamp) value).toInstant();
    }

    /** The key of a report's events: one partition per agency and month. */
    private static UUID key(String agency, YearMonth month) {
        return UUID.nameUUIDFromBytes(("monthly-report/" + agency + "/" + month).getBytes(StandardCharsets.UTF_8));
    }

    private String json(ReportFigures.Draft draft) {
        try {
            return objectMapper.writeValueAsString(draft);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report's figures could not be written", e);
        }
    }

    private ReportFigures.Draft read(String json) {
        try {
            return objectMapper.readValue(json, ReportFigures.Draft.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report's figures could not be read", e);
        }
    }

    /** The month before the one {@code now} falls in, where the reports are kept. */
    public YearMonth previousMonth(Instant now) {
        return YearMonth.from(LocalDate.ofInstant(now, deadlines.zone())).minusMonths(1);
    }
}
