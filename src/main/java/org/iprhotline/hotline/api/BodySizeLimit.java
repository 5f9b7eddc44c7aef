package org.iprhotline.hotline.api;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;

import org.iprhotline.hotline.evidence.EvidenceConfig;

/**
 * Answers an oversized request with 413 before its body is read: problem+json for the API, a
 * short page in both languages for the portal. Only the forms that carry evidence files (the
 * report form and a reporter's reply, sent as multipart) may be as large as one report's evidence.
 * API and webhook posts without a Content-Length (chunked, or HTTP/2 without one) are refused with
 * 411; there the HTTP layer's own limit ({@code quarkus.http.limits.max-body-size}, the largest of
 * these) stops them, with an empty 413.
 */
public class BodySizeLimit {

    /** The form's fields and multipart framing, beyond the files themselves. */
    private static final long FORM_OVERHEAD = 1024 * 1024;
    private static final String REPORT_PATH = "/report";
    private static final String REPLY_PATH = "/cases/reply";
    private static final String API_TIPS = "/api/v1/tips/";
    private static final String REPLIES = "/replies";
    private static final String MULTIPART = "multipart/form-data";

    private static final String PROBLEM = """
            {"type":"about:blank","title":"Content Too Large","status":413,\
            "detail":"The request body is larger than this service accepts (%d bytes)."}""";
    private static final String LENGTH_REQUIRED = """
            {"type":"about:blank","title":"Length Required","status":411,\
            "detail":"Send the request with a Content-Length header (not chunked)."}""";
    private static final String PAGE = """
            <!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>413</title>\
            <link rel="stylesheet" href="/portal.css"></head><body><main class="wrap">\
            <h1>文件过大</h1><p>所有文件合计不能超过 %1$d MB。请返回上一页，减少或缩小文件后重新提交。</p>\
            <h1 lang="en">Files too large</h1><p lang="en">All files together may be at most %1$d MB. \
            Go back, leave some out or choose smaller ones, and send the report again.</p></main></body></html>""";

    void install(@Observes Router router, @ConfigProperty(name = "ipr.api.max-body-size") MemorySize apiLimit,
            EvidenceConfig evidence) {
        long apiBytes = apiLimit.asLongValue();
        long reportBytes = evidence.maxReportSize().asLongValue() + FORM_OVERHEAD;
        String problem = PROBLEM.formatted(apiBytes);
        String page = PAGE.formatted(evidence.maxReportSize().asLongValue() / (1024 * 1024));
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            // The path as routing sees it: "//api/../report" or "/api/%2E%2E/report" cannot pass for another.
            String path = context.normalizedPath();
            boolean files = carriesFiles(path, context.request().getHeader(HttpHeaders.CONTENT_TYPE));
            boolean portal = files && !path.startsWith("/api/");
            if (declared == null && carriesBody(context.request().method()) && machineFacing(path)) {
                // Without a length the HTTP layer would buffer up to the portal's limit before anyone
                // could refuse it; API clients and Twilio always know the length of what they send.
                context.response()
                        .setStatusCode(411)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(LENGTH_REQUIRED);
                return;
            }
            if (declared != null && exceeds(declared, files ? reportBytes : apiBytes)) {
                context.response()
                        .setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, portal ? "text/html;charset=UTF-8" : Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(portal ? page : problem);
                return;
            }
            context.next();
        });
    }

    /**
     * The forms that carry evidence files, which may be as large as one report's: the report form,
     * and a reporter's reply with files (the portal's form, the API's multipart reply).
     */
    private static boolean carriesFiles(String path, String contentType) {
        if (contentType == null || !contentType.regionMatches(true, 0, MULTIPART, 0, MULTIPART.length())) {
            return false;
        }
        return REPORT_PATH.equals(path) || REPLY_PATH.equals(path)
                || path.startsWith(API_TIPS) && path.endsWith(REPLIES) && path.indexOf('/', API_TIPS.length())
                        == path.length() - REPLIES.length();
    }

    private static boolean carriesBody(HttpMethod method) {
        return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
    }

    private static boolean machineFacing(String path) {
        return path.startsWith("/api/") || path.startsWith("/twilio/");
    }

    private static boolean exceeds(String contentLength, long maxBytes) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
