package org.iprhotline.hotline.twilio;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Pause;
import com.twilio.twiml.voice.Record;
import com.twilio.twiml.voice.Redirect;
import com.twilio.twiml.voice.Say;
import com.twilio.twiml.voice.Start;
import com.twilio.twiml.voice.Stop;
import com.twilio.twiml.voice.Transcription;

import org.iprhotline.hotline.PublicAddress;
import org.iprhotline.hotline.limits.RateLimit;
import org.iprhotline.hotline.limits.RateLimits;
import org.iprhotline.hotline.region.Region;
import org.iprhotline.hotline.region.Regions;
import org.iprhotline.hotline.text.Catalogue;
import org.iprhotline.hotline.text.Language;
import org.iprhotline.hotline.text.Messages;
import org.iprhotline.hotline.tip.UserText;

/**
 * The hotline's phone menu, one method per step of the call: greeting and right-type menu
 * (Chinese first, English on 9), where it happened (group of provinces, then province), the
 * recorded description, the tracking number read out, and Twilio's transcription callbacks.
 * Every step checks Twilio's signature first.
 *
 * <p>The description is always recorded (the recording is evidence). Twilio's transcription of a
 * recording is documented for English only, so a Chinese caller's description is transcribed
 * while they speak instead: {@code <Start><Transcription languageCode="zh-CN">} on the caller's
 * track, stopped when the recording ends, each final utterance posted to {@code /live-transcription}.
 */
@Path("/twilio/voice")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces(MediaType.APPLICATION_XML)
public class VoiceWebhook {

    /** The live transcription's name in the call, by which the recording's end stops it. */
    private static final String DESCRIPTION = "description";

    private final TwilioSignature signature;
    private final CallFlow calls;
    private final TwilioConfig.Voice config;
    private final RateLimits limits;
    private final String liveTranscriptionCallback;
    private final ObjectMapper json;

    VoiceWebhook(TwilioSignature signature, CallFlow calls, TwilioConfig config, RateLimits limits,
            PublicAddress address, ObjectMapper json) {
        this.limits = limits;
        this.json = json;
        // Twilio takes only an absolute URL here (a relative one is its error 17585).
        this.liveTranscriptionCallback = address.root() + "/twilio/voice/live-transcription";
        this.signature = signature;
        this.calls = calls;
        this.config = config.voice();
    }

    /** A call comes in: greet in Chinese, offer English, ask which right is infringed. */
    @POST
    public String incoming(@Context UriInfo uri, @HeaderParam("X-Twilio-Signature") String twilioSignature,
            MultivaluedMap<String, String> form) {
        signature.verify(uri, twilioSignature, form);
        String caller = TwilioFields.address(form, "From");
        if (!limits.tryNumber(RateLimit.CALLS, caller).allowed()) {
            return new VoiceResponse.Builder()
                    .say(new Say.Builder(Catalogue.in(Language.ZH).ivr_too_often()).language(Say.Language.CMN_CN)
                            .build())
                    .say(new Say.Builder(Catalogue.in(Language.EN).ivr_too_often()).language(Say.Language.EN_US)
                            .build())
                    .hangup(new Hangup.Builder().build()).build().toXml();
        }
        CallSession session = calls.start(callSid(form), caller);
        return menu(session, true).toXml();
    }

    /** The caller pressed a key or said something at the menu. */
    @POST
    @Path("/menu")
    public String menuChoice(@Context UriInfo uri, @HeaderParam("X-Twilio-Signature") String twilioSignature,
            MultivaluedMap<String, String> form) {
        signature.verify(uri, twilioSignature, form);
        String callSid = callSid(form);
        CallFlow.Choice choice = calls.choose(callSid, TwilioFields.address(form, "From"),
                TwilioFields.of(form, "Digits"), TwilioFields.of(form, "SpeechResult"));
        CallSession session = calls.find(callSid).orElseThrow();
        return switch (choice) {
            case ENGLISH -> menu(session, false).toXml();
            case RIGHT_TYPE -> placeQuestion(session).toXml();
            case INVALID -> session.menuAttempts < CallFlow.MENU_ATTEMPTS
                    ? new VoiceResponse.Builder().say(say(session, Messages::ivr_not_heard))
                            .gather(menuGather(session, false)).redirect(toMenu()).build().toXml()
                    : goodbye(session, Messages::ivr_no_choice)
                            .toXml();
        };
    }

