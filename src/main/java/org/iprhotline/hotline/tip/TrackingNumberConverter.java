package org.iprhotline.hotline.tip;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
class TrackingNumberConverter implements AttributeConverter<TrackingNumber, String> {

    @Override
    public String convertToDatabaseColumn(TrackingNumber trackingNumber) {
        return trackingNumber == null ? null : trackingNumber.value();
    }

    @Override
    public TrackingNumber convertToEntityAttribute(String value) {
        return value == null ? null : new TrackingNumber(value);
    }
}
