package org.iprhotline.hotline.tip;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.iprhotline.hotline.classify.RightType;
import org.iprhotline.hotline.database.NativeRows;
import org.iprhotline.hotline.region.Areas;
import org.iprhotline.hotline.routing.Router;

/**
 * The tips as agency staff work them: a queue of the tips their agencies hold, filtered and paged,
 * and one tip's whole file. Reads only; what staff do to a tip goes through {@link TipStatusUpdates}
 * and {@link TriageDecisions}, the paths agencies' systems and the API take.
 */
@ApplicationScoped
public class CaseFiles {

    /** At most this many tips on one page of a queue. */
    public static final int PAGE_SIZE = 25;
    /**
     * A queue counts its tips up to here and then says "more than": counting every tip an agency
     * holds read all of them at each page view (0.3 s for SAMR's 310,000 of 386,000 tips).
     */
    public static final int COUNT_LIMIT = 10_000;

    /**
     * What a queue shows.
     *
     * @param agencies the agencies whose tips to list; empty for every agency (coordinators)
     * @param status   one status, or empty for all
     * @param province a province's two digits, or empty for all
     * @param cluster  the tips of one case cluster, or empty for all
     * @param within   the areas a bureau's staff cover (a province's two digits, a city's four: {@link Areas});
     *                 empty for a national desk
     */
    public record Filter(List<String> agencies, Optional<TipStatus> status, Optional<RightType> rightType,
            Optional<String> province, Optional<UUID> cluster, List<String> within) {

        public Filter(List<String> agencies, Optional<TipStatus> status, Optional<RightType> rightType,
                Optional<String> province, Optional<UUID> cluster) {
            this(agencies, status, rightType, province, cluster, List.of());
        }
    }

    /** A case cluster: tips that name the same shop, link, company or registration number. */
    public record Cluster(UUID id, long tips, Instant first, Instant last, List<String> rightTypes,
            List<String> agencies) {
    }

    /** One line of a queue. */
    public record Line(TrackingNumber trackingNumber, TipStatus status, RightType rightType, List<String> agencies,
            Channel channel, Instant receivedAt, String region, String excerpt) {
    }

    /** One tip whole, as the agencies' API lists it. */
    public record Listed(TrackingNumber trackingNumber, TipStatus status, RightType rightType, List<String> flags,
            List<String> agencies, Channel channel, Instant receivedAt, String text, List<Evidence> evidence,
            String region, boolean regionInferred) {
    }

    /**
     * A page of a queue: its lines, the page's number (from 0) and how many tips the filter holds,
     * or, when {@code more}, that it holds more than {@code total}.
     */
    public record QueuePage(List<Line> lines, int page, long total, boolean more) {

        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }

