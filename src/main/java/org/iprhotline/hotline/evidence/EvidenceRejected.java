package org.iprhotline.hotline.evidence;

/** A file, or the files of a report together, that we do not take; nothing of it was stored. */
public class EvidenceRejected extends RuntimeException {

    /** Why, so that the page can say it in the reporter's language. */
    public enum Reason {
        EMPTY, TOO_LARGE, TYPE_NOT_ACCEPTED, TOO_MANY_FILES, REPORT_TOO_LARGE
    }

    private final Reason reason;
    private final String fileName;

    EvidenceRejected(Reason reason, String fileName) {
        super(reason + (fileName == null ? "" : ": " + fileName), null, false, false);
        this.reason = reason;
        this.fileName = fileName;
    }

    public Reason reason() {
        return reason;
    }

    /** The name as the reporter gave it, or null for limits on the whole report. */
    public String fileName() {
        return fileName;
    }
}
