package org.iprhotline.hotline.tip;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import org.iprhotline.hotline.background.StartOrder;
import org.iprhotline.hotline.database.NativeRows;
import org.iprhotline.hotline.outbox.Outbox;
import org.iprhotline.hotline.outbox.StagedEvent;
import org.iprhotline.hotline.region.Areas;
import org.iprhotline.hotline.routing.Agency;
import org.iprhotline.hotline.routing.Router;

/**
 * Criminal referrals (owner of {@code criminal_referral}). An administrative agency holding a tip
 * refers it to public security with its evidence and history, and keeps its own case; public
 * security answers accepted or refused, with a reason for a refusal; the referring agency hears the
 * answer, and the procuratorate hears of every refusal, for oversight. Called by
 * {@link TipStatusUpdates} inside the update's transaction, with the tip locked; {@link #refused}
 * lists the refusals for the procuratorate's screen, in a transaction of its own.
 */
@ApplicationScoped
public class CriminalReferrals {

    /** A referral public security refused: what the procuratorate oversees. */
    public record Refused(TrackingNumber trackingNumber, String referringAgency, Instant referredAt, String police,
            Instant refusedAt, String reason) {
    }

    private final EntityManager entityManager;
    private final Router router;
    private final Outbox outbox;
    private final ReferralConfig config;
    private final MeterRegistry registry;
    private final AgencyCopies copies;

    CriminalReferrals(EntityManager entityManager, Router router, Outbox outbox, AgencyCopies copies,
            ReferralConfig config, MeterRegistry registry) {
        this.entityManager = entityManager;
        this.copies = copies;
        this.router = router;
        this.outbox = outbox;
        this.config = config;
        this.registry = registry;
    }

    /** A table without public security or the procuratorate would refuse every referral: stop instead. */
    void check(@Observes @Priority(StartOrder.CHECKS) StartupEvent startup) {
        agency(config.police()).orElseThrow(() -> new IllegalStateException(
                "ipr.referral.police names " + config.police() + ", which is not an agency of the routing table"));
        agency(config.procuratorate()).orElseThrow(() -> new IllegalStateException("ipr.referral.procuratorate names "
                + config.procuratorate() + ", which is not an agency of the routing table"));
    }

    TipStatusUpdates.Result apply(Tip tip, StatusUpdate update, Instant now) {
        return update.status() == TipStatus.REFERRED ? refer(tip, update, now) : answer(tip, update, now);
    }

