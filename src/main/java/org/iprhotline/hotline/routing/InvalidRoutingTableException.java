package org.iprhotline.hotline.routing;

/** The responsibility table cannot be used; the message says where and why. */
public class InvalidRoutingTableException extends RuntimeException {

    public InvalidRoutingTableException(String message) {
        super(message);
    }
}
