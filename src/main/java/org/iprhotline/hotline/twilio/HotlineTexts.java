package org.iprhotline.hotline.twilio;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.iprhotline.hotline.tip.CaseOutcome;
import org.iprhotline.hotline.tip.TipStatus;
import org.iprhotline.hotline.tip.TrackingNumber;

/** What the hotline says, by text and on the phone, in Chinese and English. */
final class HotlineTexts {

    private HotlineTexts() {
    }

    static boolean chinese(String language) {
        return "zh".equals(language);
    }

    /**
     * The receipt, with the numbers configuration gives: the agencies' acceptance deadline in
     * working days and, for a report by text, how long further texts are added to it.
     */
    static String receipt(String language, TrackingNumber number, String accessCode, int acceptWorkingDays,
            Optional<Duration> mergeWindow) {
        String minutes = mergeWindow.map(window -> String.valueOf(Math.max(1, window.toMinutes()))).orElse(null);
        return chinese(language)
                ? "知识产权举报热线：已收到您的举报。查询编号 " + number.formatted() + "，查询码 " + accessCode
                        + "。请妥善保存。查询进度请发送：查询 " + number.formatted() + " " + accessCode
                        + "。主管部门应在" + acceptWorkingDays + "个工作日内决定是否受理。"
                        + (minutes == null ? "" : minutes + "分钟内再发的短信会补充到这条举报。")
                : "IPR hotline: your report is received. Tracking number " + number.formatted() + ", access code "
                        + accessCode + ". Keep both. To check progress text STATUS " + number.formatted() + " "
                        + accessCode + ". The agency responsible decides within " + acceptWorkingDays
                        + " working days whether to take it up."
                        + (minutes == null ? "" : " Texts in the next " + minutes + " minutes are added to this report.");
    }

    static String added(String language, TrackingNumber number) {
        return chinese(language) ? "已补充到您的举报 " + number.formatted() + "。"
                : "Added to your report " + number.formatted() + ".";
    }

    static String answered(String language, TrackingNumber number) {
        return chinese(language) ? "您关于举报 " + number.formatted() + " 的回复已转给办理部门。"
                : "Your answer about report " + number.formatted() + " was passed to the agencies handling it.";
    }

    /** An agency's question; the reporter answers by texting back. */
    static String question(String language, TrackingNumber number, String agency, String question) {
        return chinese(language)
                ? "举报 " + number.formatted() + "：" + agency + "询问：" + question + " 请直接回复本短信。"
                : "Report " + number.formatted() + ": " + agency + " asks: " + question + " Reply to this text to answer.";
    }

    /** Where a tip stands; {@code agencies} are the names of the agencies holding it, in the text's language. */
    static String status(String language, TrackingNumber number, TipStatus status, List<String> agencies) {
        return chinese(language)
                ? "举报 " + number.formatted() + " 当前状态：" + statusName(language, status) + "（" + String.join("、", agencies) + "）。"
                : "Report " + number.formatted() + ": " + statusName(language, status) + " (" + String.join(", ", agencies)
                        + ").";
    }

    /**
     * One agency closed its part: what its work came to, and whether the report is closed or the
     * others still have it.
     */
    static String closedPart(String language, TrackingNumber number, String agency, CaseOutcome outcome,
            TipStatus status, List<String> agencies) {
        boolean zh = chinese(language);
        String result = outcome == null ? "" : (zh ? "：" : ": ") + outcomeName(language, outcome);
        if (status == TipStatus.CLOSED) {
            return zh ? "举报 " + number.formatted() + "：" + agency + "已办结" + result + "。全部主管部门已办结。"
                    : "Report " + number.formatted() + ": " + agency + " has closed its part" + result
                            + ". Every agency has now closed it.";
        }
        return zh ? "举报 " + number.formatted() + "：" + agency + "已办结" + result + "。仍在办理的部门：" + String.join("、", agencies) + "。"
                : "Report " + number.formatted() + ": " + agency + " has closed its part" + result + ". Still with: "
                        + String.join(", ", agencies) + ".";
    }

    static String outcomeName(String language, CaseOutcome outcome) {
        boolean zh = chinese(language);
        return switch (outcome) {
            case CASE_FILED -> zh ? "已立案" : "case filed";
            case PENALTY_IMPOSED -> zh ? "已作出行政处罚" : "penalty imposed";
            case REFERRED_TO_POLICE -> zh ? "已移送公安机关" : "referred to public security";
            case NO_INFRINGEMENT -> zh ? "未发现侵权" : "no infringement found";
            case INSUFFICIENT_EVIDENCE -> zh ? "证据不足" : "not enough evidence";
            case SETTLED -> zh ? "当事人已和解" : "settled between the parties";
            case OTHER -> zh ? "其他处理结果" : "other outcome";
        };
    }

    static String notFound(String language) {
        return chinese(language) ? "没有找到与该编号和查询码相符的举报。请核对后重发：查询 编号 查询码"
                : "No report matches that number and code. Check both and text: STATUS <number> <code>";
    }

    static String busy(String language) {
        return chinese(language) ? "知识产权举报热线：系统繁忙，您的短信未能收到，请过几分钟再发一次。"
                : "IPR hotline: we are busy and your text was not received. Please send it again in a few minutes.";
    }

    static String tooManyTexts(String language) {
        return chinese(language) ? "知识产权举报热线：您发送的短信过多，请稍后再发。"
                : "IPR hotline: you have sent too many texts. Please wait a while before sending more.";
    }

    static String locked(String language) {
        return chinese(language) ? "该编号查询码错误次数过多，已暂时锁定，请稍后再试。"
                : "Too many wrong codes for that number; it is locked for a while. Try again later.";
    }

    static String help(String language) {
        return chinese(language)
                ? "知识产权举报热线：直接发送短信说明情况（什么被假冒或盗版、在哪里、是谁）即可举报。查询进度：查询 编号 查询码。退订请回复STOP。"
                : "IPR hotline: text what happened (what is faked or copied, where, by whom) to report it. "
                        + "To check a report: STATUS <number> <code>. Reply STOP to stop messages.";
    }

    static String statusName(String language, TipStatus status) {
        boolean zh = chinese(language);
        return switch (status) {
            case RECEIVED -> zh ? "已收到" : "received";
            case ROUTED -> zh ? "已转交主管部门" : "sent to the agency responsible";
            case ACCEPTED -> zh ? "已受理" : "accepted";
            case IN_PROGRESS -> zh ? "处理中" : "in progress";
            case INFO_REQUESTED -> zh ? "需要补充材料" : "more information needed";
            case TRANSFERRED -> zh ? "已移送其他部门" : "transferred to another agency";
            case CLOSED -> zh ? "已办结" : "closed";
            case REFERRED -> zh ? "已移送公安机关" : "referred to public security";
            case REFERRAL_ACCEPTED -> zh ? "公安机关已立案" : "criminal case opened by public security";
            case REFERRAL_REFUSED -> zh ? "公安机关不予立案" : "no criminal case opened by public security";
        };
    }
}
