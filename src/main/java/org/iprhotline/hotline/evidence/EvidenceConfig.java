package org.iprhotline.hotline.evidence;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on the evidence files a reporter can upload with one report. */
@ConfigMapping(prefix = "ipr.evidence")
public interface EvidenceConfig {

    /** The largest single file. */
    @WithDefault("10M")
    MemorySize maxFileSize();

    /** All files of one report together. */
    @WithDefault("25M")
    MemorySize maxReportSize();

    /** How many files one report may carry. */
    @WithDefault("10")
    int maxFiles();

    /** How long an uploaded file waits for its report to be completed before it is deleted. */
    @WithDefault("24h")
    Duration stagedFor();
}
