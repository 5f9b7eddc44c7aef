package org.iprhotline.hotline.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.iprhotline.hotline.PublicAddress;
import org.iprhotline.hotline.database.NativeRows;
import org.iprhotline.hotline.tip.Evidence;
import org.iprhotline.hotline.tip.Ids;

/**
 * Evidence files from upload to download: each is checked by its content, digested with SHA-256
 * and stored as it arrives; it becomes part of a tip when the tip is stored, and only the staff
 * of the agencies holding that tip can fetch it.
 */
@ApplicationScoped
public class EvidenceFiles {

    private static final Logger LOG = Logger.getLogger(EvidenceFiles.class);
    static final String DOWNLOAD_PATH = "/api/v1/agency/evidence/";

    /** A file as agency staff download it, with the agencies that may, and its tip's region (or null). */
    public record Download(StagedFile file, byte[] content, List<String> agencies, String region) {
    }

    private final EvidenceStore store;
    private final EvidenceConfig config;
    private final PublicAddress publicAddress;
    private final ContentTypes contentTypes = new ContentTypes();

    EvidenceFiles(EvidenceStore store, EvidenceConfig config, PublicAddress publicAddress) {
        this.store = store;
        this.config = config;
        this.publicAddress = publicAddress;
    }

    /**
     * Checks one uploaded file, where the HTTP layer left it on disk, and keeps it for the form it
     * came with. The file is read as a stream, never whole into memory.
     *
     * @throws EvidenceRejected if it is empty, too large or not a picture, PDF or office document
     */
    public StagedFile stage(String formId, String originalName, Path content) {
        long size = sizeOf(content);
        if (size == 0) {
            throw new EvidenceRejected(EvidenceRejected.Reason.EMPTY, originalName);
        }
        if (size > config.maxFileSize().asLongValue()) {
            throw new EvidenceRejected(EvidenceRejected.Reason.TOO_LARGE, originalName);
        }
        String type = contentTypes.acceptedTypeOf(content, originalName)
                .orElseThrow(() -> new EvidenceRejected(EvidenceRejected.Reason.TYPE_NOT_ACCEPTED, originalName));
        EvidenceFile file = new EvidenceFile();
        file.id = Ids.newId();
        file.formId = formId;
        file.name = FileNames.sanitise(originalName, contentTypes.extensionOf(type));
        file.contentType = type;
        file.sizeBytes = size;
        file.createdAt = Instant.now();
        // One transaction: no bytes without their record, which is what the purge goes by. The
        // digest is taken from the same single read that stores the bytes.
        QuarkusTransaction.requiringNew().run(() -> {
            try (DigestInputStream in = new DigestInputStream(Files.newInputStream(content), sha256())) {
                store.put(file.id, in, size);
                file.sha256 = HexFormat.of().formatHex(in.getMessageDigest().digest());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            file.persist();
        });
        return file.staged();
    }

    private static long sizeOf(Path content) {
        try {
            return Files.size(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file as it came with a request: the name the sender gave, where the HTTP layer left it. */
    public record Upload(String name, Path content) {
    }

    /**
     * Stages every file of a request for one form and checks them together against a report's
     * limits; a part with no name and no bytes (a browser's file field left empty) is skipped.
     *
     * @throws EvidenceRejected at the first file, or the set of files, not taken
     */
    public List<Evidence> stageAll(String formId, List<Upload> uploads) {
        List<StagedFile> files = new ArrayList<>();
        for (Upload upload : uploads) {
            if ((upload.name() == null || upload.name().isBlank()) && sizeOf(upload.content()) == 0) {
                continue;
            }
            files.add(stage(formId, upload.name(), upload.content()));
        }
        checkReportLimits(files);
        return files.stream().map(this::asEvidence).toList();
    }

    /** The files of this form, among those asked for, that are still waiting for their report. */
    @Transactional
    public List<StagedFile> staged(String formId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return EvidenceFile.<EvidenceFile>list("formId = ?1 and id in ?2 and tipId is null order by createdAt",
                formId, ids).stream().map(EvidenceFile::staged).toList();
    }

    /** Whether these files together stay within one report's limits. */
    public void checkReportLimits(List<StagedFile> files) {
        if (files.size() > config.maxFiles()) {
            throw new EvidenceRejected(EvidenceRejected.Reason.TOO_MANY_FILES, null);
        }
        if (files.stream().mapToLong(StagedFile::sizeBytes).sum() > config.maxReportSize().asLongValue()) {
            throw new EvidenceRejected(EvidenceRejected.Reason.REPORT_TOO_LARGE, null);
        }
    }

    /** The file as the tip and its events carry it, with the address agencies download it from. */
    public Evidence asEvidence(StagedFile file) {
        return Evidence.file(file.id(), file.name(), file.contentType(), file.sizeBytes(), file.sha256(),
                publicAddress.root() + DOWNLOAD_PATH + file.id());
    }

    /** An attached file with its content, if there is one with this id. */
    @Transactional
    public Optional<Download> download(UUID id) {
        Optional<EvidenceFile> found = EvidenceFile.<EvidenceFile>find("id = ?1 and tipId is not null", id)
                .firstResultOptional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        EvidenceFile file = found.get();
        Object[] holder = (Object[]) EvidenceFile.getEntityManager()
                .createNativeQuery("select agencies, region from tip where id = ?1")
                .setParameter(1, file.tipId).getSingleResult();
        return store.get(id).map(content -> new Download(file.staged(), content, NativeRows.strings(holder[0]),
                (String) holder[1]));
    }

    /** Files whose report was never sent are not kept; {@code retention/Retention} calls it. */
    public void purgeAbandoned() {
        List<UUID> abandoned = QuarkusTransaction.requiringNew().call(() -> EvidenceFile.<EvidenceFile>list(
                "tipId is null and createdAt < ?1", Instant.now().minus(config.stagedFor()))
                .stream().map(file -> file.id).toList());
        int deleted = 0;
        for (UUID id : abandoned) {
            // A report sent in the meantime keeps its file.
            if (QuarkusTransaction.requiringNew().call(() -> EvidenceFile.delete("id = ?1 and tipId is null", id)) == 1) {
                store.delete(id);
                deleted++;
            }
        }
        if (deleted > 0) {
            LOG.infof("deleted %d uploaded files whose report was never sent", deleted);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
