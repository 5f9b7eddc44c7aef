package org.iprhotline.hotline.twilio;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.iprhotline.hotline.text.Language;

/** One call through the IVR, from greeting to tip; the CallSid makes at most one tip. */
@Entity
@Table(name = "call_session")
class CallSession extends PanacheEntityBase {

    @Id
    @Column(name = "call_sid")
    public String callSid;

    /** The caller's number; personal data, never logged. */
    public String caller;

    @Column(nullable = false)
    public String language;

    @Column(name = "reported_right_type")
    public String reportedRightType;

    @Column(name = "menu_attempts", nullable = false)
    public int menuAttempts;

    /** The group of provinces the caller keyed first (1 North … 6 Northwest), while the province is asked. */
    @Column(name = "region_group")
    @JdbcTypeCode(SqlTypes.SMALLINT)
    public Integer regionGroup;

    /** Where it happened, as the caller answered (a province's GB/T 2260 code); none when skipped. */
    public String region;

    /** Issued when the recording ends, so the caller hears it before the transcription is ready. */
    @Column(name = "tracking_number")
    public String trackingNumber;

    @Column(name = "access_code")
    public String accessCode;

    @Column(name = "recording_url")
    public String recordingUrl;

    @Column(name = "recording_sid")
    public String recordingSid;

    @Column(name = "recording_seconds")
    public Integer recordingSeconds;

    /** The recording's transcription (English calls); a Chinese call's text is in call_transcript_part. */
    public String transcription;

    @Column(name = "transcription_status")
    public String transcriptionStatus;

    @Column(name = "tip_id")
    public UUID tipId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    boolean chinese() {
        return Language.ofTag(language).orElse(Language.EN) == Language.ZH;
    }
}
