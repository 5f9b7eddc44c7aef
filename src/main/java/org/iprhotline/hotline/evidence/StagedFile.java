package org.iprhotline.hotline.evidence;

import java.util.UUID;

/** An uploaded file, checked and stored, waiting to be attached to its tip. */
public record StagedFile(UUID id, String name, String contentType, long sizeBytes, String sha256) {
}
