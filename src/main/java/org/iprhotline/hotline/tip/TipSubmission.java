package org.iprhotline.hotline.tip;

import java.util.Optional;

import org.iprhotline.hotline.classify.RightType;

/**
 * A tip as a channel hands it to intake.
 *
 * @param reportedRightType the reporter's own choice of right type, if they made one
 */
public record TipSubmission(Channel channel, String text, Reporter reporter, boolean foreignInvested,
        Optional<RightType> reportedRightType) {

    public TipSubmission {
        reporter = reporter == null ? Reporter.ANONYMOUS : reporter;
        reportedRightType = reportedRightType == null ? Optional.empty() : reportedRightType;
    }
}