    private TipStatusUpdates.Result refer(Tip tip, StatusUpdate update, Instant now) {
        String from = update.agency();
        if (from.equals(config.police()) || from.equals(config.procuratorate())
                || from.equals(router.table().triage().code())) {
            return TipStatusUpdates.Result.rejected(TipStatusUpdates.Refusal.NOT_REFERRER,
                    "only an administrative agency refers a tip to public security");
        }
        if (open(tip.id).isPresent()) {
            return TipStatusUpdates.Result.rejected(TipStatusUpdates.Refusal.REFERRAL_OPEN,
                    "the tip is already referred to " + config.police()
                    + " and awaits its answer");
        }
        Agency police = agency(config.police()).orElseThrow();
        String note = update.note().orElse(null);
        entityManager.createNativeQuery("""
                insert into criminal_referral (id, tip_id, referring_agency, police_agency, note, referred_at)
                values (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, Ids.newId()).setParameter(2, tip.id).setParameter(3, from)
                .setParameter(4, police.code()).setParameter(5, note).setParameter(6, now).executeUpdate();
        if (!tip.agencies.contains(police.code())) {
            tip.agencies.add(police.code());
        }
        tip.record(TipStatus.REFERRED, from + " -> " + police.code(), note, now);
        outbox.write(List.of(copies.to(police, tip.id, tip.region, TipReferred.TYPE,
                new TipReferred(from, now, note, TipRouted.of(tip, police.code(), true),
                        TipProgress.of(tip, router.table()::currentCode).history()))));
        count("referred", from);
        return TipStatusUpdates.Result.applied(Optional.empty());
    }

    private TipStatusUpdates.Result answer(Tip tip, StatusUpdate update, Instant now) {
        if (!update.agency().equals(config.police())) {
            return TipStatusUpdates.Result.rejected("only " + config.police() + " answers a criminal referral");
        }
        Optional<Referral> open = open(tip.id);
        if (open.isEmpty()) {
            return TipStatusUpdates.Result.rejected(TipStatusUpdates.Refusal.NO_OPEN_REFERRAL,
                    "no referral of this tip awaits an answer");
        }
        boolean refused = update.status() == TipStatus.REFERRAL_REFUSED;
        String reason = update.note().map(String::strip).filter(text -> !text.isEmpty()).orElse(null);
        if (refused && reason == null) {
            return TipStatusUpdates.Result.rejected("a refusal gives its reason in note");
        }
        String answer = refused ? "REFUSED" : "ACCEPTED";
        Referral referral = open.get();
        entityManager.createNativeQuery(
                "update criminal_referral set answer = ?1, reason = ?2, answered_at = ?3 where id = ?4")
                .setParameter(1, answer).setParameter(2, reason).setParameter(3, now).setParameter(4, referral.id())
                .executeUpdate();
        tip.record(update.status(), update.agency(), reason, now);
        tip.settle(router.table()::currentCode);

        List<StagedEvent> events = new ArrayList<>();
        String number = tip.trackingNumber.formatted();
        String code = answer.toLowerCase(Locale.ROOT);
        agency(referral.referringAgency()).ifPresent(referring -> events.add(copies.to(referring, tip.id, tip.region,
                ReferralAnswered.TYPE, new ReferralAnswered(tip.id, number, referral.referringAgency(),
                        update.agency(), referral.referredAt(), referral.note(), code, reason, now, null, null))));
        if (refused) {
            Agency procuratorate = agency(config.procuratorate()).orElseThrow();
            events.add(copies.to(procuratorate, tip.id, tip.region, ReferralAnswered.REFUSED_TYPE,
                    new ReferralAnswered(tip.id, number, referral.referringAgency(), update.agency(),
                            referral.referredAt(), referral.note(), code, reason, now,
                            copies.routed(tip, procuratorate),
                            TipProgress.of(tip, router.table()::currentCode).history())));
        }
        outbox.write(events);
        count(code, referral.referringAgency());
        return TipStatusUpdates.Result.applied(Optional.empty());
    }

    private record Referral(UUID id, String referringAgency, Instant referredAt, String note) {
    }

    /**
     * The latest referrals public security refused, newest first, at most {@code limit}: of tips in
     * {@code within} (a bureau's provinces, cities or counties; every tip for a national desk).
     */
    public List<Refused> refused(List<String> within, int limit) {
        List<String> areas = within.stream().filter(Areas::isArea).toList();
        if (!within.isEmpty() && areas.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("""
                select t.tracking_number, r.referring_agency, r.referred_at, r.police_agency, r.answered_at, r.reason
                  from criminal_referral r join tip t on t.id = r.tip_id
                 where r.answer = 'REFUSED'""");
        List<String> likes = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            likes.add("t.region like ?" + (i + 1));
        }
        if (!likes.isEmpty()) {
            sql.append(" and (").append(String.join(" or ", likes)).append(")");
        }
        sql.append(" order by r.answered_at desc limit ").append(limit);
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql.toString());
            for (int i = 0; i < areas.size(); i++) {
                query.setParameter(i + 1, areas.get(i) + "%");
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = query.getResultList();
            return rows.stream().map(row -> new Refused(TrackingNumber.parse((String) row[0]).orElseThrow(),
                    (String) row[1], NativeRows.instant(row[2]), (String) row[3], NativeRows.instant(row[4]),
                    (String) row[5])).toList();
        });
    }

    private Optional<Referral> open(UUID tipId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, referring_agency, referred_at, note from criminal_referral
                 where tip_id = ?1 and answer is null""").setParameter(1, tipId).getResultList();
        return rows.stream().findFirst().map(row -> new Referral((UUID) row[0], (String) row[1],
                row[2] instanceof Instant instant ? instant : ((java.sql.Timestamp) row[2]).toInstant(),
                (String) row[3]));
    }

    private Optional<Agency> agency(String code) {
        return router.table().current(code);
    }

    private void count(String step, String referringAgency) {
        Counter.builder("ipr.referrals").description("Criminal referrals to public security and their answers")
                .tag("step", step).tag("agency", referringAgency).register(registry).increment();
    }
}
