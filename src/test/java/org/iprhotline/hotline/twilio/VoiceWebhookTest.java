package org.iprhotline.hotline.twilio;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.iprhotline.hotline.infra.Database;
import org.iprhotline.hotline.infra.FakeTwilioApi;
import org.iprhotline.hotline.infra.TopicReader;
import org.iprhotline.hotline.secrets.Secrets;
import org.iprhotline.hotline.tip.TipSubmission;

/** Whole calls, driven as Twilio drives them: each step's TwiML parsed and checked. */
@QuarkusTest
class VoiceWebhookTest {

    @Inject
    Database database;

    @Inject
    CallFlow calls;

    @Inject
    Secrets secrets;

    @Test
    void aWholeCallInEnglishEndsAsAClassifiedTipWithTheCallerHoldingItsNumber() {
        Call call = new Call();
        Document greeting = call.post("/twilio/voice", Map.of());
        Element gather = single(greeting, "Gather");
        assertThat(gather.getAttribute("action")).isEqualTo("/twilio/voice/menu");
        assertThat(gather.getAttribute("input")).isEqualTo("dtmf speech");
        assertThat(gather.getAttribute("numDigits")).isEqualTo("1");
        assertThat(first(greeting, "Say").getAttribute("language")).isEqualTo("cmn-CN");
        assertThat(texts(gather, "Say")).anyMatch(text -> text.contains("For English, press 9"));

        Document english = call.post("/twilio/voice/menu", Map.of("Digits", "9"));
        assertThat(texts(single(english, "Gather"), "Say")).anyMatch(text -> text.contains("trademark 2"));

        Document place = call.post("/twilio/voice/menu", Map.of("Digits", "2"));
        assertThat(single(place, "Gather").getAttribute("action")).isEqualTo("/twilio/voice/place");
        assertThat(texts(single(place, "Gather"), "Say")).anyMatch(text -> text.contains("Central and South China 4"));
        Document province = call.post("/twilio/voice/place", Map.of("Digits", "4"));
        assertThat(single(province, "Gather").getAttribute("action")).isEqualTo("/twilio/voice/province");
        assertThat(texts(single(province, "Gather"), "Say")).anyMatch(text -> text.contains("Guangdong press 4"));
        Document record = call.post("/twilio/voice/province", Map.of("Digits", "4"));
        Element recordVerb = single(record, "Record");
        assertThat(recordVerb.getAttribute("action")).isEqualTo("/twilio/voice/recorded");
        assertThat(recordVerb.getAttribute("finishOnKey")).isEqualTo("#");
        assertThat(recordVerb.getAttribute("maxLength")).isEqualTo("120");
        assertThat(recordVerb.getAttribute("transcribe")).isEqualTo("true");
        assertThat(recordVerb.getAttribute("transcribeCallback")).isEqualTo("/twilio/voice/transcription");

        Document number = call.post("/twilio/voice/recorded", call.recording(25));
        String trackingNumber = spokenNumber(number);
        assertThat(single(number, "Gather").getAttribute("action")).isEqualTo("/twilio/voice/number");
        assertThat(tipsWithNumber(trackingNumber)).as("waits for the transcription").isZero();

        call.post("/twilio/voice/transcription", call.transcription(
                "um so there is a shop selling fake nike shoes uh with our logo and they send them by courier"));

        assertThat(tipsWithNumber(trackingNumber)).isEqualTo(1);
        assertThat(database.count("""
                select count(*) from tip where tracking_number = ? and channel = 'VOICE'
                   and reported_right_type = 'TRADEMARK' and right_type = 'TRADEMARK' and region = '440000'
                   and not region_inferred and evidence @> '[{"kind": "recording", "durationSeconds": 25}]'""",
                trackingNumber.replace("-", ""))).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TopicReader.recordsMentioning("ipr.tips.samr.44", trackingNumber).size() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> FakeTwilioApi.SENT.stream()
                .anyMatch(sent -> call.caller.equals(sent.to()) && sent.body().contains(trackingNumber)));

