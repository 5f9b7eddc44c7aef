package org.iprhotline.hotline.tip;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.iprhotline.hotline.outbox.Outbox;
import org.iprhotline.hotline.outbox.StagedEvent;
import org.iprhotline.hotline.outbox.Traceparent;
import org.iprhotline.hotline.routing.Agency;
import org.iprhotline.hotline.routing.Router;

/**
 * The one way an event about a tip is addressed to an agency: on the topic that agency reads the
 * tip's region from (its province's for a regional agency), carrying the region as {@code ce_region}.
 */
@ApplicationScoped
public class AgencyCopies {

    private final Outbox outbox;
    private final Router router;

    AgencyCopies(Outbox outbox, Router router) {
        this.outbox = outbox;
        this.router = router;
    }

    /** {@code event} for {@code agency} about the tip {@code tipId} of {@code region} (a GB/T 2260 code or null). */
    public StagedEvent to(Agency agency, UUID tipId, String region, String type, Object event) {
        return to(agency, tipId, region, type, event, Traceparent.current());
    }

    /** As above, with a trace context taken earlier on another thread (the request's). */
    public StagedEvent to(Agency agency, UUID tipId, String region, String type, Object event, String traceparent) {
        Optional<String> province = Optional.ofNullable(region).map(code -> code.substring(0, 2));
        return outbox.event(agency.topicFor(province), tipId, type, event, traceparent).inRegion(region);
    }

    /** The agencies holding a tip, in the order it holds them; a code the registry no longer has is skipped. */
    public List<Agency> holding(List<String> codes) {
        return codes.stream().map(code -> router.table().current(code)).flatMap(Optional::stream).toList();
    }

    /** The copy of a routed tip for {@code agency}: with the reporter's contact details where the registry says. */
    TipRouted routed(Tip tip, Agency agency) {
        return TipRouted.of(tip, agency.code(), router.table().getsContact(agency, tip.rightType));
    }
}