    /** Where it happened, first answer: a group of provinces by key, or a province said. */
    @POST
    @Path("/place")
    public String place(@Context UriInfo uri, @HeaderParam("X-Twilio-Signature") String twilioSignature,
            MultivaluedMap<String, String> form) {
        signature.verify(uri, twilioSignature, form);
        String callSid = callSid(form);
        calls.find(callSid).orElseThrow(() -> new BadRequestException("No call with this CallSid is under way."));
        CallFlow.Place place = calls.placeGroup(callSid, TwilioFields.of(form, "Digits"),
                TwilioFields.of(form, "SpeechResult"));
        CallSession session = calls.find(callSid).orElseThrow();
        return (place == CallFlow.Place.GROUP ? provinceQuestion(session) : recordDescription(session)).toXml();
    }

    /** Where it happened, second answer: the province by its key within the group. */
    @POST
    @Path("/province")
    public String province(@Context UriInfo uri, @HeaderParam("X-Twilio-Signature") String twilioSignature,
            MultivaluedMap<String, String> form) {
        signature.verify(uri, twilioSignature, form);
        String callSid = callSid(form);
        calls.find(callSid).orElseThrow(() -> new BadRequestException("No call with this CallSid is under way."));
        calls.placeProvince(callSid, TwilioFields.of(form, "Digits"), TwilioFields.of(form, "SpeechResult"));
        return recordDescription(calls.find(callSid).orElseThrow()).toXml();
    }

    /** The recording has ended: read the tracking number out, slowly, with a key to hear it again. */
    @POST
    @Path("/recorded")
    public String recorded(@Context UriInfo uri, @HeaderParam("X-Twilio-Signature") String twilioSignature,
            MultivaluedMap<String, String> form) {
        signature.verify(uri, twilioSignature, form);
        String callSid = callSid(form);
        Optional<CallSession> session = calls.recorded(callSid, TwilioFields.address(form, "From"),
                TwilioFields.of(form, "RecordingUrl"), TwilioFields.optionalSid(form, "RecordingSid"),
                seconds(TwilioFields.of(form, "RecordingDuration")));
        if (session.isEmpty()) {
            CallSession call = calls.start(callSid, TwilioFields.address(form, "From"));
            return goodbye(call, Messages::ivr_nothing_recorded).toXml();
        }
        return readNumber(session.get()).toXml();
    }

    /**
     * Twilio's real-time transcription of a Chinese caller: {@code transcription-content} carries
     * one utterance ({@code TranscriptionData} is JSON with its {@code transcript}), numbered by
     * {@code SequenceId}; {@code transcription-stopped} or {@code -error} ends it. Partial results
     * are not asked for, and any that come ({@code Final=false}) are ignored.
     */
    @POST
    @Path("/live-transcription")
    public String liveTranscription(@Context UriInfo uri, @HeaderParam("X-Twilio-Signature") String twilioSignature,
            MultivaluedMap<String, String> form) {
        signature.verify(uri, twilioSignature, form);
        String callSid = callSid(form);
        String event = String.valueOf(form.getFirst("TranscriptionEvent"));
        switch (event) {
            case "transcription-content" -> {
                if (!"false".equalsIgnoreCase(form.getFirst("Final"))) {
                    String said = transcript(TwilioFields.of(form, "TranscriptionData"));
                    if (!said.isBlank()) {
                        calls.transcribedPart(callSid, sequence(form), said);
                    }
                }
            }
            case "transcription-stopped" -> calls.liveTranscriptionEnded(callSid, false);
            case "transcription-error" -> calls.liveTranscriptionEnded(callSid, true);
            default -> {
                // transcription-started, and events Twilio may add later: nothing to keep.
            }
        }
        return new VoiceResponse.Builder().build().toXml();
    }

    /** After the number was read: 1 hears it again, anything else ends the call. */
    @POST
    @Path("/number")
    public String number(@Context UriInfo uri, @HeaderParam("X-Twilio-Signature") String twilioSignature,
            MultivaluedMap<String, String> form) {
        signature.verify(uri, twilioSignature, form);
        CallSession session = calls.find(callSid(form)).filter(call -> call.trackingNumber != null)
                .orElseThrow(() -> new BadRequestException("No tracking number was issued on this call."));
        if ("1".equals(TwilioFields.of(form, "Digits"))) {
            return readNumber(session).toXml();
        }
        return goodbye(session, Messages::ivr_thanks).toXml();
    }

