package org.iprhotline.hotline.web;

import static io.restassured.RestAssured.given;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.apache.http.entity.mime.HttpMultipartMode;

import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * One person using the portal through their browser, as far as HTTP goes: their cookies, the
 * hidden fields of the forms they were shown, and their own network address (sent the way a
 * proxy in front of the service would), so that each test has its own submission allowance.
 */
public final class PortalVisitor {

    /** A file as a browser uploads it. */
    public record Upload(String name, String contentType, byte[] content) {
    }

    private static final AtomicInteger VISITORS = new AtomicInteger();

    /** Each visitor its own address (198.18.0.0/15, set aside for tests), so limits do not mix. */
    private final String address = address(VISITORS.incrementAndGet());
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final String language;
    private Document lastForm;

    public PortalVisitor(String language) {
        this.language = language;
    }

    private static String address(int visitor) {
        return "198." + (18 + (visitor >> 16 & 1)) + "." + (visitor >> 8 & 255) + "." + (visitor & 255);
    }

    public RequestSpecification request() {
        return given().header("X-Forwarded-For", address).header("Accept-Language", language).cookies(cookies)
                .redirects().follow(false);
    }

    public Response get(String path) {
        Response response = request().get(path);
        cookies.putAll(response.getCookies());
        return response;
    }

    /** Opens the report form, as a person does before filling it in. */
    public Document openReportForm() {
        lastForm = Jsoup.parse(get("/report").asString());
        return lastForm;
    }

    /** Sends the report form last shown, with these fields and files. */
    public Response sendReport(Map<String, String> fields, List<Upload> files) {
        RequestSpecification request = multipart();
        for (String hidden : List.of("csrf-token", "formId", "lang")) {
            request.multiPart(text(hidden, lastForm.selectFirst("input[name=" + hidden + "]").val()));
        }
        fields.forEach((name, value) -> request.multiPart(text(name, value)));
        attach(request, files);
        Response response = request.post("/report");
        cookies.putAll(response.getCookies());
        Document page = Jsoup.parse(response.asString());
        if (page.selectFirst("form[action=/report]") != null) {
            lastForm = page;
        }
        return response;
    }

    /** Looks a case up on the status page. */
    public Response checkCase(String trackingNumber, String accessCode) {
        Response page = get("/cases");
        Document form = Jsoup.parse(page.asString());
        if (form.selectFirst("input[name=csrf-token]") == null) {
            throw new AssertionError(page.statusCode() + " " + page.asString());
        }
        Response response = request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.selectFirst("input[name=csrf-token]").val())
                .formParam("lang", form.selectFirst("input[name=lang]").val())
                .formParam("trackingNumber", trackingNumber)
                .formParam("accessCode", accessCode)
                .post("/cases");
        cookies.putAll(response.getCookies());
        return response;
    }

    /** Sends the reply form of a case page last shown, with this text. */
    public Response sendReply(Document casePage, String text) {
        return sendReply(casePage, text, List.of());
    }

    /** Sends the reply form of a case page last shown, with this text and these files, as a browser does. */
    public Response sendReply(Document casePage, String text, List<Upload> files) {
        var form = casePage.selectFirst("form[action=/cases/reply]");
        if (form == null) {
            throw new AssertionError("the case page has no reply form");
        }
        RequestSpecification request = multipart();
        for (var hidden : form.select("input[type=hidden]")) {
            request.multiPart(text(hidden.attr("name"), hidden.val()));
        }
        for (var kept : form.select("input[name=keep][checked]")) {
            request.multiPart(text("keep", kept.val()));
        }
        request.multiPart(text("text", text));
        attach(request, files);
        Response response = request.post("/cases/reply");
        cookies.putAll(response.getCookies());
        return response;
    }

    private RequestSpecification multipart() {
        // As browsers do: file names in UTF-8, as they are.
        return request().contentType("multipart/form-data; charset=UTF-8")
                .config(RestAssured.config()
                        .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)));
    }

    private static void attach(RequestSpecification request, List<Upload> files) {
        if (files.isEmpty()) {
            // What a browser sends when no file was chosen.
            request.multiPart("evidence", "", new byte[0], "application/octet-stream");
        }
        for (Upload file : files) {
            request.multiPart(new MultiPartSpecBuilder(file.content()).controlName("evidence").fileName(file.name())
                    .mimeType(file.contentType()).build());
        }
    }

    private static io.restassured.specification.MultiPartSpecification text(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8).build();
    }

    /** A small real PNG picture, as evidence. */
    public static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    public static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
