package org.iprhotline.hotline.twilio;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import org.iprhotline.hotline.agency.DeadlineConfig;
import org.iprhotline.hotline.classify.RightType;
import org.iprhotline.hotline.region.Region;
import org.iprhotline.hotline.region.Regions;
import org.iprhotline.hotline.secrets.Secrets;
import org.iprhotline.hotline.text.Catalogue;
import org.iprhotline.hotline.tip.Channel;
import org.iprhotline.hotline.tip.Evidence;
import org.iprhotline.hotline.tip.IdempotencyConflictException;
import org.iprhotline.hotline.tip.Receipt;
import org.iprhotline.hotline.tip.Reporter;
import org.iprhotline.hotline.tip.TipIntake;
import org.iprhotline.hotline.tip.TipSubmission;
import org.iprhotline.hotline.tip.TrackingNumber;

/**
 * The state of each call and the tip it becomes. The caller is given a tracking number as soon as
 * the recording ends; the tip itself is made when the transcription is complete (before or after
 * that moment, in either order), or without one when Twilio offers none or it never comes.
 *
 * <p>Two transcriptions: an English call's recording is transcribed after the call (one callback
 * with the text); a Chinese call is transcribed while the caller speaks, one callback per
 * utterance and one when it stops, because Twilio's recording transcription knows only English.
 */
@ApplicationScoped
class CallFlow {

    private static final Logger LOG = Logger.getLogger(CallFlow.class);
    static final int MENU_ATTEMPTS = 3;
    /** Twilio transcribes recordings from 2 to 120 seconds long. */
    static final int SHORTEST_TRANSCRIBED = 2;
    static final int LONGEST_TRANSCRIBED = 120;

    private static final Map<String, RightType> MENU = Map.of(
            "1", RightType.PATENT, "2", RightType.TRADEMARK, "3", RightType.COPYRIGHT,
            "4", RightType.TRADE_SECRET, "5", RightType.PLANT_VARIETY, "0", RightType.NONE);
    private static final Map<String, List<String>> SPOKEN = Map.of(
            "1", List.of("patent", "专利"),
            "2", List.of("trademark", "trade mark", "brand", "商标", "品牌"),
            "3", List.of("copyright", "piracy", "版权", "盗版", "著作权"),
            "4", List.of("secret", "商业秘密", "秘密"),
            "5", List.of("plant", "seed", "variety", "植物", "种子", "品种"),
            "0", List.of("not sure", "don't know", "dont know", "unsure", "不知道", "不确定", "不清楚"),
            "9", List.of("english", "英语", "英文"));

    private final TipIntake intake;
    private final OutgoingSms outgoing;
    private final TwilioConfig.Voice config;
    private final Secrets secrets;
    private final EntityManager entityManager;
    private final DeadlineConfig deadlines;

    CallFlow(TipIntake intake, OutgoingSms outgoing, TwilioConfig config, Secrets secrets,
            EntityManager entityManager, DeadlineConfig deadlines) {
        this.secrets = secrets;
        this.deadlines = deadlines;
        this.entityManager = entityManager;
        this.intake = intake;
        this.outgoing = outgoing;
        this.config = config.voice();
    }

    /** What the caller chose from the menu, by key or by voice. */
    enum Choice { ENGLISH, RIGHT_TYPE, INVALID }

    /** What the caller answered to "where did it happen?": a province, a group of provinces, or nothing. */
    enum Place { PROVINCE, GROUP, SKIPPED }