        Document again = call.post("/twilio/voice/number", Map.of("Digits", "1"));
        assertThat(spokenNumber(again)).isEqualTo(trackingNumber);
        Document bye = call.post("/twilio/voice/number", Map.of("Digits", "2"));
        assertThat(bye.getElementsByTagName("Hangup").getLength()).isEqualTo(1);
    }

    @Test
    void transcriptionBeforeTheRecordingStepGivesOneCompleteTip() {
        Call call = new Call();
        call.post("/twilio/voice", Map.of());
        call.post("/twilio/voice/menu", Map.of("SpeechResult", "专利"));
        Document record = call.post("/twilio/voice/place", Map.of("SpeechResult", "在浙江"));
        assertThat(record.getElementsByTagName("Record").getLength()).isEqualTo(1);
        call.post("/twilio/voice/transcription", call.transcription("有工厂仿造我们的实用新型专利产品"));
        assertThat(database.count("select count(*) from tip where channel = 'VOICE' and reporter_phone = ?", call.caller))
                .isZero();

        String trackingNumber = spokenNumber(call.post("/twilio/voice/recorded", call.recording(18)));

        assertThat(tipsWithNumber(trackingNumber)).isEqualTo(1);
        assertThat(database.count("select count(*) from tip where tracking_number = ? and reported_right_type = 'PATENT'"
                + " and text like '%实用新型%' and region = '330000'", trackingNumber.replace("-", ""))).isEqualTo(1);
    }

    @Test
    void aChineseCallerIsTranscribedWhileSpeakingAndTheTipHoldsTheirWords() {
        Call call = new Call();
        call.post("/twilio/voice", Map.of());
        call.post("/twilio/voice/menu", Map.of("Digits", "2"));
        Document record = call.post("/twilio/voice/place", Map.of("Digits", "0"));
        Element live = single(record, "Transcription");
        assertThat(live.getParentNode().getNodeName()).isEqualTo("Start");
        assertThat(live.getAttribute("languageCode")).isEqualTo("zh-CN");
        assertThat(live.getAttribute("track")).isEqualTo("inbound_track");
        assertThat(live.getAttribute("partialResults")).isEqualTo("false");
        assertThat(live.getAttribute("statusCallbackUrl"))
                .isEqualTo("https://hotline.example.org/twilio/voice/live-transcription");
        assertThat(single(record, "Record").getAttribute("transcribe")).isEqualTo("false");

        call.live(call.liveStarted(1));
        call.live(call.liveUtterance(2, "我在深圳华强北的一家店里看到有人卖假冒的耐克鞋，", true));
        call.live(call.liveUtterance(3, "鞋", false)); // a partial result, not asked for: ignored
        call.live(call.liveUtterance(3, "鞋盒上印着耐克的商标，价格只有正品的三分之一。", true));
        call.live(call.liveUtterance(3, "鞋盒上印着耐克的商标，价格只有正品的三分之一。", true)); // Twilio retried
        Document number = call.post("/twilio/voice/recorded", call.recording(40));
        String trackingNumber = spokenNumber(number);
        Element stop = single(number, "Stop");
        assertThat(((Element) stop.getElementsByTagName("Transcription").item(0)).getAttribute("name"))
                .isEqualTo(live.getAttribute("name"));
        assertThat(tipsWithNumber(trackingNumber)).as("waits for the transcription to stop").isZero();

        call.live(call.liveStopped(4));

        assertThat(database.count("""
                select count(*) from tip where tracking_number = ? and channel = 'VOICE' and right_type = 'TRADEMARK'
                   and text = '我在深圳华强北的一家店里看到有人卖假冒的耐克鞋， 鞋盒上印着耐克的商标，价格只有正品的三分之一。'
                   and region = '440304' and region_inferred
                   and evidence @> '[{"kind": "recording", "durationSeconds": 40}]'""", trackingNumber.replace("-", "")))
                .isEqualTo(1);
        call.live(call.liveStopped(5));
        assertThat(tipsWithNumber(trackingNumber)).isEqualTo(1);
    }

    @Test
    void aChineseCallWhoseTranscriptionNeverStopsKeepsWhatWasHeardWhenTheJobMakesItsTip() {
        Call call = new Call();
        call.post("/twilio/voice", Map.of());
        call.post("/twilio/voice/menu", Map.of("Digits", "3"));
        call.post("/twilio/voice/place", Map.of("Digits", "0"));
        call.live(call.liveUtterance(2, "有个网站把我们公司拍的电视剧放出来免费看", true));
        String trackingNumber = spokenNumber(call.post("/twilio/voice/recorded", call.recording(25)));
        database.count("update call_session set updated_at = now() - interval '1 hour' where call_sid = ? returning 1",
                call.sid);

        calls.makeOverdueTips();

        assertThat(database.count("select count(*) from tip where tracking_number = ? and text like '%电视剧%'"
                + " and right_type = 'COPYRIGHT'", trackingNumber.replace("-", ""))).isEqualTo(1);
    }

    @Test
    void aLiveTranscriptionCallbackThatIsNotTwiliosIsRefused() {
        Call call = new Call();
        call.post("/twilio/voice", Map.of());
        Map<String, String> junk = call.liveUtterance(2, "x", true);
        junk.put("TranscriptionData", "{\"transcript\": ");
        TwilioRequests.post("/twilio/voice/live-transcription", junk).statusCode(400);
        Map<String, String> noSequence = call.liveUtterance(2, "x", true);
        noSequence.put("SequenceId", "-1");
        TwilioRequests.post("/twilio/voice/live-transcription", noSequence).statusCode(400);
        Map<String, String> forged = call.liveUtterance(2, "假的", true);
        given().contentType("application/x-www-form-urlencoded").formParams(forged)
                .header("X-Twilio-Signature", TwilioRequests.sign("https://elsewhere.example/x", forged))
                .when().post("/twilio/voice/live-transcription").then().statusCode(403);
        assertThat(database.count("select count(*) from call_transcript_part where call_sid = ?", call.sid)).isZero();
    }

    @Test
    void oneCallSidNeverMakesTwoTips() {
        Call call = new Call();
        call.post("/twilio/voice", Map.of());
        call.post("/twilio/voice/menu", Map.of("Digits", "3"));
        String first = spokenNumber(call.post("/twilio/voice/recorded", call.recording(30)));
        String again = spokenNumber(call.post("/twilio/voice/recorded", call.recording(30)));
        call.post("/twilio/voice/transcription", call.transcription("a website streams our films for free"));
        call.post("/twilio/voice/transcription", call.transcription("a website streams our films for free"));

        assertThat(again).isEqualTo(first);
        assertThat(database.count("select count(*) from tip where reporter_phone = ?", call.caller)).isEqualTo(1);
    }

    @Test
    void aRecordingTooShortToTranscribeStillMakesATipForTriage() {
        Call call = new Call();
        call.post("/twilio/voice", Map.of());
        call.post("/twilio/voice/menu", Map.of("Digits", "0"));
        String trackingNumber = spokenNumber(call.post("/twilio/voice/recorded", call.recording(1)));

        assertThat(database.count("select count(*) from tip where tracking_number = ? and agencies = '{TRIAGE}'",
                trackingNumber.replace("-", ""))).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TopicReader.recordsMentioning("ipr.tips.triage", trackingNumber).size() == 1);
    }

    @Test
    void silenceIsPromptedAgainThenPolitelyEnded() {
        Call call = new Call();
        call.post("/twilio/voice", Map.of());
        Document second = call.post("/twilio/voice/menu", Map.of());
        assertThat(second.getElementsByTagName("Gather").getLength()).isEqualTo(1);
        call.post("/twilio/voice/menu", Map.of("Digits", "7"));
        Document last = call.post("/twilio/voice/menu", Map.of());
        assertThat(last.getElementsByTagName("Gather").getLength()).isZero();
        assertThat(last.getElementsByTagName("Hangup").getLength()).isEqualTo(1);
    }

    @Test
    void aCallWhoseTipCouldNotBeStoredIsTriedAgainByTheJob() {
        // As a call is left when its transcription came but storing its tip failed: the caller
        // has heard a tracking number that no tip holds yet.
        String callSid = "CA" + UUID.randomUUID().toString().replace("-", "");
        String caller = "+86137" + String.format("%08d", (long) (Math.random() * 100_000_000L));
        TipSubmission.Credentials credentials = TipSubmission.Credentials.issue();
        QuarkusTransaction.requiringNew().run(() -> {
            CallSession session = new CallSession();
            session.callSid = callSid;
            session.caller = caller;
            session.language = "en";
            session.trackingNumber = credentials.trackingNumber().value();
            session.accessCode = secrets.seal(credentials.accessCode());
            session.recordingUrl = "https://api.twilio.com/recordings/RE1";
            session.recordingSid = "RE" + "1".repeat(32);
            session.recordingSeconds = 20;
            session.transcriptionStatus = "completed";
            session.transcription = "Someone sells counterfeit Nike shoes at the night market";
            session.createdAt = Instant.now();
            session.updatedAt = Instant.now();
            session.persist();
        });

        calls.makeOverdueTips();

        assertThat(database.count("select count(*) from tip where tracking_number = ? and reporter_phone = ?",
                credentials.trackingNumber().value(), caller)).isEqualTo(1);
    }

    @Test
    void theWhereQuestionIsSkippedBySilenceOrZero() {
        Call call = new Call();
        call.post("/twilio/voice", Map.of());
        call.post("/twilio/voice/menu", Map.of("Digits", "3"));
        assertThat(call.post("/twilio/voice/place", Map.of()).getElementsByTagName("Record").getLength()).isEqualTo(1);
        call.post("/twilio/voice/place", Map.of("Digits", "6"));
        assertThat(call.post("/twilio/voice/province", Map.of("Digits", "9")).getElementsByTagName("Record").getLength())
                .isEqualTo(1);
        String trackingNumber = spokenNumber(call.post("/twilio/voice/recorded", call.recording(30)));
        call.post("/twilio/voice/transcription", call.transcription("a website streams our films for free"));
        assertThat(database.count("select count(*) from tip where tracking_number = ? and region is null",
                trackingNumber.replace("-", ""))).isEqualTo(1);
    }

    @Test
    void hangingUpBeforeRecordingLeavesNoTip() {
        Call call = new Call();
        call.post("/twilio/voice", Map.of());
        call.post("/twilio/voice/menu", Map.of("Digits", "1"));
        Document noRecording = call.post("/twilio/voice/recorded", Map.of("RecordingDuration", "0"));
        assertThat(noRecording.getElementsByTagName("Hangup").getLength()).isEqualTo(1);
        assertThat(database.count("select count(*) from tip where reporter_phone = ?", call.caller)).isZero();
    }

    @Test
    void forgedRequestsAreRefused() {
        Call call = new Call();
        given().contentType("application/x-www-form-urlencoded").formParams(call.fields(Map.of()))
                .header("X-Twilio-Signature", TwilioRequests.sign("https://elsewhere.example/twilio/voice",
                        call.fields(Map.of())))
                .when().post("/twilio/voice").then().statusCode(403);
        assertThat(database.count("select count(*) from call_session where call_sid = ?", call.sid)).isZero();
    }

    private long tipsWithNumber(String trackingNumber) {
        return database.count("select count(*) from tip where tracking_number = ?", trackingNumber.replace("-", ""));
    }

    /** The tracking number as the caller hears it, put back together. */
    private static String spokenNumber(Document twiml) {
        NodeList says = twiml.getElementsByTagName("Say");
        for (int i = 0; i < says.getLength(); i++) {
            String compact = says.item(i).getTextContent().replaceAll("[,. ]", "");
            if (compact.matches("[0-9A-Z]{12}")) {
                return compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8);
            }
        }
        throw new AssertionError("no tracking number read out");
    }

    private static Element single(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        assertThat(nodes.getLength()).as(tag).isEqualTo(1);
        return (Element) nodes.item(0);
    }

    private static Element first(Document document, String tag) {
        return (Element) document.getElementsByTagName(tag).item(0);
    }

    private static java.util.List<String> texts(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** One phone call: its CallSid and caller, and the fields Twilio sends with every step. */
    private static final class Call {

        final String sid = "CA" + UUID.randomUUID().toString().replace("-", "");
        final String caller = "+86139" + String.format("%08d", (long) (Math.random() * 100_000_000L));
        final String recordingSid = "RE" + UUID.randomUUID().toString().replace("-", "");

        Map<String, String> fields(Map<String, String> extra) {
            Map<String, String> fields = TwilioRequests.call(sid, caller);
            fields.put("CallStatus", "in-progress");
            fields.putAll(extra);
            return fields;
        }

        Document post(String path, Map<String, String> extra) {
            return TwilioRequests.xml(TwilioRequests.post(path, fields(extra)).statusCode(200).extract().asString());
        }

        Map<String, String> recording(int seconds) {
            return Map.of("RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/AC0/Recordings/" + recordingSid,
                    "RecordingSid", recordingSid, "RecordingDuration", String.valueOf(seconds), "Digits", "#");
        }

        /** A real-time transcription callback: Twilio sends only these fields, not the call's. */
        Map<String, String> liveEvent(int sequence, String event) {
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            fields.put("AccountSid", "AC00000000000000000000000000000000");
            fields.put("CallSid", sid);
            fields.put("TranscriptionSid", "GT" + recordingSid.substring(2));
            fields.put("Timestamp", Instant.now().toString());
            fields.put("SequenceId", String.valueOf(sequence));
            fields.put("TranscriptionEvent", event);
            return fields;
        }

        Map<String, String> liveStarted(int sequence) {
            Map<String, String> fields = liveEvent(sequence, "transcription-started");
            fields.put("ProviderName", "google");
            fields.put("LanguageCode", "zh-CN");
            fields.put("Track", "inbound_track");
            fields.put("PartialResults", "false");
            return fields;
        }

        Map<String, String> liveUtterance(int sequence, String text, boolean last) {
            Map<String, String> fields = liveEvent(sequence, "transcription-content");
            fields.put("LanguageCode", "zh-CN");
            fields.put("Track", "inbound_track");
            fields.put("TranscriptionData", "{\"transcript\":\"" + text + "\",\"confidence\":0.91}");
            fields.put("Final", String.valueOf(last));
            return fields;
        }

        Map<String, String> liveStopped(int sequence) {
            return liveEvent(sequence, "transcription-stopped");
        }

        void live(Map<String, String> fields) {
            TwilioRequests.post("/twilio/voice/live-transcription", fields).statusCode(200);
        }

        Map<String, String> transcription(String text) {
            return Map.of("TranscriptionSid", "TR" + recordingSid.substring(2), "TranscriptionText", text,
                    "TranscriptionStatus", "completed", "RecordingSid", recordingSid,
                    "RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/AC0/Recordings/" + recordingSid);
        }
    }
}
