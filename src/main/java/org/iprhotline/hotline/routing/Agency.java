package org.iprhotline.hotline.routing;

/** An agency that receives tips, and the Kafka topic its systems read them from. */
public record Agency(String code, String name, String topic) {
}
