package org.iprhotline.hotline.twilio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.iprhotline.hotline.routing.Router;
import org.iprhotline.hotline.tip.TipStatusUpdates;

/**
 * Tells reporters who came by SMS or phone that their tip moved on, by text message: the message
 * is queued in the transaction that changes the status, so one exists exactly when the change does.
 */
@ApplicationScoped
public class ReporterNotifications {

    private final OutgoingSms outgoing;
    private final Router router;

    ReporterNotifications(OutgoingSms outgoing, Router router) {
        this.outgoing = outgoing;
        this.router = router;
    }

    void statusChanged(@Observes TipStatusUpdates.Notice notice) {
        boolean chinese = HotlineTexts.chinese(notice.language());
        outgoing.queue(notice.phone(), HotlineTexts.status(notice.language(), notice.trackingNumber(), notice.status(),
                notice.agencies().stream().map(code -> router.table().nameOf(code, chinese)).toList()));
    }
}
