package org.iprhotline.hotline.evidence;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the bytes of evidence files are kept, apart from the tips and their metadata. The default
 * keeps them in PostgreSQL ({@link DatabaseEvidenceStore}), so that they share the database's
 * backups and every instance sees them; an object store can take its place behind this interface.
 */
public interface EvidenceStore {

    /**
     * Keeps the content under the id; called once per id, inside the transaction that records the
     * file. A store outside the database writes before returning; if that transaction then rolls
     * back, it is left with bytes no record points to. The content is read once, to its end, and
     * is exactly {@code size} bytes long.
     */
    void put(UUID id, InputStream content, long size);

    Optional<byte[]> get(UUID id);

    void delete(UUID id);
}
