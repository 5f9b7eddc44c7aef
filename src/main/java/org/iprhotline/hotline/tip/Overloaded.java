package org.iprhotline.hotline.tip;

/**
 * Too much is being asked at once: the work could not start, or not finish, within its time
 * budget. Nothing was stored; the client should try again shortly.
 */
public class Overloaded extends RuntimeException {

    public Overloaded(String message) {
        super(message, null, false, false);
    }
}
