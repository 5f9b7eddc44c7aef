package org.iprhotline.hotline.tip;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.iprhotline.hotline.classify.RegistrationNumber;

/**
 * The event an agency receives when a tip is routed to it: the contract agency developers code
 * against (docs/events/tip-routed.schema.json). Mapped from the tip, never the entity itself.
 *
 * @param agency   the agency this copy is addressed to
 * @param agencies every agency the tip went to, so each knows who else holds it
 * @param campaigns the codes of the named enforcement campaigns the tip falls in
 * @param region    where it happened (GB/T 2260 code), absent when not known
 * @param regionInferred true when the region was read from the text, not given by the reporter
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TipRouted(
        UUID tipId,
        String trackingNumber,
        UUID clusterId,
        List<String> campaigns,
        String agency,
        List<String> agencies,
        String status,
        String channel,
        Instant receivedAt,
        String language,
        String text,
        String rightType,
        double confidence,
        String runnerUp,
        List<String> flags,
        List<String> terms,
        List<NumberCited> registrationNumbers,
        List<Evidence> evidence,
        String reportedRightType,
        boolean foreignInvested,
        Contact reporter,
        String region,
        Boolean regionInferred,
        String classifiedBy) {

    public static final String TYPE = "ipr.tip.routed";

    /**
     * How the agency can reach the reporter; absent parts were not given. {@code withheld} is true
     * when the reporter gave details that this copy leaves out: only the lead agencies get them
     * (and those the registry names), an agency a flag brought in asks the lead agency.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contact(boolean anonymous, Boolean withheld, String name, String organisation, String phone,
            String email) {

        @Override
        public String toString() {
            return "Contact[redacted]";
        }
    }

    /**
     * A registration number the reporter cited.
     *
     * @param kind           invention_patent, utility_model, design_patent, trademark or plant_variety
     * @param checkDigitValid false when the number's check digit is wrong: a typo, or a made-up number
     */
    public record NumberCited(String kind, String number, boolean checkDigitValid) {

        static NumberCited of(RegistrationNumber number) {
            return new NumberCited(number.kind().code(), number.value(), number.valid());
        }
    }

    /** The copy for {@code agency}; with the reporter's contact details only when {@code withContact}. */
    static TipRouted of(Tip tip, String agency, boolean withContact) {
        Reporter reporter = tip.reporter == null ? Reporter.ANONYMOUS : tip.reporter;
        Contact contact = withContact || reporter.anonymous()
                ? new Contact(reporter.anonymous(), null, reporter.name(), reporter.organisation(), reporter.phone(),
                        reporter.email())
                : new Contact(false, true, null, null, null, null);
        return new TipRouted(tip.id, tip.trackingNumber.formatted(), tip.clusterId, List.copyOf(tip.campaigns), agency, List.copyOf(tip.agencies),
                tip.status.code(), tip.channel.code(), tip.receivedAt, tip.language, tip.text, tip.rightType.code(),
                tip.confidence, tip.runnerUp.code(), List.copyOf(tip.flags), List.copyOf(tip.classificationTerms),
                tip.registrationNumbers.stream().map(NumberCited::of).toList(), List.copyOf(tip.evidence),
                tip.reportedRightType == null ? null : tip.reportedRightType.code(), tip.foreignInvested,
                contact, tip.region, tip.region == null ? null : tip.regionInferred, tip.classifiedBy);
    }
}
