package org.iprhotline.hotline.evidence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What we know of an uploaded file; its bytes are in the {@link EvidenceStore}. */
@Entity
@Table(name = "evidence_file")
class EvidenceFile extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Null while the file waits for its report to be sent. */
    @Column(name = "tip_id")
    public UUID tipId;

    /** The report form it was uploaded with; only that form can attach it. */
    @Column(name = "form_id", nullable = false, updatable = false)
    public String formId;

    @Column(nullable = false, updatable = false)
    public String name;

    @Column(name = "content_type", nullable = false, updatable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    public long sizeBytes;

    @Column(nullable = false, updatable = false)
    @JdbcTypeCode(SqlTypes.CHAR)
    public String sha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    StagedFile staged() {
        return new StagedFile(id, name, contentType, sizeBytes, sha256);
    }
}
