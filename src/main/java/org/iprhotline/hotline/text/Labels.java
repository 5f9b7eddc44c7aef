package org.iprhotline.hotline.text;

import java.util.List;

import org.iprhotline.hotline.classify.RightType;
import org.iprhotline.hotline.routing.RoutingTable;
import org.iprhotline.hotline.tip.CaseOutcome;
import org.iprhotline.hotline.tip.Channel;
import org.iprhotline.hotline.tip.TipStatus;

/** Names of right types, agencies, statuses, outcomes and channels in the page's language. */
public final class Labels {

    private Labels() {
    }

    public static String rightType(Messages messages, String code) {
        return switch (code) {
            case "patent" -> messages.right_patent();
            case "trademark" -> messages.right_trademark();
            case "copyright" -> messages.right_copyright();
            case "trade_secret" -> messages.right_trade_secret();
            case "plant_variety" -> messages.right_plant_variety();
            case "not_sure" -> messages.right_not_sure();
            default -> messages.right_none();
        };
    }

    public static String rightType(Messages messages, RightType type) {
        return rightType(messages, type.code());
    }

    /** The agency's name from the registry, a former code's name of its time; an unknown code shows itself. */
    public static String agency(RoutingTable table, Language language, String code) {
        return table.nameOf(code, language == Language.ZH);
    }

    /** Several agencies in a line, with the language's own separator. */
    public static String agencies(RoutingTable table, Language language, List<String> codes) {
        return String.join(language == Language.ZH ? "、" : "; ",
                codes.stream().map(code -> agency(table, language, code)).toList());
    }

    public static String outcome(Messages messages, CaseOutcome outcome) {
        return switch (outcome) {
            case CASE_FILED -> messages.outcome_case_filed();
            case PENALTY_IMPOSED -> messages.outcome_penalty_imposed();
            case REFERRED_TO_POLICE -> messages.outcome_referred_to_police();
            case NO_INFRINGEMENT -> messages.outcome_no_infringement();
            case INSUFFICIENT_EVIDENCE -> messages.outcome_insufficient_evidence();
            case SETTLED -> messages.outcome_settled();
            case NOT_IP_MATTER -> messages.outcome_not_ip_matter();
            case OTHER -> messages.outcome_other();
        };
    }

    public static String status(Messages messages, TipStatus status) {
        return switch (status) {
            case RECEIVED -> messages.status_received();
            case ROUTED -> messages.status_routed();
            case ACCEPTED -> messages.status_accepted();
            case IN_PROGRESS -> messages.status_in_progress();
            case INFO_REQUESTED -> messages.status_info_requested();
            case TRANSFERRED -> messages.status_transferred();
            case CLOSED -> messages.status_closed();
            case REFERRED -> messages.status_referred();
            case REFERRAL_ACCEPTED -> messages.status_referral_accepted();
            case REFERRAL_REFUSED -> messages.status_referral_refused();
        };
    }

    public static String channel(Messages messages, Channel channel) {
        return switch (channel) {
            case WEB -> messages.channel_web();
            case API -> messages.channel_api();
            case SMS -> messages.channel_sms();
            case VOICE -> messages.channel_voice();
        };
    }
}
