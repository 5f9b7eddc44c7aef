package org.iprhotline.hotline.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerRequest;

import org.iprhotline.hotline.agency.DeadlineConfig;
import org.iprhotline.hotline.api.ClientAddress;
import org.iprhotline.hotline.classify.RightType;
import org.iprhotline.hotline.evidence.EvidenceConfig;
import org.iprhotline.hotline.evidence.EvidenceFiles;
import org.iprhotline.hotline.evidence.EvidenceRejected;
import org.iprhotline.hotline.evidence.StagedFile;
import org.iprhotline.hotline.limits.RateLimit;
import org.iprhotline.hotline.limits.RateLimits;
import org.iprhotline.hotline.region.Regions;
import org.iprhotline.hotline.routing.Agency;
import org.iprhotline.hotline.routing.Router;
import org.iprhotline.hotline.text.Labels;
import org.iprhotline.hotline.text.Language;
import org.iprhotline.hotline.text.Messages;
import org.iprhotline.hotline.tip.Channel;
import org.iprhotline.hotline.tip.IdempotencyConflictException;
import org.iprhotline.hotline.tip.IntakeUnavailableException;
import org.iprhotline.hotline.tip.Overloaded;
import org.iprhotline.hotline.tip.Receipt;
import org.iprhotline.hotline.tip.Reporter;
import org.iprhotline.hotline.tip.TipIntake;
import org.iprhotline.hotline.tip.TipLookup;
import org.iprhotline.hotline.tip.TipProgress;
import org.iprhotline.hotline.tip.TipReplies;
import org.iprhotline.hotline.tip.TipSubmission;

