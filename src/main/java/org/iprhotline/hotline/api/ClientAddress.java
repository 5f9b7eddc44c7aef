package org.iprhotline.hotline.api;

import io.vertx.core.http.HttpServerRequest;

/**
 * The client's address as rate limits count it: the peer of the connection, or, only when that
 * peer is one of {@code quarkus.http.proxy.trusted-proxies}, the address the proxy forwarded.
 * Quarkus applies that rule before the request reaches us; a forwarded header from anyone else is
 * ignored.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
