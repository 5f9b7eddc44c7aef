package org.iprhotline.hotline.tip;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.iprhotline.hotline.classify.RightType;
import org.iprhotline.hotline.outbox.Outbox;
import org.iprhotline.hotline.significance.Amounts;
import org.iprhotline.hotline.significance.SignificantCases;

/**
 * Tips an agency's officer reports to the leading-group office as significant cases: what no rule
 * sees (press attention, a chain across provinces, a danger to health), judged by the people who
 * hold the case. The office is told once per tip, as {@code ipr.tip.significant} with the reason
 * {@link SignificantCases#REPORTED_BY_AGENCY}, the agency and what the officer wrote. Owns the table
 * {@code significant_report}.
 */
@ApplicationScoped
public class SignificantReports {

    private static final String CLAIM = """
            insert into significant_report (tip_id, agency, reported_by, note, reported_at)
            values (?1, ?2, ?3, ?4, ?5) on conflict (tip_id) do nothing""";

    /** What became of a report. */
    public sealed interface Result permits Reported, AlreadyReported, NotHeld {
    }

    public record Reported() implements Result {
    }

    /** The office was told of the tip before, by this agency or another ({@link #of} says who). */
    public record AlreadyReported() implements Result {
    }

    /** No such tip, the agency does not hold it, or it is no IP matter. */
    public record NotHeld() implements Result {
    }

    /** A report made: which agency, when. */
    public record Report(String agency, Instant at) {
    }

    private final Outbox outbox;
    private final SignificantCases significantCases;
    private final Amounts amounts;

    SignificantReports(Outbox outbox, SignificantCases significantCases, Amounts amounts) {
        this.outbox = outbox;
        this.significantCases = significantCases;
        this.amounts = amounts;
    }

    /** Reports the tip for {@code agency}, which must hold it; {@code officer} is who did. */
    @Transactional
    public Result report(TrackingNumber number, String agency, String officer, String note) {
        Tip tip = Tip.<Tip>find("trackingNumber", number).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (tip == null || !tip.agencies.contains(agency) || tip.rightType == RightType.NONE) {
            return new NotHeld();
        }
        Instant now = Instant.now();
        int claimed = Tip.getEntityManager().createNativeQuery(CLAIM).setParameter(1, tip.id).setParameter(2, agency)
                .setParameter(3, officer).setParameter(4, note).setParameter(5, Timestamp.from(now)).executeUpdate();
        if (claimed == 0) {
            return new AlreadyReported();
        }
        outbox.write(List.of(outbox.event(significantCases.topic(), tip.id, TipSignificant.TYPE,
                TipSignificant.reported(tip, agency, note, amounts.largestYuan(tip.text)))));
        return new Reported();
    }

    /** The report made for a tip, if one was. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Report> of(TrackingNumber number) {
        return first(Tip.getEntityManager().createNativeQuery("""
                select r.agency, r.reported_at from significant_report r join tip t on t.id = r.tip_id
                 where t.tracking_number = ?1""").setParameter(1, number.value()).getResultList());
    }

    private static Optional<Report> first(List<?> rows) {
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new Report((String) columns[0], toInstant(columns[1]));
        });
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
