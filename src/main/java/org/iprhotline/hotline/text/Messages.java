package org.iprhotline.hotline.text;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The text catalogue: every word the service says to people — the portal, e-mail, text messages,
 * the phone line, and the words staff share with the public (rights, statuses, flags) — in English
 * here and in Chinese in messages/msg_zh.properties; the staff screens' own words are its other
 * part, {@link StaffMessages}. Numbers (deadlines, limits) come in as parameters, from configuration.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {


    @Message("IP Infringement Reporting Hotline")
    String site_name();

    @Message("Skip to the main content")
    String skip_link();

    @Message("Home")
    String nav_home();

    @Message("Report")
    String nav_report();

    @Message("Check a case")
    String nav_check();

    @Message("Prefer to talk? Call or text the hotline on {number}.")
    String hotline(String number);

    @Message("Your report is sent to the government agency responsible for the right infringed. You can follow it with the tracking number and access code you receive.")
    String home_intro();

    @Message("Report an infringement")
    String home_report_action();

    @Message("Check a case")
    String home_check_action();

    @Message("What you can report, and who handles it")
    String home_what_title();

    @Message("Right infringed")
    String home_col_right();

    @Message("Handled by")
    String home_col_agency();

    @Message("Goods imported or exported also go to Customs; goods sent by post or courier also go to the State Post Bureau; suspected crimes also go to the police, and those naming very large sums to the procuratorate too. When we cannot tell, our hotline staff read your report and pass it on. To sue an infringer, go to a people's court: courts hear lawsuits, not reports.")
    String home_also();

    @Message("Patent (invention, utility model, design)")
    String right_patent();

    @Message("Trademark")
    String right_trademark();

    @Message("Copyright")
    String right_copyright();

    @Message("Trade secret")
    String right_trade_secret();

    @Message("Plant variety")
    String right_plant_variety();

    @Message("Not sure")
    String right_not_sure();

    @Message("Not an intellectual-property matter, or not yet known")
    String right_none();

    @Message("Report an infringement")
    String report_title();

    @Message("Only the description is required. Everything else helps the agency act faster. If your report is rejected for a mistake, everything you entered stays here.")
    String report_intro();

    @Message("required")
    String required();

    @Message("optional")
    String optional();

    @Message("What happened")
    String section_what();

    @Message("Describe what happened")
    String field_text();

    @Message("What is copied or sold, since when, how you found out, and what you have already done.")
    String hint_text();

    @Message("Which right is infringed?")
    String field_right_type();

    @Message("Where")
    String section_where();

    @Message("Province or city")
    String field_region();

    @Message("The local bureaus there receive your report. Leave it if you are not sure: we read the place from your description when it names one.")
    String hint_region();

    @Message("Not sure")
    String region_not_sure();

    @Message("whole province")
    String region_whole_province();

    @Message("Please choose a province or city from the list.")
    String error_region();

    @Message("Shop or listing address (URL)")
    String field_url();

    @Message("Marketplace or platform")
    String field_marketplace();

    @Message("Street address")
    String field_address();

    @Message("Port or border crossing")
    String field_port();

    @Message("Who, if you know")
    String section_who();

    @Message("Name of the person or shop")
    String field_infringer_name();

    @Message("Company")
    String field_infringer_company();

    @Message("Their phone number")
    String field_infringer_phone();

    @Message("Registration numbers")
    String field_registration();

    @Message("Patent, trademark or plant variety numbers, if you have them.")
    String hint_registration();

    @Message("About you")
    String section_reporter();

    @Message("Report anonymously")
    String anonymous_yes();

    @Message("Give my contact details")
    String anonymous_no();

    @Message("Anonymous means we keep nothing that says who you are. The agency cannot ask you for more information, and only your tracking number and access code let you follow the case.")
    String anonymous_explained();

    @Message("Kept only when you choose to give your contact details.")
    String contact_hint();

    @Message("Your name")
    String field_reporter_name();

    @Message("Organisation")
    String field_organisation();

    @Message("Phone")
    String field_phone();

    @Message("E-mail")
    String field_email();

    @Message("I report for a foreign-invested enterprise")
    String field_foreign_invested();

    @Message("Evidence")
    String section_evidence();

    @Message("Files")
    String field_evidence();

    @Message("Pictures, PDF or office documents: up to {files} files, {fileMb} MB each and {reportMb} MB in all.")
    String hint_evidence(int files, long fileMb, long reportMb);

    @Message("Files already received (untick to leave one out)")
    String evidence_kept();

    @Message("Send report")
    String submit_report();

    @Message("There is a problem")
    String error_summary_title();

    @Message("Describe what happened.")
    String error_text_required();

    @Message("Use at most {max} characters.")
    String error_too_long(int max);

    @Message("Remove the control or text-direction characters from this field.")
    String error_characters();

    @Message("Choose one of the rights listed, or \"Not sure\".")
    String error_right_type();

    @Message("Enter a web address that starts with http:// or https://.")
    String error_url();

    @Message("Enter a phone number with digits, spaces, +, brackets or dashes.")
    String error_phone();

    @Message("Enter an e-mail address such as name@example.com.")
    String error_email();

    @Message("Give at least one way to reach you, or choose to report anonymously.")
    String error_contact_missing();

    @Message("\"{name}\" is empty.")
    String error_evidence_empty(String name);

    @Message("\"{name}\" is larger than {maxMb} MB.")
    String error_evidence_too_large(String name, long maxMb);

    @Message("\"{name}\" is not a picture, PDF or office document. We look at what the file contains, not at its name.")
    String error_evidence_type(String name);

    @Message("Attach at most {max} files.")
    String error_evidence_too_many(int max);

    @Message("The files together are larger than {maxMb} MB. Leave some out.")
    String error_evidence_report_too_large(long maxMb);

    @Message("This form had expired, so it was not sent. Everything you entered is below: please send it again.")
    String error_csrf();

    @Message("Too many submissions from your connection in a short time. Please wait a few minutes and try again, or call the hotline.")
    String error_rate_limited();

    @Message("Too many wrong access codes were given for this tracking number. It is locked for a while; try again later with the right code.")
    String error_locked();

    @Message("Your report could not be stored just now, and nothing was sent. Everything you entered is below: please try again in a minute.")
    String error_unavailable();

    @Message("This form was already sent with other content. Open a new report form to send another report.")
    String error_already_sent();

    @Message("Your report has been received")
    String received_title();

    @Message("Tracking number")
    String tracking_number();

    @Message("Access code")
    String access_code();

    @Message("Write both down or print this page now. You need both to follow your case, and for your protection the access code cannot be shown again.")
    String received_keep();

    @Message("What happens next")
    String received_next_title();

    @Message("Your report has been passed to:")
    String received_agencies();

    @Message("The agency decides within {acceptDays} working days whether it takes the case, and tells you the outcome within {feedbackDays} days of taking it.")
    String received_limits(int acceptDays, int feedbackDays);

    @Message("Our hotline staff will read your report first and pass it to the agency responsible.")
    String received_triage();

    @Message("If you gave a phone number or e-mail address, the agency may contact you for more information.")
    String received_contact();

    @Message("Evidence received")
    String received_evidence();

    @Message("SHA-256 digest")
    String sha256();

    @Message("Check a case")
    String check_title();

    @Message("Enter the tracking number and access code you were given when you reported.")
    String check_intro();

    @Message("Check")
    String submit_check();

    @Message("Enter the tracking number.")
    String error_tracking_required();

    @Message("Enter the access code.")
    String error_code_required();

    @Message("No case matches this tracking number and access code. Check both and try again.")
    String error_not_found();

    @Message("Case {number}")
    String case_title(String number);

    @Message("Status")
    String case_status();

    @Message("Handled by")
    String case_agencies();

    @Message("Received")
    String case_received();

    @Message("History")
    String case_history();

    @Message("Each agency's part")
    String case_by_agency();

    @Message("Where it stands")
    String case_col_status();

    @Message("What it came to")
    String case_col_outcome();

    @Message("Date")
    String case_col_when();

    @Message("Step")
    String case_col_step();

    @Message("Agency")
    String case_col_agency();

    @Message("Your report {number} is received")
    String mail_receipt_subject(String number);

    @Message("We have received your report of an intellectual-property infringement.\n\nTracking number: {number}\nPassed to: {agencies}\n\nThe agency decides within {acceptDays} working days whether to accept it. Follow your case, and answer the agency if it asks you something, at {link} with this number and the access code you were shown when you reported (it is not in this e-mail, so that nobody who reads it can open your case).\n\nThis is the intellectual-property infringement hotline 12330; do not reply to this e-mail.")
    String mail_receipt_body(String number, String agencies, int acceptDays, String link);

    @Message("Your report {number}: {status}")
    String mail_status_subject(String number, String status);

    @Message("Your report {number} has moved on.\n\nNow: {status}{outcome}\nHandled by: {agencies}{question}\n\nFollow your case at {link} with this number and your access code.\n\nThis is the intellectual-property infringement hotline 12330; do not reply to this e-mail.")
    String mail_status_body(String number, String status, String outcome, String agencies, String question, String link);

    @Message(" ({agency}: {outcome})")
    String mail_outcome(String agency, String outcome);

    @Message("\n\n{agency} asks: {question}\nAnswer on the case page.")
    String mail_question(String agency, String question);

    @Message("Agency's note")
    String case_col_note();

    @Message("Questions for you")
    String case_questions();

    @Message("{agency} asks:")
    String case_question(String agency);

    @Message("You have replied since.")
    String case_answered();

    @Message("Your replies")
    String case_replies();

    @Message("Reply to the agencies")
    String reply_title();

    @Message("Answer the question above, or add what the agencies handling your case should know.")
    String reply_hint();

    @Message("Your reply")
    String field_reply();

    @Message("Send reply")
    String submit_reply();

    @Message("Your reply was sent to the agencies handling your case.")
    String reply_sent();

    @Message("Write your reply.")
    String error_reply_required();

    @Message("This case is closed and takes no more replies. If something new has happened, report it again or call the hotline.")
    String error_closed();

    @Message("Received by the hotline")
    String status_received();

    @Message("Passed to the agency")
    String status_routed();

    @Message("Accepted by the agency")
    String status_accepted();

    @Message("Under investigation")
    String status_in_progress();

    @Message("The agency needs more information")
    String status_info_requested();

    @Message("Transferred to another agency")
    String status_transferred();

    @Message("Closed")
    String status_closed();

    @Message("case filed")
    String outcome_case_filed();

    @Message("penalty imposed")
    String outcome_penalty_imposed();

    @Message("referred to public security")
    String outcome_referred_to_police();

    @Message("no infringement found")
    String outcome_no_infringement();

    @Message("not enough evidence")
    String outcome_insufficient_evidence();

    @Message("settled between the parties")
    String outcome_settled();

    @Message("not an IP matter")
    String outcome_not_ip_matter();

    @Message("other outcome")
    String outcome_other();

    @Message("Referred to public security as a suspected crime")
    String status_referred();

    @Message("Public security opened a criminal case")
    String status_referral_accepted();

    @Message("Public security did not open a criminal case")
    String status_referral_refused();

    @Message("This service is run for the national intellectual-property enforcement programme. What you send is seen only by the agencies handling your case.")
    String footer();

    @Message("Web portal")
    String channel_web();

    @Message("API")
    String channel_api();

    @Message("Text message")
    String channel_sms();

    @Message("Phone call")
    String channel_voice();

    @Message("Goods imported or exported")
    String flag_import_export();

    @Message("Sent by post or courier")
    String flag_delivery();

    @Message("Sold online")
    String flag_ecommerce();

    @Message("Suspected crime")
    String flag_criminal();

    @Message("Acceptance")
    String deadline_acceptance();

    @Message("Feedback to the reporter")
    String deadline_feedback();

    @Message("Public security's answer to a referral")
    String deadline_referral();

    @Message("IPR hotline: your report is received. Tracking number {number}, access code {code}. Keep both. To check progress text STATUS {number} {code}. The agency responsible decides within {days} working days whether to take it up.")
    String sms_receipt(String number, String code, int days);

    @Message("IPR hotline: your report is received. Tracking number {number}, access code {code}. Keep both. To check progress text STATUS {number} {code}. The agency responsible decides within {days} working days whether to take it up. Texts in the next {minutes} minutes are added to this report.")
    String sms_receipt_merging(String number, String code, int days, long minutes);

    @Message("Added to your report {number}.")
    String sms_added(String number);

    @Message("Your answer about report {number} was passed to the agencies handling it.")
    String sms_answered(String number);

    @Message("Report {number}: {agency} asks: {question} Reply to this text to answer.")
    String sms_question(String number, String agency, String question);

    @Message("Report {number}: {status} ({agencies}).")
    String sms_status(String number, String status, String agencies);

    @Message("Report {number}: {agency} has closed its part: {outcome}. Every agency has now closed it.")
    String sms_closed_all(String number, String agency, String outcome);

    @Message("Report {number}: {agency} has closed its part: {outcome}. Still with: {agencies}.")
    String sms_closed_others(String number, String agency, String outcome, String agencies);

    @Message("No report matches that number and code. Check both and text: STATUS <number> <code>")
    String sms_not_found();

    @Message("IPR hotline: we are busy and your text was not received. Please send it again in a few minutes.")
    String sms_busy();

    @Message("IPR hotline: you have sent too many texts. Please wait a while before sending more.")
    String sms_too_many();

    @Message("Too many wrong codes for that number; it is locked for a while. Try again later.")
    String sms_locked();

    @Message("IPR hotline: text what happened (what is faked or copied, where, by whom) to report it. To check a report: STATUS <number> <code>. Reply STOP to stop messages.")
    String sms_help();

    @Message("You have called too often. Please call again later.")
    String ivr_too_often();

    @Message("Welcome to the intellectual property hotline.")
    String ivr_welcome();

    @Message("For English, press 9.")
    String ivr_for_english();

    @Message("Which right is infringed? For a patent press 1, trademark 2, copyright 3, trade secret 4, plant variety 5. If you are not sure, press 0. You can also say it.")
    String ivr_right_menu();

    @Message("Sorry, I did not get that.")
    String ivr_not_heard();

    @Message("Sorry, we did not receive a choice. You can also report by text message or online. Goodbye.")
    String ivr_no_choice();

    @Message("Where did it happen? North China press 1, the Northeast 2, East China 3, Central and South China 4, the Southwest 5, the Northwest 6. If you are not sure, press 0. You can also say the province.")
    String ivr_place();

    @Message("Which province?")
    String ivr_province_intro();

    @Message("{province} press {key}.")
    String ivr_province_key(String province, int key);

    @Message("If you are not sure, press 0.")
    String ivr_province_not_sure();

    @Message("After the tone, describe what happened: what is faked or copied, where, and by whom. Press the hash key when you are done.")
    String ivr_describe();

    @Message("We did not hear a description.")
    String ivr_no_description();

    @Message("We did not record a description, so no report was made. Goodbye.")
    String ivr_nothing_recorded();

    @Message("Your report is received. Your tracking number is:")
    String ivr_received();

    @Message("Your access code is:")
    String ivr_access_code();

    @Message("To hear it again, press 1. We will also send it to you by text message.")
    String ivr_repeat();

    @Message("Thank you for your report. Goodbye.")
    String ivr_thanks();

    @Message("(phone recording without transcription)")
    String ivr_recording_without_text();
}
