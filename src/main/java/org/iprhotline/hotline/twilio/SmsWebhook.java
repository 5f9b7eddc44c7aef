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

import org.iprhotline.hotline.tip.Evidence;

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
        if (form.getFirst("MessageSid") == null || form.getFirst("From") == null) {
            throw new BadRequestException("A message webhook carries MessageSid and From.");
        }
        String reply = conversations.receive(new InboundSms(form.getFirst("MessageSid"), form.getFirst("From"),
                form.getFirst("Body"), media(form)));
        MessagingResponse.Builder response = new MessagingResponse.Builder();
        if (!reply.isEmpty()) {
            response.message(new Message.Builder().body(new Body.Builder(reply).build()).build());
        }
        return response.build().toXml();
    }

    private static List<Evidence> media(MultivaluedMap<String, String> form) {
        int count = parse(form.getFirst("NumMedia"));
        List<Evidence> media = new ArrayList<>();
        for (int i = 0; i < Math.min(count, 10); i++) {
            String url = form.getFirst("MediaUrl" + i);
            if (url != null) {
                media.add(Evidence.mms(url, form.getFirst("MediaContentType" + i)));
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
