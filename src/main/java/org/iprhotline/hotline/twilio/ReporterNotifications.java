package org.iprhotline.hotline.twilio;

import jakarta.enterprise.context.ApplicationScoped;

import org.iprhotline.hotline.tip.TipStatusUpdates;

/** Tells reporters who came by SMS or phone that their tip moved on, by text message. */
@ApplicationScoped
public class ReporterNotifications {

    private final SmsNotifier notifier;

    ReporterNotifications(SmsNotifier notifier) {
        this.notifier = notifier;
    }

    public void statusChanged(TipStatusUpdates.Notice notice) {
        notifier.notify(notice.phone(), HotlineTexts.status(notice.language(), notice.trackingNumber(), notice.status(),
                notice.agencies()));
    }
}
