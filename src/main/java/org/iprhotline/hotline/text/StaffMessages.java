package org.iprhotline.hotline.text;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The staff screens' part of the text catalogue: the desks, the queues, a tip's file and the
 * coordinators' statistics, in English here and in Chinese in messages/staff_zh.properties; the
 * words staff and the public share (rights, statuses, flags, channels) stay in {@link Messages}.
 * Templates reach it as {@code {staff:…}}.
 *
 * <p>Why the catalogue is two bundles: Quarkus 3.33.2 generates a bundle of more than 300 messages
 * that fails to verify at start (quarkus#55584, fixed upstream by #55653 in a version this
 * project cannot take yet), and {@code CatalogueTest} keeps each bundle under that.
 */
@MessageBundle(value = "staff", locale = "en")
public interface StaffMessages {

    @Message("Staff desk")
    String desk();

    @Message("Tips")
    String nav_queue();

    @Message("Triage")
    String nav_triage();

    @Message("Overdue")
    String nav_overdue();

    @Message("Statistics")
    String nav_statistics();

    @Message("Sign out")
    String sign_out();

    @Message("Signed in as {name}")
    String signed_in_as(String name);

    @Message("for the bureau of {places}")
    String bureau(String places);

    /** A bureau role whose code is no GB/T 2260 area: its holder sees no tips, and should know why. */
    @Message("{role}: this role names no place; ask your administrator")
    String role_names_no_place(String role);

    @Message("Tips your agencies hold")
    String queue_title();

    @Message("All tips")
    String queue_title_all();

    @Message("Tips waiting for triage")
    String triage_title();

    @Message("Show")
    String filter();

    @Message("Any")
    String filter_any();

    @Message("Tracking number")
    String col_number();

    @Message("Received")
    String col_received();

    @Message("Status")
    String col_status();

    @Message("Right")
    String col_right();

    @Message("Agencies")
    String col_agencies();

    @Message("Region")
    String col_region();

    @Message("Report")
    String col_text();

    @Message("No tips match.")
    String queue_empty();

    @Message("Page {page} of {pages}, {total} tips")
    String page(int page, int pages, long total);

    @Message("Page {page}, more than {total} tips")
    String page_many(int page, long total);

    @Message("Previous page")
    String previous();

    @Message("Next page")
    String next();

    @Message("Tip {number}")
    String tip_title(String number);

    @Message("Back to the list")
    String back();

    @Message("Facts")
    String facts();

    @Message("Channel")
    String channel();

    @Message("Classifier confidence")
    String confidence();

    @Message("Classified by")
    String classified_by();

    @Message("Circumstances")
    String flags();

    @Message("None")
    String none();

    @Message("(read from the text)")
    String region_inferred();

    @Message("Reporter")
    String reporter();

    @Message("Anonymous")
    String reporter_anonymous();

    @Message("The reporter gave contact details; they go to the lead agency only.")
    String reporter_withheld();

    @Message("What the reporter wrote")
    String text();

    @Message("Evidence")
    String evidence();

    @Message("History")
    String history();

    @Message("The reporter's replies")
    String replies();

    @Message("Where each agency stands")
    String parts();

    @Message("Asked")
    String question();

    @Message("Act for {agency}")
    String act_for(String agency);

    @Message("Action")
    String action();

    @Message("Accept the tip")
    String action_accept();

    @Message("Mark as being handled")
    String action_in_progress();

    @Message("Ask the reporter for more")
    String action_ask();

    @Message("Transfer to another agency")
    String action_transfer();

    @Message("Refer to public security")
    String action_refer();

    @Message("Close with an outcome")
    String action_close();

    @Message("Accept the referral: a criminal case is opened")
    String action_referral_accept();

    @Message("Refuse the referral, saying why (the procuratorate is told)")
    String action_referral_refuse();

    @Message("Note or question (the reporter sees it)")
    String field_note();

    @Message("Transfer to")
    String field_transfer_to();

    @Message("Outcome (when closing)")
    String field_outcome();

    @Message("Penalty in yuan (for a penalty imposed)")
    String field_penalty();

    @Message("Save")
    String submit();

    @Message("Saved. The reporter and the agencies concerned are told.")
    String done();

    @Message("Not saved: {reason}")
    String refused(String reason);

    @Message("Choose an action.")
    String error_action();

    @Message("Report to the leading-group office")
    String significant_title();

    @Message("For a case the office should know of that no rule picks out: press attention, a chain across provinces, a danger to health or safety. The office is told once, with what you write.")
    String significant_hint();

    @Message("Why the office should know of it")
    String field_significant_note();

    @Message("Report as a significant case")
    String significant_submit();

    @Message("Reported to the leading-group office as a significant case.")
    String significant_done();

    @Message("Reported to the leading-group office as a significant case by {agency} on {date}.")
    String significant_reported(String agency, String date);

    @Message("Write why the office should know of this case.")
    String error_significant_note();

    @Message("Write the question for the reporter.")
    String error_question();

    @Message("Choose the outcome.")
    String error_outcome();

    @Message("Enter the penalty in yuan, above 0.")
    String error_penalty();

    @Message("Choose the agency to transfer to.")
    String error_transfer();

    @Message("You cannot act for this agency on this tip.")
    String error_agency();

    @Message("Route this tip, or close it as not an IP matter")
    String triage_decide();

    @Message("Circumstances that bring in further agencies")
    String triage_flags();

    @Message("Note (the reporter sees it)")
    String triage_note();

    @Message("Decide")
    String triage_route();

    @Message("Tip {number} is routed to {agencies}.")
    String routed(String number, String agencies);

    @Message("Not an IP matter: close the tip (the reporter is told)")
    String triage_none();

