package org.iprhotline.hotline.routing;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ipr.routing")
public interface RoutingConfig {

    /** An operator's copy of the responsibility table; the one in the jar when absent. */
    Optional<Path> file();

    /** Below this confidence a tip goes to human triage instead of an agency. */
    @WithDefault("0.5")
    double triageThreshold();

    /**
     * When the reporter chose a right type to which the classifier gives less than this
     * probability, the tip also goes to triage: the two disagree strongly.
     */
    @WithDefault("0.05")
    double disagreementThreshold();
}
