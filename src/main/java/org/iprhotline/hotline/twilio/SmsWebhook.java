package org.iprhotline.hotline.twilio;

import java.util.ArrayList;
import java.util.List;

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

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Body;
import com.twilio.twiml.messaging.Message;

import org.iprhotline.hotline.classify.LanguageDetector;
import org.iprhotline.hotline.tip.Evidence;
import org.iprhotline.hotline.tip.IntakeUnavailableException;
import org.iprhotline.hotline.tip.Overloaded;

/** Twilio's webhook for text messages to the hotline number. */
@Path("/twilio/sms")
public class SmsWebhook {

    private final TwilioSignature signature;
    private final SmsConversations conversations;

    SmsWebhook(TwilioSignature signature, SmsConversations conversations) {
        this.signature = signature;
        this.conversations = conversations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_XML)
    public String receive(@Context UriInfo uri, @HeaderParam("X-Twilio-Signature") String twilioSignature,
            MultivaluedMap<String, String> form) {
        signature.verify(uri, twilioSignature, form);
        String from = TwilioFields.address(form, "From");
        if (from == null) {
            throw new BadRequestException("A message webhook carries MessageSid and From.");
        }
        InboundSms sms = new InboundSms(TwilioFields.sid(form, "MessageSid"), from, TwilioFields.of(form, "Body"),
                media(form));
        String reply;
        try {
            reply = conversations.receive(sms);
        } catch (IntakeUnavailableException | Overloaded e) {
            // Nothing was recorded for this MessageSid, so the text sent again is taken as new.
            reply = HotlineTexts.busy(LanguageDetector.detect(sms.body() == null ? "" : sms.body()));
        }
        MessagingResponse.Builder response = new MessagingResponse.Builder();
        if (!reply.isEmpty()) {
            response.message(new Message.Builder().body(new Body.Builder(reply).build()).build());
        }
        return response.build().toXml();
    }

    private static List<Evidence> media(MultivaluedMap<String, String> form) {
        int count = parse(TwilioFields.of(form, "NumMedia"));
        List<Evidence> media = new ArrayList<>();
        for (int i = 0; i < Math.min(count, 10); i++) {
            String url = TwilioFields.of(form, "MediaUrl" + i);
            if (url != null) {
                media.add(Evidence.mms(url, TwilioFields.of(form, "MediaContentType" + i)));
            }
        }
        return media;
    }

    private static int parse(String number) {
        try {
            return number == null ? 0 : Integer.parseInt(number.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
