package org.iprhotline.hotline.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;

import org.iprhotline.hotline.agency.OverdueTips;
import org.iprhotline.hotline.api.StaffRoles;
import org.iprhotline.hotline.campaign.Campaigns;
import org.iprhotline.hotline.classify.Flag;
import org.iprhotline.hotline.classify.RightType;
import org.iprhotline.hotline.region.Areas;
import org.iprhotline.hotline.region.Region;
import org.iprhotline.hotline.region.Regions;
import org.iprhotline.hotline.routing.Router;
import org.iprhotline.hotline.text.Labels;
import org.iprhotline.hotline.text.Language;
import org.iprhotline.hotline.text.Messages;
import org.iprhotline.hotline.text.StaffMessages;
import org.iprhotline.hotline.tip.CampaignTargets;
import org.iprhotline.hotline.tip.CaseFiles;
import org.iprhotline.hotline.tip.CaseOutcome;
import org.iprhotline.hotline.tip.CriminalReferrals;
import org.iprhotline.hotline.tip.Evidence;
import org.iprhotline.hotline.tip.ReferralConfig;
import org.iprhotline.hotline.tip.StatusUpdate;
import org.iprhotline.hotline.tip.TipProgress;
import org.iprhotline.hotline.tip.TipStatus;
import org.iprhotline.hotline.tip.TipStatusUpdates;
import org.iprhotline.hotline.tip.TrackingNumber;
import org.iprhotline.hotline.tip.SignificantReports;
import org.iprhotline.hotline.tip.TriageDecisions;
import org.iprhotline.hotline.web.Desks.Desk;

/**
 * The staff screens: an officer's queue of the tips their agencies hold, a tip's file with the
 * actions an agency takes (they go through {@link TipStatusUpdates}, as updates from an agency's
 * system do: same checks, same events, same messages to the reporter), the triage desk's queue and
 * decisions, and the coordinators' overdue list. Chinese and English, no script, the portal's
 * look. Sign-in is the service's (OIDC's authorization-code flow in production and local runs).
 */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"staff", "coordinator"})
@Blocking
public class StaffPages {

    private static final int MAX_NOTE = 2_000;
    private static final int CLUSTERS_SHOWN = 200;
    private static final int REFUSALS_SHOWN = 200;
    private static final BigDecimal MAX_PENALTY = new BigDecimal("1e13");
    private static final List<TipStatus> QUEUE_STATUSES = List.of(TipStatus.ROUTED, TipStatus.ACCEPTED,
            TipStatus.IN_PROGRESS, TipStatus.INFO_REQUESTED, TipStatus.TRANSFERRED, TipStatus.CLOSED);
    /** What an officer can do to a tip, in the order the screen offers it. */
    private static final List<TipStatus> ACTIONS = List.of(TipStatus.ACCEPTED, TipStatus.IN_PROGRESS,
            TipStatus.INFO_REQUESTED, TipStatus.TRANSFERRED, TipStatus.REFERRED, TipStatus.CLOSED,
            TipStatus.REFERRAL_ACCEPTED, TipStatus.REFERRAL_REFUSED);
    /** Public security's answers to a referral. */
    private static final Set<TipStatus> ANSWERS = EnumSet.of(TipStatus.REFERRAL_ACCEPTED, TipStatus.REFERRAL_REFUSED);

    /** A choice in a list: its value, its label and whether it is the chosen one. */
    public record Option(String value, String label, boolean selected) {
    }

    public record Row(String number, String href, String received, String status, String right, String agencies,
            String region, String excerpt) {
    }

    /** A queue page: its filters, its rows and the links to the pages around it. */
    public record Queue(String title, String path, List<Option> statuses, List<Option> rights, List<Option> provinces,
            boolean oneCluster, List<Row> rows, int page, String pageLine, String previous, String next) {
    }

    public record ClusterRow(String id, String href, long tips, String first, String last, String rights,
            String agencies) {
    }

    public record Link(String label, String href) {
    }

    /** A tip's file as staff read it. */
    public record TipFile(String number, String right, String confidence, String classifiedBy, String flags,
            String channel, String region, boolean regionInferred, String reporterName, String reporterOrganisation,
            String reporterPhone, String reporterEmail, boolean anonymous, boolean withheld, String text,
            List<Link> evidence, CaseViews.CaseView view) {
    }

    /**
     * The actions under a tip: for each agency the officer acts for, and (triage desk) the decision.
     *
     * @param done       what was just saved, to say so
     * @param reportable whether the officer may report the tip to the office as significant
     * @param reported   who reported it to the office and when, once someone has
     * @param referable  whether one of the agencies the officer acts for may refer the tip to public
     *                   security now (an administrative one, and no referral awaits its answer)
     * @param answering  whether the officer acts for public security and a referral awaits its answer
     */
    public record Actions(List<Option> actingFor, List<Option> transferTargets, List<Option> outcomes,
            boolean triage, List<Option> rights, List<Option> flags, Errors errors, String typedNote, String done,
            boolean reportable, String reported, String typedReport, boolean referable, boolean answering) {
    }

