package org.iprhotline.hotline.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/** The current span as a W3C {@code traceparent} value, to travel with an event. */
public final class Traceparent {

    private Traceparent() {
    }

    /** The calling thread's trace context, or null when there is none. */
    public static String current() {
        SpanContext context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }
}
