package org.iprhotline.hotline.agency;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The data of an {@code ipr.tip.status} event as agencies send it (docs/events/asyncapi.yaml).
 * Unknown fields are ignored so that agencies can add their own.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AgencyStatusMessage(String trackingNumber, String status, String transferTo, String note, String outcome,
        BigDecimal penaltyYuan) {
}