    /** Twilio's transcription of the recording; it may come before or after the recording step. */
    @POST
    @Path("/transcription")
    public String transcription(@Context UriInfo uri, @HeaderParam("X-Twilio-Signature") String twilioSignature,
            MultivaluedMap<String, String> form) {
        signature.verify(uri, twilioSignature, form);
        calls.transcribed(callSid(form), TwilioFields.of(form, "TranscriptionStatus"),
                TwilioFields.of(form, "TranscriptionText"));
        return new VoiceResponse.Builder().build().toXml();
    }

    private VoiceResponse menu(CallSession session, boolean greeting) {
        VoiceResponse.Builder response = new VoiceResponse.Builder();
        if (greeting) {
            response.say(say(session, Messages::ivr_welcome));
        }
        return response.gather(menuGather(session, greeting)).redirect(toMenu()).build();
    }

    private Gather menuGather(CallSession session, boolean offerEnglish) {
        Gather.Builder gather = keyOrSpeech(session, "/twilio/voice/menu", 6)
                .hints(session.chinese() ? "专利,商标,版权,商业秘密,植物品种,不确定,英语"
                        : "patent,trademark,copyright,trade secret,plant variety,not sure");
        if (offerEnglish && session.chinese()) {
            gather.say(new Say.Builder(Catalogue.in(Language.EN).ivr_for_english()).language(Say.Language.EN_US)
                    .build());
        }
        gather.say(say(session,
                Messages::ivr_right_menu));
        return gather.build();
    }

    /**
     * "Where did it happen?" by the six groups of GB/T 2260 (the first digit of a province's code),
     * or the province said; silence or 0 goes on to the description. A call with no answer here is
     * routed by the places its description names, or to the national topics.
     */
    private VoiceResponse placeQuestion(CallSession session) {
        Gather gather = keyOrSpeech(session, "/twilio/voice/place", 5)
                .hints(String.join(",", Regions.get().provinces().stream()
                        .map(province -> session.chinese() ? province.nameZh() : province.nameEn()).toList()))
                .say(say(session,
                        Messages::ivr_place))
                .build();
        return new VoiceResponse.Builder().gather(gather).redirect(new Redirect.Builder("/twilio/voice/place").build())
                .build();
    }

    /** The provinces of the chosen group, one key each, in code order. */
    private VoiceResponse provinceQuestion(CallSession session) {
        List<Region> group = Regions.get().provincesInGroup(session.regionGroup);
        Messages messages = Catalogue.in(session.language);
        StringBuilder prompt = new StringBuilder(messages.ivr_province_intro());
        for (int i = 0; i < group.size(); i++) {
            Region province = group.get(i);
            prompt.append(session.chinese() ? "" : " ")
                    .append(messages.ivr_province_key(session.chinese() ? province.nameZh() : province.nameEn(), i + 1));
        }
        prompt.append(session.chinese() ? "" : " ").append(messages.ivr_province_not_sure());
        Gather gather = keyOrSpeech(session, "/twilio/voice/province", 5)
                .say(session.chinese() ? new Say.Builder(prompt.toString()).language(Say.Language.CMN_CN).build()
                        : new Say.Builder(prompt.toString()).language(Say.Language.EN_US).build())
                .build();
        return new VoiceResponse.Builder().gather(gather)
                .redirect(new Redirect.Builder("/twilio/voice/province").build()).build();
    }

    /** A question answered by one key or by voice, in the call's language, posted to {@code action}. */
    private static Gather.Builder keyOrSpeech(CallSession session, String action, int timeoutSeconds) {
        return new Gather.Builder()
                .inputs(List.of(Gather.Input.DTMF, Gather.Input.SPEECH))
                .numDigits(1)
                .timeout(timeoutSeconds)
                .action(action)
                .language(session.chinese() ? Gather.Language.CMN_HANS_CN : Gather.Language.EN_US);
    }

