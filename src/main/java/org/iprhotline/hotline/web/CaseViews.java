package org.iprhotline.hotline.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.iprhotline.hotline.agency.DeadlineConfig;
import org.iprhotline.hotline.routing.Router;
import org.iprhotline.hotline.text.Labels;
import org.iprhotline.hotline.text.Language;
import org.iprhotline.hotline.text.Messages;
import org.iprhotline.hotline.tip.TipProgress;
import org.iprhotline.hotline.tip.TipStatus;

/**
 * A tip's progress in words, in the page's language: its history, where each holding agency stands
 * and the reporter's replies. The reporter's case page and the staff screens show the same.
 */
@ApplicationScoped
public class CaseViews {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A tip's progress as the reporter sees it. */
    public record CaseView(String trackingNumber, String status, String rightType, String agencies,
            String receivedAt, List<Step> history, List<Part> byAgency, List<SentReply> replies, boolean open) {

        /** Whether an agency waits for the reporter's answer. */
        public boolean asked() {
            return byAgency.stream().anyMatch(part -> part.question() != null);
        }
    }

    /**
     * One holding agency's part: where it stands, once it has closed what its work came to, and
     * while it waits for the reporter the question it asked.
     */
    public record Part(String agency, String status, String outcome, String question, boolean answered) {
    }

    public record Step(String when, String what, String agency, String note) {
    }

    public record SentReply(String when, String text) {
    }

    private final Router router;
    private final DeadlineConfig deadlines;

    CaseViews(Router router, DeadlineConfig deadlines) {
        this.router = router;
        this.deadlines = deadlines;
    }

    CaseView of(Language language, Messages messages, TipProgress progress) {
        List<Step> steps = progress.history().stream().map(step -> new Step(when(step.at()),
                step.outcome() == null ? Labels.status(messages, step.status())
                        : Labels.status(messages, step.status()) + (language == Language.ZH ? "：" : ": ")
                                + Labels.outcome(messages, step.outcome()),
                step.agency() == null ? "" : agencies(language, step.agency()),
                step.note() == null ? "" : step.note())).toList();
        List<Part> parts = progress.standings().stream().map(standing -> new Part(
                Labels.agency(router.table(), language, standing.agency()), Labels.status(messages, standing.status()),
                standing.outcome() == null ? "" : Labels.outcome(messages, standing.outcome()), standing.question(),
                standing.question() != null && progress.replies().stream()
                        .anyMatch(reply -> !reply.at().isBefore(standing.since())))).toList();
        List<SentReply> sent = progress.replies().stream().map(reply -> new SentReply(when(reply.at()), reply.text()))
                .toList();
        return new CaseView(progress.trackingNumber().formatted(), Labels.status(messages, progress.status()),
                Labels.rightType(messages, progress.rightType()),
                Labels.agencies(router.table(), language, progress.agencies()), when(progress.receivedAt()), steps,
                parts, sent, progress.status() != TipStatus.CLOSED);
    }

    /** A moment as pages show it: minutes, in the deadlines' time zone. */
    String when(Instant at) {
        return WHEN.format(at.atZone(zone()));
    }

    private ZoneId zone() {
        return deadlines.zone();
    }

    /** A step's agencies: "SAMR,MPS" when routed, "SAMR -> CNIPA" for a transfer or a referral. */
    private String agencies(Language language, String step) {
        int arrow = step.indexOf(" -> ");
        if (arrow >= 0) {
            return Labels.agency(router.table(), language, step.substring(0, arrow).strip()) + " → "
                    + Labels.agency(router.table(), language, step.substring(arrow + 4).strip());
        }
        return Labels.agencies(router.table(), language, Arrays.stream(step.split(",")).map(String::strip).toList());
    }
}
