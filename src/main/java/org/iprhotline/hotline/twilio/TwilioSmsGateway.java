package org.iprhotline.hotline.twilio;

import jakarta.enterprise.context.ApplicationScoped;

import com.twilio.exception.ApiException;
import com.twilio.http.HttpMethod;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;

/** Twilio's REST API through its SDK; the only class that calls it. */
@ApplicationScoped
class TwilioSmsGateway implements SmsGateway {

    private static final String TWILIO_API = "https://api.twilio.com";

    private final TwilioRestClient client;
    private final PhoneNumber hotline;

    TwilioSmsGateway(TwilioConfig config) {
        TwilioRestClient.Builder builder = new TwilioRestClient.Builder(config.accountSid(), config.authToken());
        if (!TWILIO_API.equals(config.apiBaseUrl())) {
            builder.httpClient(new RedirectingHttpClient(config.apiBaseUrl()));
        }
        this.client = builder.build();
        this.hotline = new PhoneNumber(config.phoneNumber());
    }

    @Override
    public String send(String to, String body) {
        try {
            return Message.creator(new PhoneNumber(to), hotline, body).create(client).getSid();
        } catch (ApiException e) {
            // Twilio's message quotes the number: keep it out of logs and tables, the codes say enough.
            Integer status = e.getStatusCode();
            String what = "(" + status + ", error " + e.getCode() + ")";
            if (status != null && status >= 400 && status < 500 && status != 429) {
                throw new SmsRefused("Twilio refused the message " + what, null);
            }
            throw new IllegalStateException("Twilio did not take the message " + what);
        }
    }

    /** Sends the SDK's requests to another base URL: a local fake of Twilio's API in tests. */
    private static final class RedirectingHttpClient extends NetworkHttpClient {

        private final String baseUrl;

        RedirectingHttpClient(String baseUrl) {
            this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        }

        @Override
        public Response makeRequest(Request request) {
            String original = request.constructURL().toString();
            int path = original.indexOf('/', "https://".length());
            String url = baseUrl + (path < 0 ? "" : original.substring(path));
            Request redirected = new Request(request.getMethod() == null ? HttpMethod.POST : request.getMethod(), url);
            request.getPostParams().forEach((name, values) -> values.forEach(value -> redirected.addPostParam(name, value)));
            request.getHeaderParams().forEach((name, values) -> values.forEach(value -> redirected.addHeaderParam(name, value)));
            redirected.setAuth(request.getUsername(), request.getPassword());
            return super.makeRequest(redirected);
        }
    }
}