        /** Whether a page follows this one. */
        public boolean hasNext() {
            return more ? lines.size() == PAGE_SIZE : page + 1 < pages();
        }
    }

    /**
     * One tip in full, for staff of an agency holding it (or a coordinator).
     *
     * @param reporter the reporter's details, or null when the viewer's agencies may not have them
     *                 (only lead agencies and those it was handed over to get contact details)
     */
    public record CaseFile(TrackingNumber trackingNumber, TipStatus status, RightType rightType, double confidence,
            List<String> flags, List<String> agencies, Channel channel, Instant receivedAt, String text,
            List<Evidence> evidence, String region, boolean regionInferred, String classifiedBy, Reporter reporter,
            boolean contactWithheld, TipProgress progress) {
    }

    private static final int EXCERPT = 160;
    /** The cluster list reads at most this many of the latest joins, then shows what it found. */
    private static final int JOINS_READ = 200_000;

    private final EntityManager entityManager;
    private final Router router;
    private final AgencyCopies copies;
    private final ReferralConfig referral;

    CaseFiles(EntityManager entityManager, Router router, AgencyCopies copies, ReferralConfig referral) {
        this.entityManager = entityManager;
        this.router = router;
        this.copies = copies;
        this.referral = referral;
    }

    /** A page of the tips the filter selects, newest first. */
    public QueuePage queue(Filter filter, int page) {
        return queue(filter, page, COUNT_LIMIT);
    }

    QueuePage queue(Filter filter, int page, int countLimit) {
        Selection selection = select(filter);
        return QuarkusTransaction.requiringNew().call(() -> {
            var count = selection.bind(entityManager.createNativeQuery("select count(*) from (select 1"
                    + selection.counted() + " limit " + (countLimit + 1) + ") counted"));
            List<Tip> tips = selection.tips(entityManager, PAGE_SIZE, (long) page * PAGE_SIZE);
            List<Line> lines = tips.stream().map(tip -> new Line(tip.trackingNumber, tip.status, tip.rightType,
                    List.copyOf(tip.agencies), tip.channel, tip.receivedAt, tip.region, excerpt(tip.text))).toList();
            long total = ((Number) count.getSingleResult()).longValue();
            return new QueuePage(lines, page, Math.min(total, countLimit), total > countLimit);
        });
    }

    /** The newest tips the filter selects, whole, as the agencies' API lists them: the queue's order and reads. */
    public List<Listed> newest(Filter filter, int limit) {
        Selection selection = select(filter);
        return QuarkusTransaction.requiringNew().call(() -> selection.tips(entityManager, limit, 0).stream()
                .map(tip -> new Listed(tip.trackingNumber, tip.status, tip.rightType, List.copyOf(tip.flags),
                        List.copyOf(tip.agencies), tip.channel, tip.receivedAt, tip.text, List.copyOf(tip.evidence),
                        tip.region, tip.regionInferred))
                .toList());
    }

    /**
     * How a filter's tips are read: {@code rows} (from and where) with {@code order}, and
     * {@code counted}, what to count them by; the values of their numbered parameters.
     */
    private record Selection(String rows, String counted, String order, List<Object> values) {

        <Q extends Query> Q bind(Q query) {
            for (int i = 0; i < values.size(); i++) {
                query.setParameter(i + 1, values.get(i));
            }
            return query;
        }

        @SuppressWarnings("unchecked")
        List<Tip> tips(EntityManager entityManager, int limit, long offset) {
            return bind(entityManager.createNativeQuery("select tip.*" + rows + order + " limit " + limit
                    + " offset " + offset, Tip.class)).getResultList();
        }
    }

    /** How an area of so many digits is found: on one agency's rows of tip_agency, and on the tip. */
    private record AreaLevel(int digits, String heldColumn, String tipColumn) {
    }

    private static final List<AreaLevel> AREA_LEVELS = List.of(
            new AreaLevel(2, "held.province", "substr(tip.region, 1, 2)"),
            new AreaLevel(4, "held.city", "substr(tip.region, 1, 4)"),
            new AreaLevel(6, "held.county", "tip.region"));

    private static Selection select(Filter filter) {
        List<Object> values = new ArrayList<>();
        boolean oneAgency = filter.agencies().size() == 1;
        // One agency, the usual officer: its rows of tip_agency are in queue order, by status too.
        StringBuilder held = new StringBuilder();
        if (oneAgency) {
            values.add(filter.agencies().get(0));
            held.append(" held.agency = ?").append(values.size());
        }
        StringBuilder onTip = new StringBuilder();
        filter.status().ifPresent(status -> {
            values.add(status.name());
            (oneAgency ? held.append(" and held.status = ?") : onTip.append(" and tip.status = ?"))
                    .append(values.size());
        });
        filter.rightType().ifPresent(type -> {
            values.add(type.name());
            onTip.append(" and tip.right_type = ?").append(values.size());
        });
        areas(filter).ifPresent(areas -> {
            // Each area no other of them covers (a city inside a province covered adds nothing); junk
            // names none. One agency's tips of a province, a city or a county: walks of
            // tip_agency_by_province, _by_city and _by_county in queue order (V37, V38, V39).
            List<String> outermost = areas.stream().filter(Areas::isArea)
                    .filter(area -> areas.stream().noneMatch(other -> Areas.isArea(other)
                            && other.length() < area.length() && area.startsWith(other)))
                    .toList();
            List<String> either = new ArrayList<>();
            for (AreaLevel level : AREA_LEVELS) {
                List<String> codes = outermost.stream().filter(area -> area.length() == level.digits()).toList();
                if (!codes.isEmpty()) {
                    either.add(within(oneAgency ? level.heldColumn() : level.tipColumn(), codes, values));
                }
            }
            (oneAgency ? held : onTip).append(either.isEmpty() ? " and false"
                    : either.size() == 1 ? " and " + either.get(0) : " and (" + String.join(" or ", either) + ")");
        });
        filter.cluster().ifPresent(cluster -> {
            values.add(cluster);
            onTip.append(" and ").append(Tip.inCluster("tip", "?" + values.size()));
        });
        if (oneAgency) {
            String rows = " from tip_agency held join tip on tip.id = held.tip_id where" + held + onTip;
            // Without a filter on the tip itself, counting reads no tip.
            return new Selection(rows, onTip.isEmpty() ? " from tip_agency held where" + held : rows,
                    " order by held.received_at desc, held.tip_id desc", values);
        }
        if (!filter.agencies().isEmpty()) {
            values.add(filter.agencies().toArray(String[]::new));
            onTip.append(" and tip.agencies && cast(?").append(values.size()).append(" as text[])");
        }
        String rows = " from tip where true" + onTip;
        return new Selection(rows, rows, " order by tip.received_at desc, tip.id desc", values);
    }

    /** "column = ?n" for one code, "column = any(?n)" for several; the codes join the values. */
    private static String within(String column, List<String> codes, List<Object> values) {
        values.add(codes.size() == 1 ? codes.get(0) : codes.toArray(String[]::new));
        return codes.size() == 1 ? column + " = ?" + values.size()
                : column + " = any(cast(?" + values.size() + " as text[]))";
    }

    /**
     * The areas a queue may show: the province chosen, or, for a bureau's staff, the parts of it their
     * bureau covers (none if it covers none); else the bureau's; empty when any place will do.
     */
    private static Optional<List<String>> areas(Filter filter) {
        if (filter.province().isPresent()) {
            String chosen = filter.province().get();
            return Optional.of(filter.within().isEmpty() ? List.of(chosen)
                    : filter.within().stream().filter(area -> Areas.isArea(area) && area.startsWith(chosen)).toList());
        }
        return filter.within().isEmpty() ? Optional.empty() : Optional.of(filter.within());
    }

    /**
     * The clusters of more than one tip, the most recently joined first. They are the clusters the
     * most recent joins went to (a tip starting a cluster has its own id as the cluster's), read
     * newest first through the index of joins (V36), a window at a time, until {@code limit}
     * clusters are found or {@link #JOINS_READ} joins were read.
     */
    public List<Cluster> clusters(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Set<UUID> found = new LinkedHashSet<>();
            int window = Math.min(Math.max(limit, 1) * 8, JOINS_READ);
            while (true) {
                List<?> joined = entityManager.createNativeQuery("""
                        select cluster_id from tip where cluster_id <> id
                         order by received_at desc limit ?1""").setParameter(1, window).getResultList();
                found.clear();
                joined.forEach(cluster -> found.add((UUID) cluster));
                if (found.size() >= limit || joined.size() < window || window == JOINS_READ) {
                    break;
                }
                window = Math.min(window * 4, JOINS_READ);
            }
            if (found.isEmpty()) {
                return List.of();
            }
            UUID[] chosen = found.stream().limit(limit).toArray(UUID[]::new);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("""
                    select t.cluster_id, count(distinct t.id), min(t.received_at), max(t.received_at),
                           array_agg(distinct t.right_type),
                           coalesce(array_agg(distinct held.agency order by held.agency)
                                    filter (where held.agency is not null), '{}')
                      from tip t left join lateral unnest(t.agencies) as held (agency) on true
                     where %s
                     group by t.cluster_id
                     order by max(t.received_at) desc""".formatted(Tip.inCluster("t", "any(cast(?1 as uuid[]))")))
                    .setParameter(1, chosen).getResultList();
            return rows.stream().map(row -> new Cluster((UUID) row[0], ((Number) row[1]).longValue(),
                    NativeRows.instant(row[2]), NativeRows.instant(row[3]), NativeRows.strings(row[4]),
                    NativeRows.strings(row[5]))).toList();
        });
    }

    /**
     * The tip's file, when one of {@code agencies} holds it (or {@code everything}, for coordinators;
     * or the procuratorate, once public security refused its referral); the reporter's details when
     * one of those agencies may have them.
     */
    public Optional<CaseFile> open(TrackingNumber number, List<String> agencies, List<String> within,
            boolean everything) {
        return QuarkusTransaction.requiringNew().call(() -> Tip.findByTrackingNumber(number)
                .filter(tip -> everything || (tip.agencies.stream().anyMatch(agencies::contains)
                        || oversees(agencies, tip)) && Areas.cover(within, tip.region))
                .map(tip -> {
                    Reporter reporter = tip.reporter == null ? Reporter.ANONYMOUS : tip.reporter;
                    boolean mayContact = everything || copies.holding(tip.agencies).stream()
                            .filter(agency -> agencies.contains(agency.code()))
                            .anyMatch(agency -> router.table().getsContact(agency, tip.rightType)
                                    || handedOver(tip, agency.code()));
                    boolean withheld = !reporter.anonymous() && !mayContact;
                    return new CaseFile(tip.trackingNumber, tip.status, tip.rightType, tip.confidence,
                            List.copyOf(tip.flags), List.copyOf(tip.agencies), tip.channel, tip.receivedAt, tip.text,
                            List.copyOf(tip.evidence), tip.region, tip.regionInferred, tip.classifiedBy,
                            withheld ? null : reporter, withheld, TipProgress.of(tip, router.table()::currentCode));
                }));
    }

    /**
     * Whether one of {@code agencies} transferred the tip away and none of them holds it now: an
     * officer whose page was opened before is told why their step was not saved, instead of "not found".
     * Within their areas only, as {@link #open} shows them.
     */
    public boolean passedOn(TrackingNumber number, List<String> agencies, List<String> within) {
        return QuarkusTransaction.requiringNew().call(() -> Tip.findByTrackingNumber(number)
                .filter(tip -> tip.agencies.stream().noneMatch(agencies::contains) && Areas.cover(within, tip.region))
                .filter(tip -> tip.history.stream().anyMatch(step -> step.status == TipStatus.TRANSFERRED
                        && step.agency != null && agencies.stream().anyMatch(code -> step.agency.startsWith(code + " -> "))))
                .isPresent());
    }

    /** The procuratorate reads a tip whose referral public security refused: it oversees the refusal. */
    private boolean oversees(List<String> agencies, Tip tip) {
        return agencies.contains(referral.procuratorate())
                && tip.history.stream().anyMatch(step -> step.status == TipStatus.REFERRAL_REFUSED);
    }

    /** Whether the tip was transferred or referred to the agency, which then takes the case over whole. */
    private static boolean handedOver(Tip tip, String agency) {
        return tip.history.stream().anyMatch(step -> step.agency != null && step.agency.endsWith(" -> " + agency));
    }

    private static String excerpt(String text) {
        String line = text.replace('\n', ' ').strip();
        if (line.length() <= EXCERPT) {
            return line;
        }
        int end = EXCERPT;
        if (Character.isHighSurrogate(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end) + "…";
    }
}
