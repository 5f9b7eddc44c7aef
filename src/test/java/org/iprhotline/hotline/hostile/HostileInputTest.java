package org.iprhotline.hotline.hostile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.iprhotline.hotline.AdversarialText;
import org.iprhotline.hotline.infra.Database;
import org.iprhotline.hotline.infra.RateLimitWindow;
import org.iprhotline.hotline.tip.AccessConfig;
import org.iprhotline.hotline.tip.AccessGuard;
import org.iprhotline.hotline.tip.TrackingNumber;
import org.iprhotline.hotline.twilio.SignedSms;
import org.iprhotline.hotline.web.PortalVisitor;

/**
 * The public entries attacked as the internet would: limits per client and per number, a brute
 * force on one tracking number from a thousand addresses, junk of every kind at every entry, and
 * long pathological texts while the health check is watched. Small limits, so that they show.
 */
@QuarkusTest
@TestProfile(HostileInputTest.TightLimits.class)
class HostileInputTest {

    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ipr.rate-limits.api-tips.requests", "3", "ipr.rate-limits.classify.requests", "3",
                    "ipr.rate-limits.lookups.requests", "5", "ipr.rate-limits.sms.requests", "3",
                    "ipr.rate-limits.calls.requests", "2", "ipr.access.max-failures", "5",
                    "ipr.access.lock", "10m", "ipr.access.window", "1m");
        }
    }

    private static final Logger LOG = Logger.getLogger(HostileInputTest.class);
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final RestAssuredConfig PATIENT_FOR_10S = RestAssured.config().httpClient(
            HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 10_000)
                    .setParam("http.connection.timeout", 10_000));
    private static final String TIP = """
            {"text": "A shop on Taobao sells counterfeit Nike shoes with a fake logo"}""";

    @Inject
    Database database;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AccessConfig accessConfig;

    /** A client of its own: an address no other test uses, forwarded by the trusted proxy. */
    private static RequestSpecification client(String address) {
        return given().config(PATIENT_FOR_10S).header("X-Forwarded-For", address);
    }

    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    @Test
    void eachAddressMaySendOnlyItsAllowanceOfTipsAndClassifications() {
        String address = newAddress();
        RateLimitWindow window = RateLimitWindow.open();
        for (int i = 0; i < 3; i++) {
            client(address).contentType(ContentType.JSON).body(TIP).post("/api/v1/tips").then().statusCode(201);
        }
        Response refused = client(address).contentType(ContentType.JSON).body(TIP).post("/api/v1/tips");
        assumeTrue(window.unbroken(), "a rate-limit window ended during the test, so two allowances were counted");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 600L);
        client(newAddress()).contentType(ContentType.JSON).body(TIP).post("/api/v1/tips").then().statusCode(201);

        String asker = newAddress();
        for (int i = 0; i < 3; i++) {
            client(asker).contentType(ContentType.JSON).body(TIP).post("/api/v1/classify").then().statusCode(200);
        }
        assumeTrue(window.unbroken(), "a rate-limit window ended during the test, so two allowances were counted");
        client(asker).contentType(ContentType.JSON).body(TIP).post("/api/v1/classify").then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void countsAreSharedThroughTheDatabaseWithoutTheAddressInClear() {
        String address = newAddress();
        for (int i = 0; i < 2; i++) {
            client(address).contentType(ContentType.JSON).body(TIP).post("/api/v1/classify").then().statusCode(200);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> database.count(
                "select coalesce(max(hits), 0) from rate_limit_window where name = 'classify' and hits = 2") == 2);
        assertThat(database.count("select count(*) from rate_limit_window where subject like ?", "%" + address + "%"))
                .isZero();
    }

    @Test
    void eachNumberMaySendOnlyItsAllowanceOfTextsAndCalls() {
        String texter = "+86137" + String.format("%08d", ADDRESSES.incrementAndGet());
        RateLimitWindow window = RateLimitWindow.open();
        assertThat(SignedSms.replyTo(texter, "网店卖假冒耐克鞋")).contains("查询编号");
        SignedSms.replyTo(texter, "还有假阿迪");
        SignedSms.replyTo(texter, "在莆田");
        String fourth = SignedSms.replyTo(texter, "第四条");
        assumeTrue(window.unbroken(), "a rate-limit window ended during the test, so two allowances were counted");
        assertThat(fourth).contains("短信过多");
        assertThat(SignedSms.replyTo(texter, "第五条")).isEmpty();
        assertThat(database.count("select count(*) from tip where reporter_phone = ? and text like '%第四条%'", texter))
                .isZero();

        String caller = "+86136" + String.format("%08d", ADDRESSES.incrementAndGet());
        assertThat(SignedSms.call("CA" + UUID.randomUUID().toString().replace("-", ""), caller)).contains("<Gather");
        assertThat(SignedSms.call("CA" + UUID.randomUUID().toString().replace("-", ""), caller)).contains("<Gather");
        String third = "CA" + UUID.randomUUID().toString().replace("-", "");
        String thirdAnswer = SignedSms.call(third, caller);
        assumeTrue(window.unbroken(), "a rate-limit window ended during the test, so two allowances were counted");
        assertThat(thirdAnswer).contains("<Hangup").doesNotContain("<Gather");
        assertThat(database.count("select count(*) from call_session where call_sid = ?", third)).isZero();
    }

    @Test
    void aThousandWrongCodesFromAThousandAddressesLockTheNumberEverywhere() throws Exception {
        Response created = client(newAddress()).contentType(ContentType.JSON).body(TIP).post("/api/v1/tips");
        String number = created.path("trackingNumber");
        String code = created.path("accessCode");

        Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
        ExecutorService attackers = Executors.newFixedThreadPool(32);
        List<Future<?>> attempts = new ArrayList<>();
        Random guesses = new Random(1);
        for (int i = 0; i < 1_000; i++) {
            String guess = String.format("%08d", guesses.nextInt(100_000_000));
            String guessed = guess.equals(code) ? "x" : guess;
            String address = newAddress();
            attempts.add(attackers.submit(() -> {
                int status = client(address).header("X-Access-Code", guessed).get("/api/v1/tips/" + number).statusCode();
                answers.computeIfAbsent(status, ignored -> new AtomicInteger()).incrementAndGet();
            }));
        }
        for (Future<?> attempt : attempts) {
            attempt.get(60, TimeUnit.SECONDS);
        }
        attackers.shutdown();
        // Five codes were checked; every other attempt was refused unchecked.
        assertThat(answers.keySet()).containsExactlyInAnyOrder(404, 429);
        assertThat(answers.get(404).get()).isEqualTo(5);
        assertThat(answers.get(429).get()).isEqualTo(995);

        // Locked for the owner too, on every channel, and for another instance sharing the database.
        client(newAddress()).header("X-Access-Code", code).get("/api/v1/tips/" + number).then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        assertThat(SignedSms.replyTo("+8613500000001", "STATUS " + number + " " + code)).contains("locked");
        assertThat(new AccessGuard(dataSource, accessConfig).attempt(TrackingNumber.parse(number).orElseThrow()))
                .isPresent();

        // After the lock (ended here in the database, as ten minutes would) the owner gets in with the
        // right code, and that clears the count. The lock outlasts the attack however slow the machine.
        assertThat(database.update("update access_attempt set locked_until = now() - interval '1 second'"
                + " where tracking_number = ?", number.replace("-", ""))).isEqualTo(1);
        client(newAddress()).header("X-Access-Code", code).get("/api/v1/tips/" + number).then().statusCode(200);
        client(newAddress()).header("X-Access-Code", "00000000").get("/api/v1/tips/" + number).then().statusCode(404);
    }

    @Test
    void anUnknownNumberLocksExactlyLikeAKnownOne() {
        String unknown = TrackingNumber.generate().formatted();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            statuses.add(client(newAddress()).header("X-Access-Code", "12345678").get("/api/v1/tips/" + unknown)
                    .statusCode());
        }
        assertThat(statuses).containsExactly(404, 404, 404, 404, 404, 429, 429);
    }

    @Test
    void controlAndDirectionCharactersAreRefusedWithTheFieldNamed() {
        for (String junk : List.of("\\u0000", "\\u202e", "\\ud800", "\\u0007")) {
            client(newAddress()).contentType(ContentType.JSON)
                    .body("{\"text\": \"fake Nike shoes " + junk + " on Taobao\", \"reporter\": {\"name\": \"x" + junk + "\"}}")
                    .post("/api/v1/tips").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("text", "reporter.name"));
        }
    }

    /**
     * Junk of every kind at every public entry: no answer is a server error but the documented 503
     * (with Retry-After), and none takes more than the client's 10 s patience.
     */
    @Test
    void junkAtEveryEntryNeverGetsAServerError() {
        Random random = new Random(20261127L);
        List<String> texts = new ArrayList<>(AdversarialText.cases(AdversarialText.MAX).values());
        AdversarialText.random(7L, 40).forEach(texts::add);
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        // HOSTILE_REQUESTS=10000 ./mvnw -B verify -Dtest=HostileInputTest for the long run.
        int requests = Integer.parseInt(System.getenv().getOrDefault("HOSTILE_REQUESTS", "600"));
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < requests; i++) {
            String text = texts.get(random.nextInt(texts.size()));
            Response answer = switch (i % 12) {
                case 0 -> client(newAddress()).contentType(ContentType.JSON).body(junkJson(random, text))
                        .post("/api/v1/tips");
                case 1 -> client(newAddress()).contentType(ContentType.JSON).body(json(text)).post("/api/v1/tips");
                case 2 -> client(newAddress()).contentType(ContentType.JSON).body(json(text)).post("/api/v1/classify");
                case 3 -> client(newAddress()).contentType(ContentType.JSON).body(junkJson(random, text))
                        .post("/api/v1/classify");
                case 4 -> i % 24 == 4
                        ? client(newAddress()).header("X-Access-Code", junk(random, 40))
                                .get("/api/v1/tips/" + urlJunk(random))
                        : client(newAddress()).header("X-Access-Code", junk(random, 40)).contentType(ContentType.JSON)
                                .body(random.nextBoolean() ? json(text) : junkJson(random, text))
                                .post("/api/v1/tips/" + urlJunk(random) + "/replies");
                case 5 -> client(newAddress()).contentType(ContentType.URLENC).formParam("trackingNumber", junk(random, 60))
                        .formParam("accessCode", text.substring(0, Math.min(text.length(), 500)))
                        .formParam("text", text).post(i % 24 == 5 ? "/cases" : "/cases/reply");
                case 6 -> SignedSms.signed("/twilio/sms", Map.of("MessageSid", "SM" + random.nextInt(1_000_000_000),
                        "From", "+86138" + String.format("%08d", random.nextInt(100_000_000)), "Body", text));
                case 7 -> SignedSms.signed("/twilio/sms", Map.of("MessageSid", junk(random, 80), "From", junk(random, 40),
                        "Body", junk(random, 200)));
                case 8 -> i % 24 == 8
                        ? SignedSms.signed("/twilio/voice/transcription", Map.of("CallSid", "CA" + random.nextInt(),
                                "TranscriptionStatus", junk(random, 30), "TranscriptionText", text))
                        : SignedSms.signed("/twilio/voice/live-transcription", Map.of("CallSid",
                                "CA" + random.nextInt(1_000_000_000), "TranscriptionEvent", "transcription-content",
                                "SequenceId", String.valueOf(random.nextInt(1000)), "TranscriptionData",
                                random.nextBoolean() ? "{\"transcript\"" + json(text).substring("{\"text\"".length())
                                        : junk(random, 200)));
                case 9 -> client(newAddress()).contentType(ContentType.URLENC).body(junk(random, 300))
                        .post("/twilio/voice/menu");
                case 10 -> portalReport(random, text);
                default -> i % 24 == 11
                        ? new PortalVisitor("zh-CN").checkCase(junk(random, 60), text.substring(0, Math.min(text.length(), 500)))
                        : client(newAddress()).header("Accept-Language", junk(random, 60))
                                .cookie("lang", junk(random, 30)).get(random.nextBoolean() ? "/report" : "/cases");
            };
            int status = answer.statusCode();
            statuses.merge(status, 1, Integer::sum);
            if (status >= 500 && !(status == 503 && answer.header("Retry-After") != null)) {
                failures.merge(i % 12 + ":" + status, 1, Integer::sum);
            }
        }
        LOG.infof("%d junk requests, answers by status: %s", requests, statuses);
        assertThat(failures).isEmpty();
    }

    /**
     * Staff are signed in, but what reaches their addresses is typed, pasted and bookmarked: every
     * parameter of every staff address, in its path or its query, given each value that has broken
     * something somewhere (a NUL byte, which PostgreSQL refuses in text; a lone surrogate; bidi
     * controls; overlong numbers; another agency's code), by a coordinator and by a bureau's officer
     * (whose queries are the most narrowed). None may be answered with a server error.
     */
    @Test
    void everyStaffParameterTakesJunkWithoutAServerError() throws Exception {
        List<String> addresses = List.of("/api/v1/agency/tips?status=%s", "/api/v1/agency/tips?province=%s",
                "/api/v1/agency/tips?limit=%s", "/api/v1/agency/tips?rightType=%s", "/api/v1/agency/tips?cluster=%s",
                "/api/v1/agency/evidence/%s", "/api/v1/reports/monthly/%s", "/api/v1/reports/monthly/%s/SAMR",
                "/api/v1/reports/monthly/2026-11/%s", "/api/v1/statistics/monthly?month=%s",
                "/api/v1/coordination/overdue?agency=%s", "/api/v1/campaigns/%s/clusters", "/staff?page=%s",
                "/staff?province=%s", "/staff?cluster=%s", "/staff?status=%s", "/staff/tips/%s", "/staff/overdue?page=%s",
                "/staff/clusters?page=%s", "/staff/triage?page=%s", "/coordinators/statistics?month=%s",
                "/reports/monthly/%s/SAMR", "/reports/monthly/2026-11/%s");
        List<String> values = List.of("%00", "SAMR%00", "2026-11%00", "%ED%A0%80", "%E2%80%AE", "%FF%FE", "-1",
                "99999999999999999999", "9999-99", "%2B999999999-12", "0000-01", "x".repeat(2000), "CNIPA", "..%2F..");
        Map<String, String> staff = Map.of("coordinator", "coordinator-password", "samr-guangdong", "guangdong-password",
                "samr-shenzhen", "shenzhen-password", "samr-nanshan", "nanshan-password");
        // Four requests at a time, as on a busy morning; it also keeps both cores of a test machine busy.
        List<Callable<String>> requests = new ArrayList<>();
        for (String address : addresses) {
            for (String value : values) {
                String url = String.format(address, value);
                staff.forEach((user, password) -> requests.add(() -> given().urlEncodingEnabled(false).auth()
                        .preemptive().basic(user, password).redirects().follow(false).get(url).statusCode() >= 500
                                ? user + " " + url
                                : null));
            }
        }
        ExecutorService officers = Executors.newFixedThreadPool(4);
        List<String> failures = new ArrayList<>();
        try {
            for (Future<String> answer : officers.invokeAll(requests)) {
                if (answer.get() != null) {
                    failures.add(answer.get());
                }
            }
        } finally {
            officers.shutdown();
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void healthAnswersWithinASecondWhileLongPathologicalTextsArrive() throws Exception {
        List<String> worst = new ArrayList<>(AdversarialText.cases(AdversarialText.MAX).values());
        AtomicBoolean attacking = new AtomicBoolean(true);
        ExecutorService attackers = Executors.newFixedThreadPool(8);
        AtomicInteger sent = new AtomicInteger();
        for (int t = 0; t < 8; t++) {
            int offset = t;
            attackers.submit(() -> {
                for (int i = offset; attacking.get(); i++) {
                    String path = i % 2 == 0 ? "/api/v1/classify" : "/api/v1/tips";
                    client(newAddress()).contentType(ContentType.JSON).body(json(worst.get(i % worst.size()))).post(path);
                    sent.incrementAndGet();
                }
            });
        }
        try {
            long slowest = 0;
            for (int i = 0; i < 40; i++) {
                long started = System.nanoTime();
                given().get("/q/health/live").then().statusCode(200);
                slowest = Math.max(slowest, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                Thread.sleep(100);
            }
            LOG.infof("slowest of 40 health checks during %d pathological requests: %d ms", sent.get(), slowest);
            assertThat(sent.get()).isGreaterThan(20);
            assertThat(slowest).isLessThan(1_000);
        } finally {
            attacking.set(false);
            attackers.shutdown();
            attackers.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    /** The portal's report form, sent by a new visitor with junk in its fields and files. */
    private static Response portalReport(Random random, String text) {
        PortalVisitor visitor = new PortalVisitor(random.nextBoolean() ? "en" : "zh-CN");
        visitor.openReportForm();
        byte[] file = new byte[random.nextInt(4096) + 1];
        random.nextBytes(file);
        Map<String, String> fields = new HashMap<>(Map.of("text", text, "reporterName", junk(random, 300),
                "email", junk(random, 300), "rightType", junk(random, 20), "url", junk(random, 2_100),
                "registrationNumbers", junk(random, 2_000), "infringerPhone", junk(random, 60),
                "keep", junk(random, 40), "anonymous", junk(random, 5), "foreignInvested", junk(random, 5)));
        fields.put("port", junk(random, 200));
        return visitor.sendReport(fields,
                List.of(new PortalVisitor.Upload(junk(random, 300),
                List.of("image/png", "application/pdf", "text/html", "application/x-msdownload").get(random.nextInt(4)),
                file)));
    }

    private static String json(String text) {
        StringBuilder escaped = new StringBuilder("{\"text\":\"");
        text.chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append((char) c);
            } else if (c < 0x20 || Character.isSurrogate((char) c)) {
                escaped.append(String.format("\\u%04x", c));
            } else {
                escaped.append((char) c);
            }
        });
        return escaped.append("\"}").toString();
    }

    private static String junkJson(Random random, String text) {
        return switch (random.nextInt(6)) {
            case 0 -> json(text).substring(0, random.nextInt(json(text).length()));
            case 1 -> "{\"text\": " + random.nextInt() + ", \"foreignInvested\": \"yes\"}";
            case 2 -> "[".repeat(5_000) + "]".repeat(5_000);
            case 3 -> "{\"text\": \"x\", \"unknown\": " + "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000) + "}";
            case 4 -> junk(random, 2_000);
            default -> "{\"text\": \"" + junk(random, 300).replace("\"", "").replace("\\", "") + "\", \"rightType\": \""
                    + junk(random, 20).replace("\"", "").replace("\\", "") + "\"}";
        };
    }

    /** Random printable junk. */
    private static String junk(Random random, int maxLength) {
        StringBuilder junk = new StringBuilder();
        int length = random.nextInt(maxLength) + 1;
        for (int i = 0; i < length; i++) {
            junk.append((char) (0x21 + random.nextInt(0x5e)));
        }
        return junk.toString();
    }

    private static String urlJunk(Random random) {
        return java.net.URLEncoder.encode(junk(random, 60), java.nio.charset.StandardCharsets.UTF_8);
    }
}
