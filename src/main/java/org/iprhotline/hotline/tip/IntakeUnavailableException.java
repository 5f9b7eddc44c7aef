package org.iprhotline.hotline.tip;

/** The tip could not be stored now (database away or intake overloaded); nothing was acknowledged. */
public class IntakeUnavailableException extends RuntimeException {

    public IntakeUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
