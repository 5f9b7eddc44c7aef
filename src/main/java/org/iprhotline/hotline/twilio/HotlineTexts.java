package org.iprhotline.hotline.twilio;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.iprhotline.hotline.text.Catalogue;
import org.iprhotline.hotline.text.Labels;
import org.iprhotline.hotline.text.Language;
import org.iprhotline.hotline.text.Messages;
import org.iprhotline.hotline.tip.CaseOutcome;
import org.iprhotline.hotline.tip.TipStatus;
import org.iprhotline.hotline.tip.TrackingNumber;

/**
 * What the hotline says by text message, in the reporter's language, from the one text catalogue
 * ({@link Messages}): the words of statuses and outcomes are those the portal shows.
 */
final class HotlineTexts {

    private HotlineTexts() {
    }

    static boolean chinese(String language) {
        return Language.ofTag(language).orElse(Language.EN) == Language.ZH;
    }

    /**
     * The receipt, with the numbers configuration gives: the agencies' acceptance deadline in
     * working days and, for a report by text, how long further texts are added to it.
     */
    static String receipt(String language, TrackingNumber number, String accessCode, int acceptWorkingDays,
            Optional<Duration> mergeWindow) {
        Messages messages = Catalogue.in(language);
        return mergeWindow.map(window -> messages.sms_receipt_merging(number.formatted(), accessCode,
                acceptWorkingDays, Math.max(1, window.toMinutes())))
                .orElseGet(() -> messages.sms_receipt(number.formatted(), accessCode, acceptWorkingDays));
    }

    static String added(String language, TrackingNumber number) {
        return Catalogue.in(language).sms_added(number.formatted());
    }

    static String answered(String language, TrackingNumber number) {
        return Catalogue.in(language).sms_answered(number.formatted());
    }

    /** An agency's question; the reporter answers by texting back. */
    static String question(String language, TrackingNumber number, String agency, String question) {
        return Catalogue.in(language).sms_question(number.formatted(), agency, question);
    }

    /** Where a tip stands; {@code agencies} are the names of the agencies holding it, in the text's language. */
    static String status(String language, TrackingNumber number, TipStatus status, List<String> agencies) {
        Messages messages = Catalogue.in(language);
        return messages.sms_status(number.formatted(), Labels.status(messages, status), join(language, agencies));
    }

    /**
     * One agency closed its part: what its work came to, and whether the report is closed or the
     * others still have it. Without an outcome (public security refused a referral) the step's name
     * stands for it.
     */
    static String closedPart(String language, TrackingNumber number, String agency, CaseOutcome outcome,
            TipStatus status, List<String> agencies) {
        Messages messages = Catalogue.in(language);
        String result = outcome == null ? Labels.status(messages, TipStatus.REFERRAL_REFUSED)
                : Labels.outcome(messages, outcome);
        return status == TipStatus.CLOSED ? messages.sms_closed_all(number.formatted(), agency, result)
                : messages.sms_closed_others(number.formatted(), agency, result, join(language, agencies));
    }

    static String notFound(String language) {
        return Catalogue.in(language).sms_not_found();
    }

    static String busy(String language) {
        return Catalogue.in(language).sms_busy();
    }

    static String tooManyTexts(String language) {
        return Catalogue.in(language).sms_too_many();
    }

    static String locked(String language) {
        return Catalogue.in(language).sms_locked();
    }

    static String help(String language) {
        return Catalogue.in(language).sms_help();
    }

    private static String join(String language, List<String> names) {
        return String.join(chinese(language) ? "、" : ", ", names);
    }
}