    @Message("Tip {number} is closed as not an IP matter; the reporter is told.")
    String triage_closed(String number);

    @Message("A tip that is not an IP matter has no circumstances: clear them, or choose its right.")
    String error_flags_on_none();

    @Message("The triage desk no longer holds this tip.")
    String error_not_in_triage();

    @Message("Not saved: your agency has already taken this step. An acceptance and a closing count once; to close a reopened case, mark it in progress first.")
    String error_repeated();

    @Message("Not saved: your agency no longer holds tip {number} (it was transferred meanwhile).")
    String error_not_holding(String number);

    @Message("Not saved: that agency already holds this tip. Close your agency's part instead of transferring it.")
    String error_target_holds();

    @Message("Not saved: this tip is already referred to public security and awaits its answer.")
    String error_referral_open();

    @Message("Not saved: only an administrative enforcement agency refers a tip to public security.")
    String error_not_referrer();

    @Message("Give the reason for opening no case: the referring agency and the procuratorate read it.")
    String error_refusal_reason();

    @Message("Not saved: no referral of this tip awaits an answer (it was answered meanwhile).")
    String error_no_referral();

    @Message("Overdue tips")
    String overdue_title();

    @Message("Deadline missed")
    String overdue_missed();

    @Message("Due")
    String overdue_due();

    @Message("provisional: next year's holidays are not yet known")
    String overdue_provisional();

    @Message("No tip is overdue.")
    String overdue_none();

    @Message("Refused referrals")
    String nav_referrals();

    @Message("Referrals public security refused")
    String referrals_title();

    @Message("Public security has refused no referral.")
    String referrals_none();

    @Message("Referred by")
    String col_referred_by();

    @Message("Referred")
    String col_referred();

    @Message("Refused")
    String col_refused();

    @Message("Public security's reason")
    String col_reason();

    @Message("No tip with this number is held by your agencies.")
    String not_found();

    @Message("Monthly figures: {month}")
    String stats_title(String month);

    @Message("{count} tips received this month.")
    String stats_received_total(long count);

    @Message("Counted at {time}; counted again when asked after {seconds} seconds.")
    String stats_counted_at(String time, long seconds);

    @Message("Download as CSV")
    String stats_csv();

    @Message("Received")
    String stats_received();

    @Message("Accepted")
    String stats_accepted();

    @Message("Transferred")
    String stats_transferred();

    @Message("Closed")
    String stats_closed();

    @Message("Overdue")
    String stats_overdue();

    @Message("Median hours to acceptance")
    String stats_median_acceptance();

    @Message("Median hours to closure")
    String stats_median_closure();

    @Message("Chart")
    String stats_chart();

    @Message("By agency")
    String stats_by_agency();

    @Message("By right type")
    String stats_by_right();

    @Message("By channel")
    String stats_by_channel();

    @Message("Foreign-invested reporter")
    String stats_by_foreign();

    @Message("By campaign")
    String stats_by_campaign();

    @Message("By province")
    String stats_by_province();

    @Message("No tips.")
    String stats_no_tips();

    @Message("Closings by province and outcome")
    String stats_closings_title();

    @Message("Each agency's closing counts: a tip two agencies held and closed counts twice, once per outcome.")
    String stats_closings_note();

    @Message("Province")
    String stats_col_province();

    @Message("Outcome")
    String stats_col_outcome();

    @Message("Closings")
    String stats_col_closings();

    @Message("No closings.")
    String stats_no_closings();

    @Message("{label}: {received} received, {accepted} accepted, {closed} closed, {overdue} overdue")
    String stats_bar(String label, long received, long accepted, long closed, long overdue);

    @Message("Yes")
    String stats_yes();

    @Message("No")
    String stats_no();

    @Message("No region")
    String stats_no_region();

    @Message("Previous month")
    String stats_previous();

    @Message("Next month")
    String stats_next();

    @Message("The month is written YYYY-MM, for example 2026-11.")
    String stats_bad_month();

    @Message("Figures are being counted for {atOnce} other requests just now. Nothing was counted for yours; please reload this page in {seconds} seconds.")
    String stats_busy(int atOnce, int seconds);

    @Message("This month's figures")
    String stats_this_month();

    @Message("Try again")
    String stats_try_again();

    @Message("Clusters")
    String nav_clusters();

    @Message("Tips that belong together")
    String clusters_title();

    @Message("Tips that name the same shop, link, company or registration number form a cluster, so that the agencies can act on them together.")
    String clusters_intro();

    @Message("Tips")
    String col_tips();

    @Message("First received")
    String col_first();

    @Message("Latest received")
    String col_last();

    @Message("No cluster has more than one tip.")
    String clusters_none();

    @Message("Show the {tips} tips")
    String cluster_show(long tips);

    @Message("The tips of one cluster.")
    String cluster_shown();

    @Message("Campaign")
    String col_campaign();

    @Message("Make it a target")
    String cluster_target();

    /**
     * What became of making a cluster a campaign's target, and (none-running) that no campaign runs.
     * One message with a section per outcome: Quarkus 3.33.2 generates a bundle class that fails
     * verification (VerifyError in Messages_Bundle) once the interface has more than 300 messages.
     */
    @Message("{#when outcome}{#is 'targeted'}The cluster is now a target of {campaign}: {tips} of its tips joined the campaign, and tips joining the cluster while it runs will too.{#is 'already'}The cluster is already a target of {campaign}.{#is 'ended'}Not saved: {campaign} does not run today.{#is 'no-cluster'}Not saved: no tip is in this cluster.{#is 'none-running'}No campaign runs today.{#else}Not saved: choose one of the campaigns running today.{/when}")
    String cluster_campaign(String outcome, String campaign, int tips);
}
