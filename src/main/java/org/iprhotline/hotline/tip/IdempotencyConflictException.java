package org.iprhotline.hotline.tip;

/** An idempotency key was used again for a different request. */
public class IdempotencyConflictException extends RuntimeException {

    public IdempotencyConflictException() {
        super("This Idempotency-Key was already used for a different tip. Use a new key for a new tip.");
    }
}
