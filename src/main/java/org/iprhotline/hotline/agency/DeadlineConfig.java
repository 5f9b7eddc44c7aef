package org.iprhotline.hotline.agency;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ipr.deadlines")
public interface DeadlineConfig {

    /** Working days an agency has to accept a tip after it was routed to it (12330 practice: 15). */
    @WithDefault("15")
    int acceptWorkingDays();

    /** Days from acceptance to feedback. */
    @WithDefault("90")
    int feedbackDays();

    /** Days from acceptance to feedback for complex cases (criminal, or three agencies or more). */
    @WithDefault("120")
    int complexFeedbackDays();

    /**
     * Days public security has to decide whether a referred tip is a criminal case (the State
     * Council's rules on administrative agencies' referrals of suspected crimes, art. 8: three days
     * from receiving the referral); calendar days.
     */
    @WithDefault("3")
    int referralAnswerDays();

    /**
     * How long a tip may stay overdue before the leading-group office is told
     * ({@code ipr.tip.escalated} on its topic, once per tip).
     */
    @WithDefault("30d")
    java.time.Duration escalateAfter();

    /** The holiday calendar; the one in the jar when absent. */
    Optional<Path> calendarFile();

    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** Per agency code: its own acceptance deadline, e.g. ipr.deadlines.agencies.SAMR.accept-working-days=10. */
    Map<String, AgencyDeadline> agencies();

    interface AgencyDeadline {
        OptionalInt acceptWorkingDays();
    }
}
