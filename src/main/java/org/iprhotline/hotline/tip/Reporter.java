package org.iprhotline.hotline.tip;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who reported, when they chose to say. All parts are optional: anonymous tips are allowed.
 * Never logged.
 */
@Embeddable
public record Reporter(
        @Column(name = "reporter_name") String name,
        @Column(name = "reporter_organisation") String organisation,
        @Column(name = "reporter_phone") String phone,
        @Column(name = "reporter_email") String email) {

    public static final Reporter ANONYMOUS = new Reporter(null, null, null, null);

    public boolean anonymous() {
        return isBlank(name) && isBlank(organisation) && isBlank(phone) && isBlank(email);
    }

    @Override
    public String toString() {
        return anonymous() ? "Reporter[anonymous]" : "Reporter[redacted]";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
