package org.iprhotline.hotline.twilio;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.iprhotline.hotline.agency.DeadlineConfig;
import org.iprhotline.hotline.classify.LanguageDetector;
import org.iprhotline.hotline.limits.RateLimit;
import org.iprhotline.hotline.limits.RateLimits;
import org.iprhotline.hotline.routing.Router;
import org.iprhotline.hotline.secrets.Secrets;
import org.iprhotline.hotline.tip.Channel;
import org.iprhotline.hotline.tip.Receipt;
import org.iprhotline.hotline.tip.Reporter;
import org.iprhotline.hotline.tip.TipAdditions;
import org.iprhotline.hotline.tip.TipIntake;
import org.iprhotline.hotline.tip.TipLookup;
import org.iprhotline.hotline.tip.TipProgress;
import org.iprhotline.hotline.tip.TipReplies;
import org.iprhotline.hotline.tip.TipSubmission;

/**
 * What a text message means: a keyword (STATUS, HELP, STOP, START), the answer to an agency's
 * question about the sender's report, the start of a report, or more of a report begun a few
 * minutes earlier from the same number. Each MessageSid is handled
 * once; a redelivery gets the first answer again.
 */
@ApplicationScoped
class SmsConversations {

    private static final Pattern STATUS = Pattern.compile("^\\s*(?:status|查询)\\s+([0-9a-z\\- ]{12,20}?)\\s+(\\d{6,10})\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HELP = Pattern.compile("^\\s*(?:help|info|帮助|\\?|？)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final List<String> STOP_WORDS = List.of("stop", "stopall", "unsubscribe", "cancel", "end", "quit", "退订");
    private static final List<String> START_WORDS = List.of("start", "unstop", "yes");

    private final TipIntake intake;
    private final TipAdditions additions;
    private final TipReplies replies;
    private final TipLookup lookup;
    private final SmsOptOuts optOuts;
    private final EntityManager entityManager;
    private final TwilioConfig.Sms config;
    private final Secrets secrets;
    private final RateLimits limits;
    private final Router router;
    private final DeadlineConfig deadlines;

    SmsConversations(TipIntake intake, TipAdditions additions, TipReplies replies, TipLookup lookup,
            SmsOptOuts optOuts, EntityManager entityManager, TwilioConfig config, Secrets secrets, RateLimits limits,
            Router router, DeadlineConfig deadlines) {
        this.router = router;
        this.deadlines = deadlines;
        this.replies = replies;
        this.secrets = secrets;
        this.limits = limits;
        this.intake = intake;
        this.additions = additions;
        this.lookup = lookup;
        this.optOuts = optOuts;
        this.entityManager = entityManager;
        this.config = config.sms();
    }

    /** The reply to send back, or an empty reply when Twilio answers for us (STOP, START). */
    String receive(InboundSms sms) {
        Optional<String> earlier = earlierReply(sms.messageSid());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String body = sms.body() == null ? "" : sms.body().strip();
        String word = body.toLowerCase(Locale.ROOT);
        String language = LanguageDetector.detect(body);
        RateLimits.Decision allowed = limits.tryNumber(RateLimit.SMS, sms.from());
        if (!allowed.allowed()) {
            // One answer per window: every reply is a message sent, and paid for, to that number.
            return allowed.firstRefusal() ? HotlineTexts.tooManyTexts(language) : "";
        }
        String reply;
        UUID tipId = null;
        if (STOP_WORDS.contains(word)) {
            optOuts.optOut(sms.from());
            reply = "";
        } else if (START_WORDS.contains(word)) {
            optOuts.optIn(sms.from());
            reply = "";
        } else if (HELP.matcher(body).matches()) {
            reply = HotlineTexts.help(body.contains("帮助") ? "zh" : language);
        } else if (STATUS.matcher(body).matches()) {
            reply = status(body);
        } else if (body.isEmpty() && sms.media().isEmpty()) {
            reply = HotlineTexts.help(language);
        } else {
            Optional<String> joined = joinOpenTip(sms, language);
            if (joined.isPresent()) {
                return joined.get();
            }
            Receipt receipt = intake.submit(new TipSubmission(Channel.SMS, body.isEmpty() ? "(picture message)" : body,
                    new Reporter(null, null, sms.from(), null), false, Optional.empty(), sms.media(), Optional.empty(), false),
                    "twilio-sms:" + sms.messageSid());
            tipId = receipt.tipId();
            reply = HotlineTexts.receipt(language, receipt.trackingNumber(), receipt.accessCode(),
                    deadlines.acceptWorkingDays(), Optional.of(config.mergeWindow()));
        }
        UUID handledTip = tipId;
        QuarkusTransaction.requiringNew().run(() -> remember(sms.messageSid(), handledTip, reply));
        return reply;
    }

    /**
     * The reply when the text answers an agency's question about the sender's open tip, or goes on
     * with a report texted a few minutes earlier; empty when it does neither. A tip the desk closed
     * after it was looked up takes nothing: the text then becomes a new report, never one that
     * nobody reads.
     */
    private Optional<String> joinOpenTip(InboundSms sms, String language) {
        Optional<UUID> asked = replies.awaitingAnswerFrom(sms.from());
        if (asked.isPresent()) {
            Optional<String> answered = addOnce(sms, asked.get(), (tipId, text) -> replies
                    .replyByText(tipId, text, sms.media()).map(number -> HotlineTexts.answered(language, number)));
            if (answered.isPresent()) {
                return answered;
            }
        }
        return lastTextedAbout(sms.from(), Instant.now().minus(config.mergeWindow()))
                .flatMap(recent -> addOnce(sms, recent, (tipId, text) -> additions
                        .append(tipId, text, sms.media()).map(number -> HotlineTexts.added(language, number))));
    }

    /**
     * Adds the text to the tip once per MessageSid, in one transaction with the MessageSid's record;
     * a redelivery gets the first reply. When {@code add} finds the tip closed, the transaction is
     * rolled back, MessageSid record included, and the result is empty.
     */
    private Optional<String> addOnce(InboundSms sms, UUID tipId, BiFunction<UUID, String, Optional<String>> add) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (!remember(sms.messageSid(), tipId, null)) {
                    return Optional.of(earlierReply(sms.messageSid()).orElse(""));
                }
                String text = sms.body().isBlank() ? "(picture message)" : sms.body().strip();
                String reply = add.apply(tipId, text).orElseThrow(ClosedMeanwhile::new);
                entityManager.createNativeQuery("update sms_message set reply = ?1 where message_sid = ?2")
                        .setParameter(1, secrets.seal(reply)).setParameter(2, sms.messageSid()).executeUpdate();
                return Optional.of(reply);
            });
        } catch (ClosedMeanwhile closed) {
            return Optional.empty();
        }
    }

    /** Rolls back {@link #addOnce}'s transaction: the tip was closed after it was looked up. */
    private static final class ClosedMeanwhile extends RuntimeException {
        ClosedMeanwhile() {
            super("the tip was closed after it was looked up", null, false, false);
        }
    }

    private String status(String body) {
        Matcher matcher = STATUS.matcher(body);
        matcher.matches();
        String language = body.contains("查询") ? "zh" : "en";
        TipLookup.Result result = lookup.forReporter(matcher.group(1), matcher.group(2));
        if (result instanceof TipLookup.Found found) {
            TipProgress progress = found.progress();
            return HotlineTexts.status(language, progress.trackingNumber(), progress.status(), progress.agencies()
                    .stream().map(code -> router.table().nameOf(code, HotlineTexts.chinese(language))).toList());
        }
        return result instanceof TipLookup.Locked ? HotlineTexts.locked(language) : HotlineTexts.notFound(language);
    }

    private Optional<String> earlierReply(String messageSid) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select reply from sms_message where message_sid = ?1 and reply is not null",
                        String.class)
                .setParameter(1, messageSid).getResultStream().findFirst()
                .map(stored -> secrets.open((String) stored).orElse((String) stored)));
    }

    /**
     * The tip this number made or added to by a text after {@code since}. The window runs from the
     * reporter's own last text: a thank-you sent after an agency's step, when the report is long
     * finished, is a new message, not more of the old tip.
     */
    private Optional<UUID> lastTextedAbout(String phone, Instant since) {
        List<UUID> touched = additions.smsTipsTouchedSince(phone, since);
        if (touched.isEmpty()) {
            return Optional.empty();
        }
        return entityManager.createNativeQuery("""
                select tip_id from sms_message where tip_id in (?1) and received_at > ?2
                 order by received_at desc limit 1""", UUID.class)
                .setParameter(1, touched).setParameter(2, since).getResultStream().findFirst();
    }

    /** Records the MessageSid; false when it was already recorded (a redelivery). */
    private boolean remember(String messageSid, UUID tipId, String reply) {
        return entityManager.createNativeQuery("""
                insert into sms_message (message_sid, tip_id, reply, received_at) values (?1, ?2, ?3, ?4)
                on conflict (message_sid) do nothing""")
                .setParameter(1, messageSid).setParameter(2, tipId).setParameter(3, reply == null ? null : secrets.seal(reply))
                .setParameter(4, Instant.now()).executeUpdate() == 1;
    }
}