/**
 * The public web portal: what can be reported, the report form with its evidence files, the
 * receipt, and the case status page. Every page works without JavaScript, in Chinese and English.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PortalPages {

    private static final String FIELD_TRACKING = "trackingNumber";
    private static final String FIELD_CODE = "accessCode";
    private static final String FIELD_REPLY = "reply";
    private static final String FIELD_FILES = "reply-files";
    private static final int MAX_REPLY = 5_000;
    private static final long MB = 1024 * 1024;

    /** One line of the home page's table: a right and the agencies that handle it. */
    public record Responsibility(String right, String agencies) {
    }

    /** The limits the form states, in whole megabytes. */
    public record Limits(int files, long fileMb, long reportMb) {
    }

    /** The receipt as the confirmation page shows it. */
    public record Confirmation(String trackingNumber, String accessCode, List<String> agencies, boolean triage,
            boolean contactGiven, List<StagedFile> evidence, int acceptDays, int feedbackDays) {
    }

    /**
     * The reply form under the case: the access code already given (sent back with the reply, the
     * page is never cached), what was typed, its errors, and whether a reply was just sent.
     */
    public record ReplyForm(String accessCode, String text, Errors errors, boolean sent, String formId,
            List<StagedFile> kept) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Page page, List<Responsibility> responsibilities);

        static native TemplateInstance report(Page page, ReportForm form, Errors errors, List<StagedFile> kept,
                List<Choice> rightTypes, List<Province> regions, Limits limits);

        static native TemplateInstance received(Page page, Confirmation confirmation);

        static native TemplateInstance check(Page page, String trackingNumber, Errors errors);

        static native TemplateInstance status(Page page, CaseViews.CaseView view, ReplyForm reply, Limits limits);
    }

    /** A radio button of the right-type question, or a place in the region list. */
    public record Choice(String code, String label) {
    }

    /** A province in the region list: itself, then its cities. */
    public record Province(String label, List<Choice> places) {
    }

    private final TipIntake intake;
    private final TipLookup lookup;
    private final Router router;
    private final EvidenceFiles evidence;
    private final EvidenceConfig evidenceConfig;
    private final DeadlineConfig deadlines;
    private final PortalConfig config;
    private final CsrfGuard csrf;
    private final RateLimits limits;
    private final Messages english;
    private final Messages chinese;
    private final TipReplies replies;
    private final CaseViews cases;
    private final HtmlResponses responses;

    PortalPages(TipIntake intake, TipLookup lookup, TipReplies replies, CaseViews cases, HtmlResponses responses,
            Router router, EvidenceFiles evidence, EvidenceConfig evidenceConfig, DeadlineConfig deadlines,
            PortalConfig config, CsrfGuard csrf, RateLimits limits, @Localized("en") Messages english,
            @Localized("zh") Messages chinese) {
        this.intake = intake;
        this.replies = replies;
        this.cases = cases;
        this.responses = responses;
        this.lookup = lookup;
        this.router = router;
        this.evidence = evidence;
        this.evidenceConfig = evidenceConfig;
        this.deadlines = deadlines;
        this.config = config;
        this.csrf = csrf;
        this.limits = limits;
        this.english = english;
        this.chinese = chinese;
    }

    @GET
    public Response home(@QueryParam("lang") String switched, @BeanParam Browser browser) {
        Language language = browser.language(switched);
        Messages messages = messages(language);
        List<Responsibility> responsibilities = new ArrayList<>();
        for (RightType type : List.of(RightType.PATENT, RightType.TRADEMARK, RightType.COPYRIGHT,
                RightType.TRADE_SECRET, RightType.PLANT_VARIETY)) {
            List<String> agencies = router.table().leadFor(type, false).stream().map(Agency::code).toList();
            responsibilities.add(new Responsibility(Labels.rightType(messages, type),
                    Labels.agencies(router.table(), language, agencies)));
        }
        Page page = page(language, "/", true, browser);
        return html(200, Templates.home(page, responsibilities), page, switched);
    }

    @GET
    @Path("report")
    public Response reportForm(@QueryParam("lang") String switched, @BeanParam Browser browser) {
        Language language = browser.language(switched);
        ReportForm form = new ReportForm();
        form.formId = UUID.randomUUID().toString();
        Page page = page(language, "/report", true, browser);
        return html(200, reportPage(page, form, Errors.NONE, List.of()), page, switched);
    }

    @POST
    @Path("report")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response report(@BeanParam ReportForm form, @BeanParam Browser browser,
            @Context HttpServerRequest request) {
        Language language = browser.language(form.lang);
        Messages messages = messages(language);
        Page page = page(language, "/report", false, browser);
        if (!validFormId(form.formId)) {
            form.formId = UUID.randomUUID().toString();
        }
        if (!csrf.accepts(browser.csrfCookie(), form.csrfToken)) {
            return html(403, reportPage(page, form, single("text", messages.error_csrf()), List.of()), page, null);
        }
        RateLimits.Decision allowed = limits.tryAddress(RateLimit.PORTAL_REPORTS, ClientAddress.of(request));
        if (!allowed.allowed()) {
            return tooMany(html(429, reportPage(page, form, single("text", messages.error_rate_limited()), List.of()),
                    page, null), allowed.retryAfter());
        }

        List<ReportForm.FieldError> errors = form.check(messages);
        List<StagedFile> files = new ArrayList<>(evidence.staged(form.formId, ids(form.keep)));
        for (FileUpload upload : form.evidence) {
            if ((upload.fileName() == null || upload.fileName().isBlank()) && upload.size() == 0) {
                continue; // the browser sends an empty part when no file was chosen
            }
            try {
                files.add(evidence.stage(form.formId, upload.fileName(), upload.uploadedFile()));
            } catch (EvidenceRejected rejected) {
                errors.add(new ReportForm.FieldError("evidence", explain(messages, rejected)));
            }
        }
        try {
            evidence.checkReportLimits(files);
        } catch (EvidenceRejected rejected) {
            errors.add(new ReportForm.FieldError("evidence", explain(messages, rejected)));
        }
        if (!errors.isEmpty()) {
            return html(400, reportPage(page, form, new Errors(errors), files), page, null);
        }

        TipSubmission submission = new TipSubmission(Channel.WEB, form.tipText(messages), reporter(form),
                form.isForeignInvested(), RightType.fromCode(form.rightType).filter(type -> type != RightType.NONE),
                files.stream().map(evidence::asEvidence).toList(), Optional.empty(), false,
                Regions.get().find(form.region));
        Receipt receipt;
        try {
            receipt = intake.submit(submission, "web-form:" + form.formId);
        } catch (IntakeUnavailableException | Overloaded e) {
            return html(503, reportPage(page, form, single("text", messages.error_unavailable()), files), page, null);
        } catch (IdempotencyConflictException e) {
            return html(409, reportPage(page, form, single("text", messages.error_already_sent()), List.of()), page,
                    null);
        }
        return html(200, Templates.received(page, confirmation(language, receipt, submission, files)), page, null);
    }

    @GET
    @Path("cases")
    public Response checkForm(@QueryParam("lang") String switched, @BeanParam Browser browser) {
        Language language = browser.language(switched);
        Page page = page(language, "/cases", true, browser);
        return html(200, Templates.check(page, "", Errors.NONE), page, switched);
    }

    @POST
    @Path("cases")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response check(@RestForm String trackingNumber, @RestForm String accessCode, @RestForm String lang,
            @RestForm("csrf-token") String csrfToken, @BeanParam Browser browser,
            @Context HttpServerRequest request) {
        Language language = browser.language(lang);
        Messages messages = messages(language);
        Page page = page(language, "/cases", false, browser);
        String number = trackingNumber == null ? "" : trackingNumber.strip();
        if (!csrf.accepts(browser.csrfCookie(), csrfToken)) {
            return html(403, Templates.check(page, number, single(FIELD_TRACKING, messages.error_csrf())), page, null);
        }
        List<ReportForm.FieldError> errors = new ArrayList<>();
        if (number.isEmpty()) {
            errors.add(new ReportForm.FieldError(FIELD_TRACKING, messages.error_tracking_required()));
        }
        if (ReportForm.blank(accessCode)) {
            errors.add(new ReportForm.FieldError(FIELD_CODE, messages.error_code_required()));
        }
        if (!errors.isEmpty()) {
            return html(400, Templates.check(page, number, new Errors(errors)), page, null);
        }
        RateLimits.Decision allowed = limits.tryAddress(RateLimit.LOOKUPS, ClientAddress.of(request));
        if (!allowed.allowed()) {
            return tooMany(html(429, Templates.check(page, number, single(FIELD_TRACKING,
                    messages.error_rate_limited())), page, null), allowed.retryAfter());
        }
        TipLookup.Result result = lookup.forReporter(number, accessCode.strip());
        if (result instanceof TipLookup.Locked locked) {
            return tooMany(html(429, Templates.check(page, number, single(FIELD_TRACKING, messages.error_locked())),
                    page, null), Duration.between(Instant.now(), locked.until()));
        }
        if (!(result instanceof TipLookup.Found found)) {
            return html(404, Templates.check(page, number, single(FIELD_TRACKING, messages.error_not_found())), page,
                    null);
        }
        return html(200, Templates.status(page, cases.of(language, messages, found.progress()),
                new ReplyForm(accessCode.strip(), "", Errors.NONE, false, UUID.randomUUID().toString(), List.of()),
                limits()), page, null);
    }

    /** The reporter answers from the case page, with files if they like; the same checks as the API's replies. */
    @POST
    @Path("cases/reply")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response reply(@RestForm String trackingNumber, @RestForm String accessCode, @RestForm String text,
            @RestForm String formId, @RestForm("keep") List<String> keep, @RestForm("evidence") List<FileUpload> uploads,
            @RestForm String lang, @RestForm("csrf-token") String csrfToken, @BeanParam Browser browser,
            @Context HttpServerRequest request) {
        Language language = browser.language(lang);
        Messages messages = messages(language);
        Page page = page(language, "/cases", false, browser);
        Typed typed = new Typed(trackingNumber == null ? "" : trackingNumber.strip(),
                accessCode == null ? "" : accessCode.strip(), text == null ? "" : text,
                validFormId(formId) ? formId : UUID.randomUUID().toString());
        if (!csrf.accepts(browser.csrfCookie(), csrfToken)) {
            return casePage(403, page, typed, List.of(), single(FIELD_REPLY, messages.error_csrf()));
        }
        List<ReportForm.FieldError> errors = new ArrayList<>();
        if (ReportForm.blank(typed.text())) {
            errors.add(new ReportForm.FieldError(FIELD_REPLY, messages.error_reply_required()));
        }
        ReportForm.checkText(errors, messages, FIELD_REPLY, typed.text(), MAX_REPLY);
        RateLimits.Decision allowed = limits.tryAddress(RateLimit.REPLIES, ClientAddress.of(request));
        if (!allowed.allowed()) {
            return tooMany(casePage(429, page, typed, List.of(), single(FIELD_REPLY, messages.error_rate_limited())),
                    allowed.retryAfter());
        }
        // Files are kept for the form even when the reply has a mistake, as the report form keeps them.
        List<StagedFile> files = new ArrayList<>(evidence.staged(typed.formId(), ids(keep)));
        for (FileUpload upload : uploads == null ? List.<FileUpload>of() : uploads) {
            if ((upload.fileName() == null || upload.fileName().isBlank()) && upload.size() == 0) {
                continue;
            }
            try {
                files.add(evidence.stage(typed.formId(), upload.fileName(), upload.uploadedFile()));
            } catch (EvidenceRejected rejected) {
                errors.add(new ReportForm.FieldError(FIELD_FILES, explain(messages, rejected)));
            }
        }
        try {
            evidence.checkReportLimits(files);
        } catch (EvidenceRejected rejected) {
            errors.add(new ReportForm.FieldError(FIELD_FILES, explain(messages, rejected)));
        }
        if (!errors.isEmpty()) {
            return casePage(400, page, typed, files, new Errors(errors));
        }
        // The form's id keys the reply: a second click, or a reload that posts again, adds nothing.
        TipReplies.Result result = replies.reply(typed.number(), typed.code(), typed.text(), Channel.WEB,
                files.stream().map(evidence::asEvidence).toList(), Optional.of("web-reply:" + typed.formId()));
        if (result instanceof TipReplies.Closed) {
            return casePage(409, page, typed, List.of(), single(FIELD_REPLY, messages.error_closed()));
        }
        if (result instanceof TipReplies.Refused refused && refused.lookup() instanceof TipLookup.Locked locked) {
            return tooMany(html(429, Templates.check(page, typed.number(), single(FIELD_TRACKING,
                    messages.error_locked())), page, null), Duration.between(Instant.now(), locked.until()));
        }
        return casePage(200, page, typed, List.of(), Errors.NONE);
    }

    /** What the reply form sent back: the case it is about, the answer, and its files' form. */
    private record Typed(String number, String code, String text, String formId) {
    }

    /**
     * The case page after a reply: with the reply's errors beside their fields and its files kept,
     * or (no error) saying it was sent. A number and code that open no tip (a form altered by hand)
     * get the look-up form.
     */
    private Response casePage(int status, Page page, Typed typed, List<StagedFile> kept, Errors errors) {
        Messages messages = messages(page.language());
        if (!(lookup.forReporter(typed.number(), typed.code()) instanceof TipLookup.Found found)) {
            return html(404, Templates.check(page, typed.number(), single(FIELD_TRACKING, messages.error_not_found())),
                    page, null);
        }
        ReplyForm form = errors.any() ? new ReplyForm(typed.code(), typed.text(), errors, false, typed.formId(), kept)
                : new ReplyForm(typed.code(), "", Errors.NONE, status == 200, UUID.randomUUID().toString(), List.of());
        return html(status, Templates.status(page, cases.of(page.language(), messages, found.progress()), form,
                limits()), page, null);
    }

    private TemplateInstance reportPage(Page page, ReportForm form, Errors errors, List<StagedFile> kept) {
        Messages messages = messages(page.language());
        List<Choice> choices = ReportForm.RIGHT_TYPES.stream()
                .map(code -> new Choice(code, Labels.rightType(messages, code))).toList();
        return Templates.report(page, form, errors, kept, choices, regionChoices(page.language(), messages), limits());
    }

    /**
     * Provinces by their name in the page's language; cities by their Chinese name, after their English
     * name on an English page when they have one ("Shenzhen 深圳市").
     */
    private static List<Province> regionChoices(Language language, Messages messages) {
        Regions regions = Regions.get();
        return regions.provinces().stream().map(province -> {
            String name = language == Language.ZH ? province.nameZh() : province.nameEn();
            List<Choice> places = new ArrayList<>();
            places.add(new Choice(province.code(), name + " (" + messages.region_whole_province() + ")"));
            regions.citiesOf(province).forEach(city -> places.add(new Choice(city.code(),
                    language == Language.ZH || city.nameEn().isEmpty() ? city.nameZh()
                            : city.nameEn() + " " + city.nameZh())));
            return new Province(name, places);
        }).toList();
    }

    private Confirmation confirmation(Language language, Receipt receipt, TipSubmission submission,
            List<StagedFile> files) {
        List<String> agencies = receipt.agencies().stream().map(code -> Labels.agency(router.table(), language, code))
                .toList();
        boolean triage = receipt.agencies().contains(router.table().triage().code());
        return new Confirmation(receipt.trackingNumber().formatted(), receipt.accessCode(), agencies, triage,
                !submission.reporter().anonymous(), files, deadlines.acceptWorkingDays(), deadlines.feedbackDays());
    }

    private static Reporter reporter(ReportForm form) {
        if (form.isAnonymous()) {
            return Reporter.ANONYMOUS;
        }
        return new Reporter(strip(form.reporterName), strip(form.organisation), strip(form.phone), strip(form.email));
    }

    private String explain(Messages messages, EvidenceRejected rejected) {
        String name = rejected.fileName();
        return switch (rejected.reason()) {
            case EMPTY -> messages.error_evidence_empty(name);
            case TOO_LARGE -> messages.error_evidence_too_large(name, evidenceConfig.maxFileSize().asLongValue() / MB);
            case TYPE_NOT_ACCEPTED -> messages.error_evidence_type(name);
            case TOO_MANY_FILES -> messages.error_evidence_too_many(evidenceConfig.maxFiles());
            case REPORT_TOO_LARGE -> messages.error_evidence_report_too_large(
                    evidenceConfig.maxReportSize().asLongValue() / MB);
        };
    }

    /** The limits the forms state, in whole megabytes. */
    private Limits limits() {
        return new Limits(evidenceConfig.maxFiles(), evidenceConfig.maxFileSize().asLongValue() / MB,
                evidenceConfig.maxReportSize().asLongValue() / MB);
    }

    private static List<UUID> ids(List<String> keep) {
        List<UUID> ids = new ArrayList<>();
        for (String kept : keep == null ? List.<String>of() : keep) {
            try {
                ids.add(UUID.fromString(kept));
            } catch (IllegalArgumentException e) {
                // not one of ours; ignored
            }
        }
        return ids;
    }

    private static boolean validFormId(String formId) {
        try {
            return formId != null && UUID.fromString(formId).toString().equals(formId);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Errors single(String field, String message) {
        return new Errors(List.of(new ReportForm.FieldError(field, message)));
    }

    private static String strip(String value) {
        return ReportForm.blank(value) ? null : value.strip();
    }

    private static Response tooMany(Response page, Duration retryAfter) {
        return Response.fromResponse(page).header("Retry-After", Math.max(1, retryAfter.toSeconds())).build();
    }

    private Messages messages(Language language) {
        return language == Language.ZH ? chinese : english;
    }

    private Page page(Language language, String path, boolean switchable, Browser browser) {
        return new Page(language, path, switchable, config.hotlineNumber(), csrf.tokenFor(browser.csrfCookie()));
    }

    private Response html(int status, TemplateInstance template, Page page, String switched) {
        return responses.html(status, template, page, switched);
    }
}
