package org.iprhotline.hotline.tip;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.iprhotline.hotline.classify.RightType;

/**
 * What people decided tips were, kept for the classifier's next training (table labelled_example,
 * added to the corpus by tools/corpus/add-decisions.sh): the triage desk's decisions, transfers
 * to an agency that leads on one right only (a tip moved from SAMR to CNIPA is a patent matter), and
 * closings as not an IP matter (a {@code none} example, without flags: a flag names the channel of an
 * infringement). One example per tip: a later decision replaces an earlier one (the triage desk's
 * trademark, then SAMR's transfer to CNIPA, then CNIPA's closing as no IP matter leave the last), and
 * what the classifier had made of the tip stays the first one recorded. Written in the transaction of
 * the decision, which holds the tip's row.
 */
@ApplicationScoped
public class LabelledExamples {

    /** Where a label came from. */
    public enum Source { TRIAGE, TRANSFER, CLOSING }

    private final EntityManager entityManager;

    LabelledExamples(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * A closing teaches the classifier only when it says the tip was no IP matter: then the tip is a
     * {@code none} example, without flags. Whoever closes a tip (an agency, the triage desk) passes
     * its closing here.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void closed(Tip tip, CaseOutcome outcome, Source source, String decidedBy, RightType modelSaid, Instant at) {
        if (outcome == CaseOutcome.NOT_IP_MATTER) {
            record(tip, RightType.NONE, List.of(), source, decidedBy, modelSaid, at);
        }
    }

    /**
     * The tip's text as it stands, labelled {@code rightType} with {@code flags} by {@code decidedBy};
     * {@code modelSaid} is what the classifier had made of it, kept from an earlier decision if any.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(Tip tip, RightType rightType, List<String> flags, Source source, String decidedBy,
            RightType modelSaid, Instant at) {
        entityManager.createNativeQuery("""
                insert into labelled_example (id, tip_id, text, right_type, flags, source, decided_by, decided_at,
                                              model_said)
                values (?1, ?2, ?3, ?4, cast(?5 as text[]), ?6, ?7, ?8, ?9)
                on conflict (tip_id) do update
                   set text = excluded.text, right_type = excluded.right_type, flags = excluded.flags,
                       source = excluded.source, decided_by = excluded.decided_by,
                       decided_at = excluded.decided_at""")
                .setParameter(1, Ids.newId()).setParameter(2, tip.id).setParameter(3, tip.text)
                .setParameter(4, rightType.code()).setParameter(5, "{" + String.join(",", flags) + "}")
                .setParameter(6, source.name().toLowerCase(Locale.ROOT)).setParameter(7, decidedBy)
                .setParameter(8, at).setParameter(9, modelSaid.code()).executeUpdate();
    }
}