    /**
     * The first answer to "where?": a province said, a group's key (1 to 6, the first digit of the
     * provinces' codes) or anything else, which skips the question; a call is never held up by it.
     */
    Place placeGroup(String callSid, String digits, String speech) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CallSession session = CallSession.findById(callSid, LockModeType.PESSIMISTIC_WRITE);
            session.updatedAt = Instant.now();
            Optional<Region> said = said(speech);
            if (said.isPresent()) {
                session.region = said.get().code();
                return Place.PROVINCE;
            }
            String key = digits == null || digits.isBlank() ? null : digits.trim().substring(0, 1);
            if (key != null && key.charAt(0) >= '1' && key.charAt(0) <= '6') {
                session.regionGroup = key.charAt(0) - '0';
                return Place.GROUP;
            }
            return Place.SKIPPED;
        });
    }

    /** The second answer: the province's key within its group, or a province said. */
    Place placeProvince(String callSid, String digits, String speech) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CallSession session = CallSession.findById(callSid, LockModeType.PESSIMISTIC_WRITE);
            session.updatedAt = Instant.now();
            Optional<Region> said = said(speech);
            List<Region> group = session.regionGroup == null ? List.of()
                    : Regions.get().provincesInGroup(session.regionGroup);
            int key = digits == null || digits.isBlank() ? -1 : digits.trim().charAt(0) - '0';
            Optional<Region> chosen = said.or(() -> key >= 1 && key <= group.size()
                    ? Optional.of(group.get(key - 1)) : Optional.empty());
            chosen.ifPresent(province -> session.region = province.code());
            return chosen.isPresent() ? Place.PROVINCE : Place.SKIPPED;
        });
    }

    private static Optional<Region> said(String speech) {
        return speech == null || speech.isBlank() ? Optional.empty() : Regions.get().provinceSaid(speech);
    }

    CallSession start(String callSid, String caller) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CallSession session = CallSession.findById(callSid);
            if (session == null) {
                session = new CallSession();
                session.callSid = callSid;
                session.caller = caller;
                session.language = "zh";
                session.createdAt = Instant.now();
                session.updatedAt = session.createdAt;
                session.persist();
            }
            return session;
        });
    }

    /** Applies a menu answer; the session tells what to say next. */
    Choice choose(String callSid, String caller, String digits, String speech) {
        start(callSid, caller);
        String key = keyOf(digits, speech);
        return QuarkusTransaction.requiringNew().call(() -> {
            CallSession session = CallSession.findById(callSid, LockModeType.PESSIMISTIC_WRITE);
            session.updatedAt = Instant.now();
            if ("9".equals(key)) {
                session.language = "en";
                session.menuAttempts = 0;
                return Choice.ENGLISH;
            }
            if (key != null && MENU.containsKey(key)) {
                RightType type = MENU.get(key);
                session.reportedRightType = type == RightType.NONE ? null : type.code();
                return Choice.RIGHT_TYPE;
            }
            session.menuAttempts++;
            return Choice.INVALID;
        });
    }

    /** The access code issued on this call, kept sealed in the session. */
    String accessCode(CallSession session) {
        return secrets.open(session.accessCode).orElse(session.accessCode);
    }

    Optional<CallSession> find(String callSid) {
        return QuarkusTransaction.requiringNew().call(() -> CallSession.<CallSession>findByIdOptional(callSid));
    }

    /**
     * The recording has ended: issue the tracking number (once per call) and make the tip if
     * nothing more is to come. Empty when nothing was recorded: no tip from an empty call.
     */
    Optional<CallSession> recorded(String callSid, String caller, String url, String recordingSid, Integer seconds) {
        if (url == null || url.isBlank() || seconds == null || seconds <= 0) {
            return Optional.empty();
        }
        start(callSid, caller);
        CallSession session = QuarkusTransaction.requiringNew().call(() -> {
            CallSession locked = CallSession.findById(callSid, LockModeType.PESSIMISTIC_WRITE);
            if (locked.trackingNumber != null) {
                return locked;
            }
            TipSubmission.Credentials credentials = TipSubmission.Credentials.issue();
            locked.trackingNumber = credentials.trackingNumber().value();
            locked.accessCode = secrets.seal(credentials.accessCode());
            locked.recordingUrl = url;
            locked.recordingSid = recordingSid;
            locked.recordingSeconds = seconds;
            locked.updatedAt = Instant.now();
            if (locked.caller != null && looksLikeMobile(locked.caller)) {
                // Queued with the number it tells, in one transaction: the caller gets it even after a restart.
                // A call is one report: later texts from the number are not added to it.
                outgoing.queue(locked.caller, HotlineTexts.receipt(locked.language, credentials.trackingNumber(),
                        credentials.accessCode(), deadlines.acceptWorkingDays(), Optional.empty()));
            }
            return locked;
        });
        if (session.transcriptionStatus != null || !transcribable(seconds)) {
            makeTip(callSid);
        }
        return Optional.of(session);
    }

    /**
     * One utterance of a Chinese call's live transcription, numbered by Twilio; a retried callback
     * finds its part stored and changes nothing.
     */
    void transcribedPart(String callSid, int sequence, String text) {
        start(callSid, null);
        QuarkusTransaction.requiringNew().run(() -> {
            int stored = entityManager.createNativeQuery("""
                    insert into call_transcript_part (call_sid, sequence_id, text, received_at) values (?1, ?2, ?3, ?4)
                    on conflict do nothing""").setParameter(1, callSid).setParameter(2, sequence)
                    .setParameter(3, text).setParameter(4, Instant.now()).executeUpdate();
            CallSession session = CallSession.findById(callSid);
            if (stored == 1 && session.tipId != null) {
                LOG.warnf("call %s: an utterance arrived after its tip was made; it is kept with the call only", callSid);
            }
        });
    }

    /**
     * The live transcription has stopped (the recording ended, or the caller hung up) or failed:
     * the utterances received so far are the call's text; make the tip if the number was issued.
     */
    void liveTranscriptionEnded(String callSid, boolean failed) {
        start(callSid, null);
        QuarkusTransaction.requiringNew().run(() -> {
            CallSession session = CallSession.findById(callSid, LockModeType.PESSIMISTIC_WRITE);
            if (session.transcriptionStatus == null) {
                session.transcriptionStatus = failed ? "failed" : "completed";
                session.updatedAt = Instant.now();
            }
        });
        makeTip(callSid);
    }

    /** The transcription has arrived: keep it, and make the tip if the number was already issued. */
    void transcribed(String callSid, String status, String text) {
        start(callSid, null);
        QuarkusTransaction.requiringNew().run(() -> {
            CallSession session = CallSession.findById(callSid, LockModeType.PESSIMISTIC_WRITE);
            // Twilio sends "completed" or "failed"; anything else is a failure too.
            session.transcriptionStatus = "completed".equalsIgnoreCase(status) ? "completed" : "failed";
            session.transcription = text;
            session.updatedAt = Instant.now();
        });
        makeTip(callSid);
    }

    /**
     * Recordings whose transcription never came still become tips, for triage; calls whose tip
     * could not be stored when the transcription came (the database away, intake overloaded) are
     * tried again, every run, until it is: the caller has heard their tracking number.
     */
    @Scheduled(identity = "overdue-call-tips", every = "${ipr.jobs.call-tips-every:30s}", delayed = "${ipr.jobs.call-tips-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void makeOverdueTips() {
        Instant cutoff = Instant.now().minus(config.transcriptionWait());
        List<String> waiting = QuarkusTransaction.requiringNew().call(() -> CallSession.<CallSession>find(
                "tipId is null and trackingNumber is not null and (transcriptionStatus is not null or updatedAt < ?1)",
                cutoff)
                .list().stream().map(session -> session.callSid).toList());
        for (String callSid : waiting) {
            try {
                makeTip(callSid);
            } catch (RuntimeException e) {
                LOG.warnf("the tip of call %s is not stored yet, trying again next run: %s", callSid, e.getMessage());
            }
        }
    }

    /** Makes the call's tip once; a no-op when the number is not issued yet or the tip exists. */
    void makeTip(String callSid) {
        QuarkusTransaction.requiringNew().run(() -> {
            CallSession session = CallSession.findById(callSid, LockModeType.PESSIMISTIC_WRITE);
            if (session == null || session.tipId != null || session.trackingNumber == null) {
                return;
            }
            Optional<String> transcript = transcript(session);
            boolean transcribed = transcript.isPresent();
            String text = transcript.orElse(Catalogue.in(session.language).ivr_recording_without_text());
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(Evidence.recording(session.recordingUrl, session.recordingSid, session.recordingSeconds));
            TipSubmission submission = new TipSubmission(Channel.VOICE, text,
                    new Reporter(null, null, session.caller, null), false,
                    Optional.ofNullable(session.reportedRightType).flatMap(RightType::fromCode), evidence,
                    Optional.of(new TipSubmission.Credentials(
                            new TrackingNumber(session.trackingNumber), accessCode(session))),
                    !transcribed, Regions.get().find(session.region));
            try {
                Receipt receipt = intake.submit(submission, "twilio-call:" + callSid);
                session.tipId = receipt.tipId();
            } catch (IdempotencyConflictException e) {
                LOG.warnf("call %s already made a tip with other content", callSid);
            }
            session.updatedAt = Instant.now();
        });
    }

    /**
     * The call's text: the recording's transcription, or else the live transcription's utterances
     * in order (also when its end never came, so a tip made by the job keeps what was heard).
     */
    private Optional<String> transcript(CallSession session) {
        if ("completed".equals(session.transcriptionStatus) && session.transcription != null
                && !session.transcription.isBlank()) {
            return Optional.of(session.transcription);
        }
        @SuppressWarnings("unchecked")
        List<String> parts = entityManager.createNativeQuery(
                "select text from call_transcript_part where call_sid = ?1 order by sequence_id")
                .setParameter(1, session.callSid).getResultList();
        String joined = String.join(" ", parts).strip();
        return joined.isEmpty() ? Optional.empty()
                : Optional.of(joined.length() <= TwilioFields.MAX_LENGTH ? joined : joined.substring(0, TwilioFields.MAX_LENGTH));
    }

    private boolean transcribable(int seconds) {
        return seconds >= SHORTEST_TRANSCRIBED && seconds <= Math.min(LONGEST_TRANSCRIBED, config.maxRecordingSeconds());
    }

    private static String keyOf(String digits, String speech) {
        if (digits != null && !digits.isBlank()) {
            return digits.trim().substring(0, 1);
        }
        if (speech == null || speech.isBlank()) {
            return null;
        }
        String said = speech.toLowerCase(Locale.ROOT);
        for (char c : said.toCharArray()) {
            if (Character.isDigit(c)) {
                return String.valueOf(c);
            }
        }
        return SPOKEN.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(said::contains))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    /** Mainland mobile numbers, and any other full international number (Twilio refuses landlines itself). */
    private static boolean looksLikeMobile(String caller) {
        if (!caller.startsWith("+") || !caller.chars().skip(1).allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        String digits = caller.substring(1);
        if (digits.startsWith("86")) {
            return digits.length() == 13 && digits.charAt(2) == '1' && digits.charAt(3) >= '3';
        }
        return digits.length() >= 8 && digits.length() <= 15;
    }
}