    public record OverdueRow(String number, String href, String agencies, String status, String received,
            String missed, String due, boolean provisional) {
    }

    public record RefusalRow(String number, String href, String referredBy, String referred, String refused,
            String reason) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Desk desk, Queue queue, String done, String refused);

        static native TemplateInstance tip(Desk desk, TipFile file, Actions actions);

        static native TemplateInstance overdue(Desk desk, List<OverdueRow> rows);

        static native TemplateInstance referrals(Desk desk, List<RefusalRow> rows);

        static native TemplateInstance clusters(Desk desk, List<ClusterRow> clusters, List<Option> campaigns,
                String done, String error);

        static native TemplateInstance missing(Desk desk);
    }

    private final SecurityIdentity identity;
    private final CaseFiles files;
    private final CaseViews views;
    private final TipStatusUpdates updates;
    private final TriageDecisions decisions;
    private final OverdueTips overdueTips;
    private final Router router;
    private final CsrfGuard csrf;
    private final Desks desks;
    private final HtmlResponses responses;
    private final Campaigns campaigns;
    private final CampaignTargets targets;
    private final SignificantReports reports;
    private final ReferralConfig referral;
    private final CriminalReferrals criminalReferrals;

    StaffPages(SecurityIdentity identity, CaseFiles files, CaseViews views, TipStatusUpdates updates,
            TriageDecisions decisions, OverdueTips overdueTips, Router router, CsrfGuard csrf, Desks desks,
            HtmlResponses responses, Campaigns campaigns, CampaignTargets targets, SignificantReports reports,
            ReferralConfig referral, CriminalReferrals criminalReferrals) {
        this.identity = identity;
        this.files = files;
        this.views = views;
        this.updates = updates;
        this.decisions = decisions;
        this.overdueTips = overdueTips;
        this.router = router;
        this.csrf = csrf;
        this.desks = desks;
        this.responses = responses;
        this.campaigns = campaigns;
        this.targets = targets;
        this.reports = reports;
        this.referral = referral;
        this.criminalReferrals = criminalReferrals;
    }

    /** The tips the officer's agencies hold; coordinators see every agency's. */
    @GET
    public Response queue(@QueryParam("status") String status, @QueryParam("right") String right,
            @QueryParam("province") String province, @QueryParam("cluster") String cluster,
            @QueryParam("page") String page,
            @QueryParam("lang") String switched, @BeanParam Browser browser) {
        Desk desk = desks.desk(switched, browser, "/staff");
        StaffMessages staff = desks.staff(desk);
        List<String> agencies = StaffRoles.isCoordinator(identity) ? List.of() : StaffRoles.agencies(identity);
        if (!StaffRoles.isCoordinator(identity) && agencies.isEmpty()) {
            return html(200, Templates.missing(desk), desk, switched);
        }
        String title = agencies.isEmpty() ? staff.queue_title_all() : staff.queue_title();
        return html(200, Templates.queue(desk, queue(desk, title, "/staff", agencies, status, right, province, cluster, page),
                null, null), desk, switched);
    }

    /** The triage desk's queue: tips nobody could route. */
    @GET
    @Path("triage")
    @RolesAllowed({"triage", "coordinator"})
    public Response triage(@QueryParam("page") String page, @QueryParam("routed") String routed,
            @QueryParam("to") String to, @QueryParam("closed") String closed, @QueryParam("lang") String switched,
            @BeanParam Browser browser) {
        Desk desk = desks.desk(switched, browser, "/staff/triage");
        StaffMessages staff = desks.staff(desk);
        // The tips still to decide: a tip the desk holds is routed until it routes or closes it.
        Queue queue = queue(desk, staff.triage_title(), "/staff/triage",
                List.of(router.table().triage().code()), TipStatus.ROUTED.code(), null, null, null, page);
        // After a decision: which tip went where (the desk no longer holds it, so cannot open it).
        String done = null;
        Optional<TrackingNumber> number = Optional.ofNullable(routed).flatMap(TrackingNumber::parse);
        if (number.isPresent() && to != null) {
            List<String> agencies = List.of(to.split(",", 20)).stream()
                    .filter(code -> router.table().agency(code).isPresent()).toList();
            done = staff.routed(number.get().formatted(),
                    Labels.agencies(router.table(), desk.page().language(), agencies));
        }
        Optional<TrackingNumber> closedNumber = Optional.ofNullable(closed).flatMap(TrackingNumber::parse);
        if (closedNumber.isPresent()) {
            done = staff.triage_closed(closedNumber.get().formatted());
        }
        return html(200, Templates.queue(desk, queue, done, null), desk, switched);
    }

    /** The coordinators' list of tips past a deadline. */
    @GET
    @Path("overdue")
    @RolesAllowed("coordinator")
    public Response overdue(@QueryParam("lang") String switched, @BeanParam Browser browser) {
        Desk desk = desks.desk(switched, browser, "/staff/overdue");
        Messages messages = messages(desk);
        List<OverdueRow> rows = overdueTips.list(Instant.now()).stream().map(tip -> new OverdueRow(
                tip.trackingNumber(), tipHref(tip.trackingNumber()),
                Labels.agencies(router.table(), desk.page().language(), tip.agencies()),
                Labels.status(messages, TipStatus.valueOf(tip.status().toUpperCase(Locale.ROOT))),
                views.when(tip.receivedAt()), deadline(messages, tip.missed()), views.when(tip.due()),
                tip.dueProvisional())).toList();
        return html(200, Templates.overdue(desk, rows), desk, switched);
    }

    /**
     * The procuratorate's list of referrals public security refused, which it oversees (a bureau's,
     * of its area); coordinators see it too. Each opens the tip's file, to read, not to act on.
     */
    @GET
    @Path("referrals")
    public Response referrals(@QueryParam("lang") String switched, @BeanParam Browser browser) {
        Desk desk = desks.desk(switched, browser, "/staff/referrals");
        if (!desk.oversight() && !desk.coordinator()) {
            return html(404, Templates.missing(desk), desk, switched);
        }
        Language language = desk.page().language();
        List<RefusalRow> rows = criminalReferrals.refused(desk.coordinator() ? List.of() : StaffRoles.areas(identity),
                REFUSALS_SHOWN).stream().map(refused -> new RefusalRow(refused.trackingNumber().formatted(),
                        tipHref(refused.trackingNumber().formatted()),
                        Labels.agency(router.table(), language, refused.referringAgency()),
                        views.when(refused.referredAt()), views.when(refused.refusedAt()), refused.reason()))
                .toList();
        return html(200, Templates.referrals(desk, rows), desk, switched);
    }

    /** The coordinators' case clusters: tips that name the same shop, link, company or number. */
    @GET
    @Path("clusters")
    @RolesAllowed("coordinator")
    public Response clusters(@QueryParam("lang") String switched, @BeanParam Browser browser) {
        Desk desk = desks.desk(switched, browser, "/staff/clusters");
        return clustersPage(200, desk, null, null, switched);
    }

    /**
     * A coordinator makes a cluster the target of a campaign running today: the same targeting as
     * {@code POST /api/v1/campaigns/{code}/clusters}, its tips joining the campaign.
     */
    @POST
    @Path("clusters/{id}/campaign")
    @RolesAllowed("coordinator")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response target(@PathParam("id") String id, @RestForm String campaign, @RestForm String lang,
            @RestForm("csrf-token") String csrfToken, @BeanParam Browser browser) {
        Desk desk = desks.desk(lang, browser, "/staff/clusters");
        Messages messages = messages(desk);
        StaffMessages staff = desks.staff(desk);
        if (!csrf.accepts(browser.csrfCookie(), csrfToken)) {
            return clustersPage(403, desk, null, messages.error_csrf(), null);
        }
        String name = campaign == null ? "" : campaignName(desk, campaign);
        Optional<UUID> cluster = uuid(id);
        CampaignTargets.Result result = cluster.isEmpty() ? new CampaignTargets.UnknownCluster()
                : campaign == null ? new CampaignTargets.UnknownCampaign()
                : targets.target(campaign, cluster.get(), identity.getPrincipal().getName(), Instant.now());
        if (result instanceof CampaignTargets.Targeted targeted) {
            return clustersPage(200, desk, staff.cluster_campaign("targeted", name, targeted.tips()), null,
                    null);
        }
        if (result instanceof CampaignTargets.AlreadyTargeted) {
            return clustersPage(200, desk, staff.cluster_campaign("already", name, 0), null, null);
        }
        if (result instanceof CampaignTargets.CampaignNotRunning) {
            return clustersPage(409, desk, null, staff.cluster_campaign("ended", name, 0), null);
        }
        if (result instanceof CampaignTargets.UnknownCluster) {
            return clustersPage(404, desk, null, staff.cluster_campaign("no-cluster", name, 0), null);
        }
        return clustersPage(400, desk, null, staff.cluster_campaign("no-campaign", name, 0), null);
    }

    private Response clustersPage(int status, Desk desk, String done, String error, String switched) {
        Messages messages = messages(desk);
        Language language = desk.page().language();
        List<ClusterRow> rows = files.clusters(CLUSTERS_SHOWN).stream().map(cluster -> new ClusterRow(
                cluster.id().toString(), "/staff?cluster=" + cluster.id(), cluster.tips(), views.when(cluster.first()),
                views.when(cluster.last()), String.join(language == Language.ZH ? "、" : "; ", cluster.rightTypes()
                        .stream().map(code -> Labels.rightType(messages, code.toLowerCase(Locale.ROOT))).toList()),
                Labels.agencies(router.table(), language, cluster.agencies()))).toList();
        Instant now = Instant.now();
        List<Option> running = campaigns.all().stream().filter(campaign -> campaigns.runsAt(campaign, now))
                .map(campaign -> new Option(campaign.code(), language == Language.ZH ? campaign.nameZh()
                        : campaign.nameEn(), false)).toList();
        return html(status, Templates.clusters(desk, rows, running, done, error), desk, switched);
    }

    private String campaignName(Desk desk, String code) {
        return campaigns.find(code).map(campaign -> desk.page().language() == Language.ZH ? campaign.nameZh()
                : campaign.nameEn()).orElse(code);
    }

    /** A tip's file, with what the officer may do. */
    @GET
    @Path("tips/{number}")
    public Response tip(@PathParam("number") String number, @QueryParam("done") String done,
            @QueryParam("lang") String switched, @BeanParam Browser browser) {
        Desk desk = desks.desk(switched, browser, "/staff/tips/" + number);
        String notice = done == null ? null
                : "reported".equals(done) ? desks.staff(desk).significant_done() : desks.staff(desk).done();
        return tipPage(200, desk, number, Errors.NONE, "", notice, switched);
    }

    /** An officer acts on a tip for one of their agencies: the same update an agency's system sends. */
    @POST
    @Path("tips/{number}/actions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("number") String number, @RestForm String agency, @RestForm String action,
            @RestForm String note, @RestForm String transferTo, @RestForm String outcome, @RestForm String penalty,
            @RestForm String lang, @RestForm("csrf-token") String csrfToken,
            @BeanParam Browser browser) {
        Desk desk = desks.desk(lang, browser, "/staff/tips/" + number);
        Messages messages = messages(desk);
        StaffMessages staff = desks.staff(desk);
        String typed = note == null ? "" : note;
        if (!csrf.accepts(browser.csrfCookie(), csrfToken)) {
            return tipPage(403, desk, number, single("note", messages.error_csrf()), typed, null, null);
        }
        Optional<TipStatus> status = Optional.ofNullable(action).flatMap(StaffPages::action);
        List<ReportForm.FieldError> errors = new ArrayList<>();
        if (status.isEmpty()) {
            errors.add(new ReportForm.FieldError("action", staff.error_action()));
        }
        if (agency == null || !StaffRoles.agencies(identity).contains(agency)) {
            errors.add(new ReportForm.FieldError("action", staff.error_agency()));
        }
        ReportForm.checkText(errors, messages, "note", typed, MAX_NOTE);
        String question = typed.strip();
        if (status.orElse(null) == TipStatus.INFO_REQUESTED && question.isEmpty()) {
            errors.add(new ReportForm.FieldError("note", staff.error_question()));
        }
        // Public security answers a referral; a refusal says why, for the procuratorate's oversight.
        if (status.filter(ANSWERS::contains).isPresent()) {
            if (!referral.police().equals(agency)) {
                errors.add(new ReportForm.FieldError("action", staff.error_action()));
            } else if (status.get() == TipStatus.REFERRAL_REFUSED && question.isEmpty()) {
                errors.add(new ReportForm.FieldError("note", staff.error_refusal_reason()));
            }
        }
        if (status.orElse(null) == TipStatus.TRANSFERRED
                && (transferTo == null || transferTo.equals(agency) || router.table().accepting(transferTo).isEmpty())) {
            errors.add(new ReportForm.FieldError("transferTo", staff.error_transfer()));
        }
        Optional<CaseOutcome> closing = Optional.ofNullable(outcome).flatMap(CaseOutcome::parse);
        Optional<BigDecimal> amount = amount(penalty);
        if (status.orElse(null) == TipStatus.CLOSED) {
            if (closing.isEmpty()) {
                errors.add(new ReportForm.FieldError("outcome", staff.error_outcome()));
            } else if (closing.get() == CaseOutcome.PENALTY_IMPOSED && amount.isEmpty()) {
                errors.add(new ReportForm.FieldError("penalty", staff.error_penalty()));
            }
        }
        if (!errors.isEmpty()) {
            return tipPage(400, desk, number, new Errors(errors), typed, null, null);
        }
        // A bureau's officer (a city's too) speaks for the bureau of the tip's province, as its own topic would.
        List<String> within = StaffRoles.areas(identity);
        Optional<String> bureau = Optional.empty();
        if (!within.isEmpty()) {
            Optional<CaseFiles.CaseFile> seen = TrackingNumber.parse(number)
                    .flatMap(parsed -> files.open(parsed, StaffRoles.agencies(identity), within, false));
            if (seen.isEmpty()) {
                return passedOn(desk, number).orElseGet(() -> html(404, Templates.missing(desk), desk, null));
            }
            bureau = Optional.of(seen.get().region().substring(0, 2));
        }
        TipStatus chosen = status.get();
        TipStatusUpdates.Result result = updates.apply(new StatusUpdate("staff:" + UUID.randomUUID(), agency, agency,
                number, chosen, chosen == TipStatus.TRANSFERRED ? Optional.of(transferTo) : Optional.empty(),
                question.isEmpty() ? Optional.empty() : Optional.of(question),
                chosen == TipStatus.CLOSED ? closing.map(CaseOutcome::code) : Optional.empty(),
                chosen == TipStatus.CLOSED && closing.get() == CaseOutcome.PENALTY_IMPOSED ? amount : Optional.empty(),
                bureau, Optional.of(identity.getPrincipal().getName())));
        if (!result.applied()) {
            Optional<Response> gone = result.refusal() == TipStatusUpdates.Refusal.NOT_HOLDING ? passedOn(desk, number)
                    : Optional.empty();
            return gone.orElseGet(() -> tipPage(409, desk, number, single("action", refusal(staff, result, number)),
                    typed, null, null));
        }
        return seeOther(number);
    }

    /** A step the agency's update refused, in the desk's language where an officer may meet it. */
    private static String refusal(StaffMessages staff, TipStatusUpdates.Result result, String number) {
        return switch (result.refusal()) {
            case REPEAT -> staff.error_repeated();
            case NOT_HOLDING -> staff.error_not_holding(number);
            case TARGET_HOLDS -> staff.error_target_holds();
            case REFERRAL_OPEN -> staff.error_referral_open();
            case NOT_REFERRER -> staff.error_not_referrer();
            case NO_OPEN_REFERRAL -> staff.error_no_referral();
            case OTHER -> staff.refused(result.reason());
        };
    }

    /**
     * When the officer's agencies transferred the tip away since their page was opened, they can no
     * longer open it: their own queue says why the step was not saved (409). Empty for any other tip
     * they cannot see, which stays "not found".
     */
    private Optional<Response> passedOn(Desk desk, String number) {
        List<String> mine = StaffRoles.agencies(identity);
        Optional<TrackingNumber> parsed = TrackingNumber.parse(number)
                .filter(tracking -> files.passedOn(tracking, mine, StaffRoles.areas(identity)));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        StaffMessages staff = desks.staff(desk);
        Queue queue = queue(desk, staff.queue_title(), "/staff", mine, null, null, null, null, null);
        return Optional.of(html(409, Templates.queue(desk, queue, null,
                staff.error_not_holding(parsed.get().formatted())), desk, null));
    }

    /**
     * An officer reports a tip their agency holds to the leading-group office as a significant case,
     * saying why; the office is told once per tip.
     */
    @POST
    @Path("tips/{number}/significant")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reportSignificant(@PathParam("number") String number, @RestForm String agency,
            @RestForm String note, @RestForm String lang, @RestForm("csrf-token") String csrfToken,
            @BeanParam Browser browser) {
        Desk desk = desks.desk(lang, browser, "/staff/tips/" + number);
        Messages messages = messages(desk);
        StaffMessages staff = desks.staff(desk);
        String typed = note == null ? "" : note;
        if (!csrf.accepts(browser.csrfCookie(), csrfToken)) {
            return tipPage(403, desk, number, single("significant-note", messages.error_csrf()), "", typed, null, null);
        }
        List<ReportForm.FieldError> errors = new ArrayList<>();
        if (agency == null || agency.equals(router.table().triage().code())
                || !StaffRoles.agencies(identity).contains(agency)) {
            errors.add(new ReportForm.FieldError("significant-note", staff.error_agency()));
        }
        ReportForm.checkText(errors, messages, "significant-note", typed, MAX_NOTE);
        if (typed.isBlank() && errors.isEmpty()) {
            errors.add(new ReportForm.FieldError("significant-note", staff.error_significant_note()));
        }
        Optional<TrackingNumber> parsed = TrackingNumber.parse(number);
        // The officer must see the tip (a bureau only its own area's) before speaking of it.
        Optional<CaseFiles.CaseFile> seen = parsed.flatMap(tracking -> files.open(tracking, StaffRoles.agencies(identity),
                StaffRoles.areas(identity), false));
        if (seen.isEmpty()) {
            return passedOn(desk, number).orElseGet(() -> html(404, Templates.missing(desk), desk, null));
        }
        if (!errors.isEmpty()) {
            return tipPage(400, desk, number, new Errors(errors), "", typed, null, null);
        }
        SignificantReports.Result result = reports.report(parsed.get(), agency, identity.getPrincipal().getName(),
                typed.strip());
        if (result instanceof SignificantReports.NotHeld) {
            return tipPage(409, desk, number, single("significant-note", staff.error_agency()), "", typed, null, null);
        }
        // Reported now, or by someone else first: either way the page says who told the office, and when.
        return Response.seeOther(URI.create("/staff/tips/" + number
                + (result instanceof SignificantReports.Reported ? "?done=reported" : ""))).build();
    }

    /** The triage desk decides what a tip is; the routing table sends it on. */
    @POST
    @Path("tips/{number}/decision")
    @RolesAllowed({"triage", "coordinator"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("number") String number, @RestForm String rightType,
            @RestForm("flag") List<String> flagCodes, @RestForm String note, @RestForm String lang,
            @RestForm("csrf-token") String csrfToken, @BeanParam Browser browser) {
        Desk desk = desks.desk(lang, browser, "/staff/tips/" + number);
        Messages messages = messages(desk);
        StaffMessages staff = desks.staff(desk);
        String typed = note == null ? "" : note;
        if (!csrf.accepts(browser.csrfCookie(), csrfToken)) {
            return tipPage(403, desk, number, single("rightType", messages.error_csrf()), typed, null, null);
        }
        List<ReportForm.FieldError> errors = new ArrayList<>();
        Optional<RightType> right = Optional.ofNullable(rightType).flatMap(RightType::fromCode);
        if (right.isEmpty()) {
            errors.add(new ReportForm.FieldError("rightType", messages.error_right_type()));
        }
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        for (String code : flagCodes == null ? List.<String>of() : flagCodes) {
            Flag.fromCode(code).ifPresentOrElse(flags::add,
                    () -> errors.add(new ReportForm.FieldError("flags", messages.error_characters())));
        }
        if (right.filter(type -> type == RightType.NONE).isPresent() && !flags.isEmpty()) {
            errors.add(new ReportForm.FieldError("flags", staff.error_flags_on_none()));
        }
        ReportForm.checkText(errors, messages, "triage-note", typed, MAX_NOTE);
        Optional<TrackingNumber> parsed = TrackingNumber.parse(number);
        if (parsed.isEmpty()) {
            return tipPage(404, desk, number, Errors.NONE, "", null, null);
        }
        if (!errors.isEmpty()) {
            return tipPage(400, desk, number, new Errors(errors), typed, null, null);
        }
        TriageDecisions.Result result = decisions.decide(parsed.get(), right.get(), flags,
                identity.getPrincipal().getName(), typed.isBlank() ? null : typed.strip());
        if (result instanceof TriageDecisions.NotInTriage) {
            return tipPage(409, desk, number, single("rightType", staff.error_not_in_triage()), typed, null,
                    null);
        }
        if (result instanceof TriageDecisions.Closed) {
            return Response.seeOther(URI.create("/staff/triage?closed=" + parsed.get().formatted())).build();
        }
        if (!(result instanceof TriageDecisions.Routed sent)) {
            return tipPage(404, desk, number, Errors.NONE, "", null, null);
        }
        return Response.seeOther(URI.create("/staff/triage?routed=" + parsed.get().formatted() + "&to="
                + String.join(",", sent.agencies()))).build();
    }

    private Response tipPage(int status, Desk desk, String number, Errors errors, String typed, String done,
            String switched) {
        return tipPage(status, desk, number, errors, typed, "", done, switched);
    }

    /** {@code typedReport}: what the officer wrote in the report to the office, shown again with an error. */
    private Response tipPage(int status, Desk desk, String number, Errors errors, String typed, String typedReport,
            String done, String switched) {
        Language language = desk.page().language();
        Messages messages = messages(desk);
        boolean coordinator = StaffRoles.isCoordinator(identity);
        List<String> mine = StaffRoles.agencies(identity);
        Optional<CaseFiles.CaseFile> found = TrackingNumber.parse(number)
                .flatMap(parsed -> files.open(parsed, mine, StaffRoles.areas(identity), coordinator));
        if (found.isEmpty()) {
            return html(404, Templates.missing(desk), desk, switched);
        }
        CaseFiles.CaseFile tip = found.get();
        String triage = router.table().triage().code();
        List<Option> actingFor = tip.agencies().stream().filter(mine::contains).filter(code -> !code.equals(triage))
                .map(code -> new Option(code, Labels.agency(router.table(), language, code), false)).toList();
        // As in the desk's queue: a tip it holds is routed until it routes or closes it.
        boolean triaging = tip.agencies().contains(triage) && tip.status() == TipStatus.ROUTED
                && (desk.triage() || coordinator);
        List<Option> targets = router.table().agencies().stream()
                .filter(agency -> !tip.agencies().contains(agency.code()))
                .map(agency -> new Option(agency.code(), agency.name().in(language == Language.ZH), false)).toList();
        List<Option> outcomes = List.of(CaseOutcome.values()).stream()
                .map(outcome -> new Option(outcome.code(), Labels.outcome(messages, outcome), false)).toList();
        // The rights, then "no IP matter", which closes the tip rather than routing it.
        List<Option> rights = Stream.concat(ReportForm.RIGHT_TYPES.stream().filter(code -> !code.equals("not_sure")
                && !code.equals("none")).map(code -> new Option(code, Labels.rightType(messages, code), false)),
                Stream.of(new Option(RightType.NONE.code(), desks.staff(desk).triage_none(), false))).toList();
        List<Option> flags = List.of(Flag.values()).stream()
                .map(flag -> new Option(flag.code(), flagLabel(messages, flag), tip.flags().contains(flag.code())))
                .toList();
        Optional<SignificantReports.Report> report = reports.of(tip.trackingNumber());
        String reported = report.map(made -> desks.staff(desk).significant_reported(
                Labels.agency(router.table(), language, made.agency()), views.when(made.at()))).orElse(null);
        boolean reportable = report.isEmpty() && !actingFor.isEmpty() && tip.rightType() != RightType.NONE;
        boolean referralOpen = referralOpen(tip);
        Set<String> criminal = Set.of(referral.police(), referral.procuratorate());
        boolean referable = !referralOpen && actingFor.stream().anyMatch(option -> !criminal.contains(option.value()));
        boolean answering = referralOpen && actingFor.stream().anyMatch(option -> option.value().equals(referral.police()));
        Actions actions = new Actions(actingFor, targets, outcomes, triaging, rights, flags, errors, typed, done,
                reportable, reported, typedReport, referable, answering);
        return html(status, Templates.tip(desk, file(desk, messages, tip), actions), desk, switched);
    }

    private static String deadline(Messages messages, String missed) {
        return switch (missed) {
            case "feedback" -> messages.deadline_feedback();
            case "referral" -> messages.deadline_referral();
            default -> messages.deadline_acceptance();
        };
    }

    /** Whether a referral of the tip to public security awaits its answer: its last referral step is the referral. */
    private static boolean referralOpen(CaseFiles.CaseFile tip) {
        TipStatus last = null;
        for (TipProgress.Step step : tip.progress().history()) {
            if (step.status().referralStep()) {
                last = step.status();
            }
        }
        return last == TipStatus.REFERRED;
    }

    private TipFile file(Desk desk, Messages messages, CaseFiles.CaseFile tip) {
        StaffMessages staff = desks.staff(desk);
        Language language = desk.page().language();
        String flags = tip.flags().isEmpty() ? staff.none() : String.join(language == Language.ZH ? "、" : "; ",
                tip.flags().stream().map(code -> Flag.fromCode(code).map(flag -> flagLabel(messages, flag))
                        .orElse(code)).toList());
        String region = tip.region() == null ? staff.none()
                : Regions.get().find(tip.region()).map(found -> placeName(language, found)).orElse(tip.region());
        // Only web addresses become links: a stored address is never a script for the officer's browser.
        List<Link> evidence = tip.evidence().stream().map(item -> new Link(evidenceLabel(item),
                item.url() != null && (item.url().startsWith("https://") || item.url().startsWith("http://"))
                        ? item.url() : null)).toList();
        return new TipFile(tip.trackingNumber().formatted(), Labels.rightType(messages, tip.rightType()),
                String.format(Locale.ROOT, "%.2f", tip.confidence()),
                tip.classifiedBy() == null ? "" : tip.classifiedBy(), flags, Labels.channel(messages, tip.channel()), region,
                tip.regionInferred(), tip.reporter() == null ? null : tip.reporter().name(),
                tip.reporter() == null ? null : tip.reporter().organisation(),
                tip.reporter() == null ? null : tip.reporter().phone(),
                tip.reporter() == null ? null : tip.reporter().email(),
                tip.reporter() != null && tip.reporter().anonymous(), tip.contactWithheld(), tip.text(), evidence,
                views.of(language, messages, tip.progress()));
    }

    private Queue queue(Desk desk, String title, String path, List<String> agencies, String status, String right,
            String province, String cluster, String page) {
        Language language = desk.page().language();
        Messages messages = messages(desk);
        StaffMessages staff = desks.staff(desk);
        Optional<TipStatus> chosenStatus = QUEUE_STATUSES.stream().filter(value -> value.code().equals(status))
                .findFirst();
        Optional<RightType> chosenRight = Optional.ofNullable(right).flatMap(RightType::fromCode);
        Optional<String> chosenProvince = Optional.ofNullable(province).filter(code -> code.length() == 2)
                .filter(code -> Regions.get().find(code + "0000").isPresent());
        Optional<UUID> chosenCluster = uuid(cluster);
        int shown = pageIndex(page);
        List<String> within = StaffRoles.areas(identity);
        CaseFiles.QueuePage found = files.queue(new CaseFiles.Filter(agencies, chosenStatus, chosenRight,
                chosenProvince, chosenCluster, within), shown);
        List<Option> statuses = QUEUE_STATUSES.stream().map(value -> new Option(value.code(),
                Labels.status(messages, value), chosenStatus.orElse(null) == value)).toList();
        List<Option> rights = List.of(RightType.values()).stream().map(type -> new Option(type.code(),
                Labels.rightType(messages, type), chosenRight.orElse(null) == type)).toList();
        List<Option> provinces = Regions.get().provinces().stream()
                .filter(place -> within.isEmpty() || within.stream().anyMatch(area -> Areas.isArea(area)
                        && area.startsWith(place.province()))).map(place -> new Option(
                place.code().substring(0, 2), language == Language.ZH ? place.nameZh() : place.nameEn(),
                chosenProvince.filter(place.code()::startsWith).isPresent())).toList();
        List<Row> rows = found.lines().stream().map(line -> new Row(line.trackingNumber().formatted(),
                tipHref(line.trackingNumber().formatted()), views.when(line.receivedAt()),
                Labels.status(messages, line.status()), Labels.rightType(messages, line.rightType()),
                Labels.agencies(router.table(), language, line.agencies()),
                line.region() == null ? "" : Regions.get().find(line.region()).map(place -> placeName(language, place))
                        .orElse(line.region()), line.excerpt())).toList();
        String filters = (chosenStatus.map(value -> "&status=" + value.code()).orElse(""))
                + chosenRight.map(value -> "&right=" + value.code()).orElse("")
                + chosenProvince.map(value -> "&province=" + value).orElse("")
                + chosenCluster.map(value -> "&cluster=" + value).orElse("");
        String previous = shown == 0 ? null : path + "?page=" + shown + filters;
        String next = found.hasNext() ? path + "?page=" + (shown + 2) + filters : null;
        String pageLine = found.more() ? staff.page_many(shown + 1, found.total())
                : staff.page(shown + 1, found.pages(), found.total());
        return new Queue(title, path, statuses, rights, provinces, chosenCluster.isPresent(), rows, shown + 1,
                pageLine, previous, next);
    }

    private static Optional<UUID> uuid(String value) {
        if (value == null || value.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The page asked for, counted from 0; the first for anything but a page number. */
    private static int pageIndex(String page) {
        if (page == null || page.isEmpty() || page.length() > 5 || !page.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return Math.max(0, Integer.parseInt(page) - 1);
    }

    private static Optional<TipStatus> action(String code) {
        return ACTIONS.stream().filter(status -> status.code().equals(code)).findFirst();
    }

    private static Optional<BigDecimal> amount(String typed) {
        if (typed == null || typed.isBlank() || typed.strip().length() > 20) {
            return Optional.empty();
        }
        try {
            BigDecimal value = new BigDecimal(typed.strip());
            return value.signum() > 0 && value.compareTo(MAX_PENALTY) < 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String placeName(Language language, Region place) {
        return language == Language.ZH ? Regions.get().fullName(place) : Regions.get().province(place).nameEn()
                + (place.code().endsWith("0000") ? "" : " · " + (place.nameEn().isEmpty() ? "" : place.nameEn() + " ")
                        + place.nameZh());
    }

    private static String evidenceLabel(Evidence item) {
        if (item.name() != null) {
            return item.name();
        }
        return item.durationSeconds() == null ? item.kind() : item.kind() + " (" + item.durationSeconds() + " s)";
    }

    static String flagLabel(Messages messages, Flag flag) {
        return switch (flag) {
            case IMPORT_EXPORT -> messages.flag_import_export();
            case DELIVERY -> messages.flag_delivery();
            case ECOMMERCE -> messages.flag_ecommerce();
            case CRIMINAL -> messages.flag_criminal();
        };
    }

    private static String tipHref(String formatted) {
        return "/staff/tips/" + formatted;
    }

    private Messages messages(Desk desk) {
        return desks.messages(desk);
    }

    private static Errors single(String field, String message) {
        return new Errors(List.of(new ReportForm.FieldError(field, message)));
    }

    /** After an action, the tip's page again (a reload does not repeat the action). */
    private static Response seeOther(String number) {
        return Response.seeOther(URI.create("/staff/tips/" + number + "?done=saved")).build();
    }

    private Response html(int status, TemplateInstance template, Desk desk, String switched) {
        return responses.html(status, template, desk.page(), switched);
    }
}
