package org.iprhotline.hotline.tip;

import java.util.List;
import java.util.Optional;

import org.iprhotline.hotline.classify.RightType;
import org.iprhotline.hotline.region.Region;

/**
 * A tip as a channel hands it to intake.
 *
 * @param reportedRightType the reporter's own choice of right type, if they made one
 * @param evidence          references to evidence the channel received with the tip
 * @param credentials       a tracking number and access code already given to the reporter (the
 *                          phone line reads them out before the transcription is ready)
 * @param triageOnly        people must read this one whatever its text says (a call recording that
 *                          could not be transcribed)
 * @param region            where it happened, as the reporter chose it; read from the text when absent
 */
public record TipSubmission(Channel channel, String text, Reporter reporter, boolean foreignInvested,
        Optional<RightType> reportedRightType, List<Evidence> evidence, Optional<Credentials> credentials,
        boolean triageOnly, Optional<Region> region) {

    /** A tracking number with its access code. */
    public record Credentials(TrackingNumber trackingNumber, String accessCode) {

        public static Credentials issue() {
            return new Credentials(TrackingNumber.generate(), AccessCode.generate());
        }

        @Override
        public String toString() {
            return "Credentials[" + trackingNumber + "]";
        }
    }

    public TipSubmission {
        reporter = reporter == null ? Reporter.ANONYMOUS : reporter;
        reportedRightType = reportedRightType == null ? Optional.empty() : reportedRightType;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        credentials = credentials == null ? Optional.empty() : credentials;
        region = region == null ? Optional.empty() : region;
    }

    public TipSubmission(Channel channel, String text, Reporter reporter, boolean foreignInvested,
            Optional<RightType> reportedRightType, List<Evidence> evidence, Optional<Credentials> credentials,
            boolean triageOnly) {
        this(channel, text, reporter, foreignInvested, reportedRightType, evidence, credentials, triageOnly,
                Optional.empty());
    }

    public TipSubmission(Channel channel, String text, Reporter reporter, boolean foreignInvested,
            Optional<RightType> reportedRightType) {
        this(channel, text, reporter, foreignInvested, reportedRightType, List.of(), Optional.empty(), false);
    }
}