    private VoiceResponse recordDescription(CallSession session) {
        VoiceResponse.Builder response = new VoiceResponse.Builder();
        Record.Builder record = new Record.Builder()
                .action("/twilio/voice/recorded")
                .maxLength(config.maxRecordingSeconds())
                .finishOnKey("#")
                .playBeep(true);
        if (session.chinese()) {
            response.start(new Start.Builder().transcription(new Transcription.Builder()
                    .name(DESCRIPTION)
                    .track(Transcription.Track.INBOUND_TRACK)
                    .languageCode("zh-CN")
                    .partialResults(false)
                    .enableAutomaticPunctuation(true)
                    .hints("知识产权,专利,商标,版权,著作权,商业秘密,植物新品种,假冒,盗版,侵权,仿冒,山寨,淘宝,拼多多,抖音,京东")
                    .statusCallbackUrl(liveTranscriptionCallback)
                    .build()).build());
            record.transcribe(false);
        } else {
            record.transcribe(true).transcribeCallback("/twilio/voice/transcription");
        }
        return response
                .say(say(session, Messages::ivr_describe))
                .record(record.build())
                .say(say(session, Messages::ivr_no_description))
                .hangup(new Hangup.Builder().build())
                .build();
    }

    private VoiceResponse readNumber(CallSession session) {
        String number = spaced(session.trackingNumber);
        String code = spaced(calls.accessCode(session));
        VoiceResponse.Builder response = new VoiceResponse.Builder();
        if (session.chinese()) {
            // The description is over: what follows (the number read out, the caller repeating it) is not part of it.
            response.stop(new Stop.Builder().transcription(new Transcription.Builder().name(DESCRIPTION).build()).build());
        }
        return response
                .say(say(session, Messages::ivr_received))
                .pause(new Pause.Builder().length(1).build())
                .say(slow(session, number))
                .pause(new Pause.Builder().length(1).build())
                .say(say(session, Messages::ivr_access_code))
                .say(slow(session, code))
                .gather(new Gather.Builder().inputs(Gather.Input.DTMF).numDigits(1).timeout(5)
                        .action("/twilio/voice/number")
                        .say(say(session, Messages::ivr_repeat))
                        .build())
                .say(say(session, Messages::ivr_thanks))
                .hangup(new Hangup.Builder().build())
                .build();
    }

    private VoiceResponse goodbye(CallSession session, Function<Messages, String> words) {
        return new VoiceResponse.Builder().say(say(session, words)).hangup(new Hangup.Builder().build()).build();
    }

    /** Words of the catalogue, said in the call's language. */
    private static Say say(CallSession session, Function<Messages, String> words) {
        return new Say.Builder(words.apply(Catalogue.in(session.language)))
                .language(session.chinese() ? Say.Language.CMN_CN : Say.Language.EN_US).build();
    }

    /** Character by character, with a pause after every group of four. */
    private static Say slow(CallSession session, String spaced) {
        return new Say.Builder(spaced).language(session.chinese() ? Say.Language.CMN_CN : Say.Language.EN_US).build();
    }

    static String spaced(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            if (i > 0) {
                out.append(i % 4 == 0 ? ". " : ", ");
            }
            out.append(value.charAt(i));
        }
        return out.toString();
    }

    private static Redirect toMenu() {
        return new Redirect.Builder("/twilio/voice/menu").build();
    }

    /** The utterance in a {@code TranscriptionData} field; a field that is not Twilio's JSON is a 400. */
    private String transcript(String data) {
        try {
            JsonNode node = data == null ? null : json.readTree(data);
            if (node == null || !node.isObject()) {
                throw new BadRequestException("TranscriptionData must be a JSON object.");
            }
            return UserText.clean(node.path("transcript").asText(""));
        } catch (JsonProcessingException e) {
            throw new BadRequestException("TranscriptionData must be a JSON object.");
        }
    }

    private static int sequence(MultivaluedMap<String, String> form) {
        String value = form.getFirst("SequenceId");
        if (value == null || value.isEmpty() || value.length() > 9 || !value.chars().allMatch(Character::isDigit)) {
            throw new BadRequestException("A SequenceId of up to nine digits is required.");
        }
        return Integer.parseInt(value);
    }

    private static String callSid(MultivaluedMap<String, String> form) {
        return TwilioFields.sid(form, "CallSid");
    }

    private static Integer seconds(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
