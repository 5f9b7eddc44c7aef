package org.iprhotline.hotline.twilio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.iprhotline.hotline.tip.TipStatusUpdates;

/**
 * Tells reporters who came by SMS or phone that their tip moved on, by text message: the message
 * is queued in the transaction that changes the status, so one exists exactly when the change does.
 */
@ApplicationScoped
public class ReporterNotifications {

    private final OutgoingSms outgoing;

    ReporterNotifications(OutgoingSms outgoing) {
        this.outgoing = outgoing;
    }

    void statusChanged(@Observes TipStatusUpdates.Notice notice) {
        outgoing.queue(notice.phone(), HotlineTexts.status(notice.language(), notice.trackingNumber(), notice.status(),
                notice.agencies()));
    }
}
