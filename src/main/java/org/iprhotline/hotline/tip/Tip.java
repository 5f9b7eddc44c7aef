package org.iprhotline.hotline.tip;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.iprhotline.hotline.classify.Classification;
import org.iprhotline.hotline.classify.Flag;
import org.iprhotline.hotline.classify.RegistrationNumber;
import org.iprhotline.hotline.classify.RightType;

/** A tip: what was reported, how it was classified, who handles it and where it stands. */
@Entity
@Table(name = "tip")
public class Tip extends PanacheEntityBase {

    @Id
    public UUID id;

    @Convert(converter = TrackingNumberConverter.class)
    @Column(name = "tracking_number", nullable = false, unique = true, updatable = false)
    public TrackingNumber trackingNumber;

    @Column(name = "access_code_digest", nullable = false, updatable = false)
    public String accessCodeDigest;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Channel channel;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public String language;

    @Embedded
    public Reporter reporter;

    @Column(name = "foreign_invested", nullable = false)
    public boolean foreignInvested;

    @Enumerated(EnumType.STRING)
    @Column(name = "reported_right_type")
    public RightType reportedRightType;

    @Enumerated(EnumType.STRING)
    @Column(name = "right_type", nullable = false)
    public RightType rightType;

    @Column(nullable = false)
    public double confidence;

    @Enumerated(EnumType.STRING)
    @Column(name = "runner_up", nullable = false)
    public RightType runnerUp;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> flags = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "classification_terms", nullable = false)
    public List<String> classificationTerms = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> agencies = new ArrayList<>();

    /** Patent, trademark and variety numbers named in the text, with their check-digit verdict. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "registration_numbers", nullable = false)
    public List<RegistrationNumber> registrationNumbers = new ArrayList<>();

    /** References to the evidence received with the tip. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Evidence> evidence = new ArrayList<>();

    /** The case cluster: tips naming the same shop, phone number, company or registration number. */
    @Column(name = "cluster_id")
    public UUID clusterId;

    /** The codes of the campaigns the tip falls in: by their rules at intake, or as part of a targeted cluster. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> campaigns = new ArrayList<>();

    /** Who decided the right type: the classifier's model ("v14-4e53bdd7") or "triage-desk". */
    @Column(name = "classified_by")
    public String classifiedBy;

    /** Where it happened: a GB/T 2260 code, given by the reporter or read from the text. */
    public String region;

    /** True when the region was read from the text, not given by the reporter. */
    @Column(name = "region_inferred", nullable = false)
    public boolean regionInferred;

    /** What linked the tip to its cluster; written with the tip by the journal. */
    @Transient
    public List<String> clusterKeys = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TipStatus status;

    @Column(name = "received_at", nullable = false, updatable = false)
    public Instant receivedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "tip", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<TipStatusChange> history = new ArrayList<>();

    @OneToMany(mappedBy = "tip", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("receivedAt")
    public List<TipReply> replies = new ArrayList<>();

    /**
     * SQL for "the tip {@code alias} is in the cluster {@code cluster} names" ({@code ?1}, or
     * {@code any(?1)} for several): the tips that joined it and the one that started it, whose own id
     * is the cluster's. Written so, both halves are found by an index (V36 and the key); no index
     * holds every tip by cluster (V8).
     */
    static String inCluster(String alias, String cluster) {
        return "(" + alias + ".cluster_id = " + cluster + " and " + alias + ".cluster_id <> " + alias + ".id or "
                + alias + ".id = " + cluster + " and " + alias + ".cluster_id = " + cluster + ")";
    }

    public static Optional<Tip> findByTrackingNumber(TrackingNumber trackingNumber) {
        return find("trackingNumber", trackingNumber).firstResultOptional();
    }

    public Classification classification() {
        return new Classification(rightType, confidence, runnerUp,
                flags.stream().map(code -> Flag.fromCode(code).orElseThrow()).collect(Collectors.toSet()),
                classificationTerms);
    }

    void classifyAs(Classification classification) {
        rightType = classification.rightType();
        confidence = classification.confidence();
        runnerUp = classification.runnerUp();
        flags = new ArrayList<>(classification.flags().stream().map(Flag::code).sorted().toList());
        classificationTerms = new ArrayList<>(classification.terms());
        registrationNumbers = new ArrayList<>(classification.registrationNumbers());
    }

    void moveTo(TipStatus next, String agency, String note, Instant at) {
        status = next;
        record(next, agency, note, at);
    }

    /**
     * The agency closes its part of the tip with what its work came to; the tip itself is closed
     * when every agency holding it is done ({@link AgencyStanding#done()}).
     */
    void close(String agency, String note, CaseOutcome outcome, java.math.BigDecimal penaltyYuan, Instant at,
            UnaryOperator<String> current) {
        record(TipStatus.CLOSED, agency, note, at);
        TipStatusChange closing = history.get(history.size() - 1);
        closing.outcome = outcome;
        closing.penaltyYuan = penaltyYuan;
        settle(current);
    }

    /** Closes the tip when every agency holding it is done: the last closing, or a refused referral. */
    void settle(UnaryOperator<String> current) {
        if (!agencies.isEmpty() && standings(current).stream().allMatch(AgencyStanding::done)) {
            status = TipStatus.CLOSED;
        }
    }

    /**
     * Where each agency holding the tip stands; {@code current} gives a code in the history its
     * agency of today (the registry's {@code RoutingTable::currentCode}).
     */
    List<AgencyStanding> standings(UnaryOperator<String> current) {
        return AgencyStanding.of(agencies, history, current);
    }

    /** The reporter's reply, answering the open questions of {@code answers}; the status stays as it is. */
    TipReply reply(String text, Channel channel, List<String> answers, Instant at) {
        updatedAt = at;
        TipReply reply = new TipReply();
        reply.id = Ids.newId();
        reply.tip = this;
        reply.text = text;
        reply.channel = channel;
        reply.answers = new ArrayList<>(answers);
        reply.receivedAt = at;
        replies.add(reply);
        return reply;
    }

    /** A step in the history that leaves the tip's own status as it is: a referral and its answer. */
    void record(TipStatus step, String agency, String note, Instant at) {
        updatedAt = at;
        TipStatusChange change = new TipStatusChange();
        change.id = Ids.newId();
        change.tip = this;
        change.position = history.size();
        change.status = step;
        change.agency = agency;
        change.note = note;
        change.changedAt = at;
        history.add(change);
    }
}
