package org.iprhotline.hotline.twilio;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.iprhotline.hotline.routing.Router;
import org.iprhotline.hotline.tip.TipStatusUpdates;

/**
 * Tells reporters who came by SMS or phone that their tip moved on, by text message (an agency's
 * question in full, to be answered by texting back; see SmsConversations): the message
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
        if (notice.phone() == null) {
            return;
        }
        boolean chinese = HotlineTexts.chinese(notice.language());
        List<String> names = notice.agencies().stream().map(code -> router.table().nameOf(code, chinese)).toList();
        outgoing.queue(notice.phone(), notice.closing()
                .map(part -> HotlineTexts.closedPart(notice.language(), notice.trackingNumber(),
                        router.table().nameOf(part.agency(), chinese), part.outcome(), notice.status(), names))
                .or(() -> notice.asking().map(part -> HotlineTexts.question(notice.language(),
                        notice.trackingNumber(), router.table().nameOf(part.agency(), chinese), part.question())))
                .orElseGet(() -> HotlineTexts.status(notice.language(), notice.trackingNumber(), notice.status(),
                        names)));
    }
}
