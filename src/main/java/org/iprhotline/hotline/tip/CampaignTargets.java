package org.iprhotline.hotline.tip;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.iprhotline.hotline.campaign.Campaigns;

/**
 * Coordinators make a case cluster a campaign's target (owner of {@code campaign_cluster}): the
 * cluster's tips join the campaign, and so does every tip that joins the cluster while the
 * campaign runs (the journal reads the targets when it stores a tip).
 */
@ApplicationScoped
public class CampaignTargets {

    /** What became of a targeting. */
    public sealed interface Result {
    }

    /** The cluster is the campaign's target now; {@code tips} of its tips joined the campaign. */
    public record Targeted(String campaign, UUID clusterId, int tips) implements Result {
    }

    public record AlreadyTargeted(String campaign, UUID clusterId) implements Result {
    }

    public record UnknownCampaign() implements Result {
    }

    public record CampaignNotRunning(Campaigns.Campaign campaign) implements Result {
    }

    public record UnknownCluster() implements Result {
    }

    private final EntityManager entityManager;
    private final Campaigns campaigns;

    CampaignTargets(EntityManager entityManager, Campaigns campaigns) {
        this.entityManager = entityManager;
        this.campaigns = campaigns;
    }

    /**
     * The campaigns {@code tip} falls in once people or a further text say it is {@code rightType}
     * with {@code flags}: those whose rules cover that, and those targeting its cluster, which keep it
     * whatever it turns out to be. In the caller's transaction.
     */
    List<String> campaignsOf(Tip tip, String rightType, Collection<String> flags) {
        return new ArrayList<>(campaigns.of(tip.receivedAt, rightType, flags, tip.foreignInvested,
                targeting(tip.clusterId)));
    }

    /** The campaigns targeting the case cluster, in the caller's transaction. */
    List<String> targeting(UUID clusterId) {
        if (clusterId == null) {
            return List.of();
        }
        return entityManager.createNativeQuery("select campaign from campaign_cluster where cluster_id = ?1", String.class)
                .setParameter(1, clusterId).getResultList();
    }

    @Transactional
    public Result target(String code, UUID clusterId, String by, Instant now) {
        var campaign = campaigns.find(code);
        if (campaign.isEmpty()) {
            return new UnknownCampaign();
        }
        if (!campaigns.runsAt(campaign.get(), now)) {
            return new CampaignNotRunning(campaign.get());
        }
        Number tipsInCluster = (Number) entityManager.createNativeQuery(
                "select count(*) from tip where " + Tip.inCluster("tip", "?1")).setParameter(1, clusterId)
                .getSingleResult();
        if (tipsInCluster.longValue() == 0) {
            return new UnknownCluster();
        }
        int inserted = entityManager.createNativeQuery("""
                insert into campaign_cluster (campaign, cluster_id, targeted_by, targeted_at) values (?1, ?2, ?3, ?4)
                on conflict (campaign, cluster_id) do nothing""").setParameter(1, code).setParameter(2, clusterId)
                .setParameter(3, by).setParameter(4, now).executeUpdate();
        if (inserted == 0) {
            return new AlreadyTargeted(code, clusterId);
        }
        int tips = entityManager.createNativeQuery("""
                update tip set campaigns = array_append(campaigns, cast(?1 as text)), updated_at = ?3, version = version + 1
                 where %s and not (cast(?1 as text) = any(campaigns))""".formatted(Tip.inCluster("tip", "?2")))
                .setParameter(1, code).setParameter(2, clusterId).setParameter(3, now).executeUpdate();
        return new Targeted(code, clusterId, tips);
    }
}
