package org.iprhotline.hotline.mail;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.qute.i18n.Localized;

import org.iprhotline.hotline.PublicAddress;
import org.iprhotline.hotline.agency.DeadlineConfig;
import org.iprhotline.hotline.routing.Router;
import org.iprhotline.hotline.tip.TipReceived;
import org.iprhotline.hotline.tip.TipStatusUpdates;
import org.iprhotline.hotline.text.Labels;
import org.iprhotline.hotline.text.Language;
import org.iprhotline.hotline.text.Messages;

/**
 * Tells reporters who gave an e-mail address that their tip was received and, at each step an
 * agency takes, where it stands, in the language of their report, from the portal's text
 * catalogue. Each e-mail is queued in the transaction of its cause. The access code is never
 * written in an e-mail.
 */
@ApplicationScoped
public class ReporterMail {

    private final OutgoingEmail outgoing;
    private final Router router;
    private final DeadlineConfig deadlines;
    private final Messages english;
    private final Messages chinese;
    private final String casePage;

    ReporterMail(OutgoingEmail outgoing, Router router, DeadlineConfig deadlines, PublicAddress address,
            @Localized("en") Messages english, @Localized("zh") Messages chinese) {
        this.outgoing = outgoing;
        this.router = router;
        this.deadlines = deadlines;
        this.english = english;
        this.chinese = chinese;
        this.casePage = address.root() + "/cases";
    }

    void received(@Observes TipReceived tip) {
        Language language = language(tip.language());
        Messages messages = messages(language);
        String number = tip.trackingNumber().formatted();
        outgoing.queue(tip.email(), messages.mail_receipt_subject(number), messages.mail_receipt_body(number,
                agencies(language, tip.agencies()), deadlines.acceptWorkingDays(), casePage));
    }

    void statusChanged(@Observes TipStatusUpdates.Notice notice) {
        if (notice.email() == null) {
            return;
        }
        Language language = language(notice.language());
        Messages messages = messages(language);
        String number = notice.trackingNumber().formatted();
        String status = Labels.status(messages, notice.status());
        String outcome = notice.closing().filter(part -> part.outcome() != null)
                .map(part -> messages.mail_outcome(router.table().nameOf(part.agency(), language == Language.ZH),
                        Labels.outcome(messages, part.outcome())))
                .orElse("");
        String question = notice.asking().map(part -> messages.mail_question(
                router.table().nameOf(part.agency(), language == Language.ZH), part.question())).orElse("");
        outgoing.queue(notice.email(), messages.mail_status_subject(number, status),
                messages.mail_status_body(number, status, outcome, agencies(language, notice.agencies()), question,
                        casePage));
    }

    private String agencies(Language language, List<String> codes) {
        return Labels.agencies(router.table(), language, codes);
    }

    private static Language language(String tag) {
        return Language.ofTag(tag).orElse(Language.ZH);
    }

    private Messages messages(Language language) {
        return language == Language.ZH ? chinese : english;
    }
}
