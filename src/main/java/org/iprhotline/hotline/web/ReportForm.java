package org.iprhotline.hotline.web;

import java.util.ArrayList;
import java.util.List;

import com.google.re2j.Pattern;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import org.iprhotline.hotline.region.Regions;
import org.iprhotline.hotline.text.Messages;
import org.iprhotline.hotline.tip.UserText;

/**
 * The report form as the browser posts it. Every field is kept as typed, so that a page shown
 * again with an error gives it all back.
 */
public class ReportForm {

    static final int MAX_TEXT = 20_000;
    static final int MAX_FIELD = 500;
    static final int MAX_URL = 2_000;
    static final int MAX_EMAIL = 254;
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]{3,}", Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{5,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    static final List<String> RIGHT_TYPES = List.of("not_sure", "patent", "trademark", "copyright", "trade_secret",
            "plant_variety");

    @RestForm public String formId;
    @RestForm("csrf-token") public String csrfToken;
    @RestForm public String lang;

    @RestForm public String text;
    @RestForm public String rightType;

    @RestForm public String region;
    @RestForm public String url;
    @RestForm public String marketplace;
    @RestForm public String address;
    @RestForm public String port;

    @RestForm public String infringerName;
    @RestForm public String infringerCompany;
    @RestForm public String infringerPhone;

    @RestForm public String registrationNumbers;

    @RestForm public String anonymous;
    @RestForm public String reporterName;
    @RestForm public String organisation;
    @RestForm public String phone;
    @RestForm public String email;
    @RestForm public String foreignInvested;

    /** Files chosen in this post. */
    @RestForm("evidence") public List<FileUpload> evidence = new ArrayList<>();
    /** Ids of files received with an earlier post of this form that the reporter keeps. */
    @RestForm("keep") public List<String> keep = new ArrayList<>();

    /** A field the reporter got wrong, with what to do about it, in the page's language. */
    public record FieldError(String field, String message) {
    }

    public boolean isAnonymous() {
        return !"no".equals(anonymous);
    }

    public boolean isForeignInvested() {
        return "yes".equals(foreignInvested);
    }

    /** Whether a place in the region list is the chosen one ("not sure" is the empty code). */
    public boolean regionIs(String code) {
        return code.equals(region == null ? "" : region);
    }

    /** Whether a right type radio button is the chosen one ("not sure" when none is). */
    public boolean rightTypeIs(String code) {
        return code.equals(rightType == null || rightType.isBlank() ? "not_sure" : rightType);
    }

    /**
     * Every field's mistakes, each field checked once: its length first, then its characters, then
     * its shape, so that no pattern ever sees more than a field's limit.
     */
    List<FieldError> check(Messages messages) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(text)) {
            errors.add(new FieldError("text", messages.error_text_required()));
        } else {
            checkText(errors, messages, "text", text, MAX_TEXT);
        }
        if (!blank(rightType) && !RIGHT_TYPES.contains(rightType)) {
            errors.add(new FieldError("rightType", messages.error_right_type()));
        }
        if (!blank(region) && (region.length() != 6 || Regions.get().find(region).isEmpty())) {
            errors.add(new FieldError("region", messages.error_region()));
        }
        checkShape(errors, messages, "url", url, MAX_URL, URL, messages.error_url());
        checkText(errors, messages, "marketplace", marketplace, MAX_FIELD);
        checkText(errors, messages, "address", address, MAX_FIELD);
        checkText(errors, messages, "port", port, MAX_FIELD);
        checkText(errors, messages, "infringerName", infringerName, MAX_FIELD);
        checkText(errors, messages, "infringerCompany", infringerCompany, MAX_FIELD);
        checkShape(errors, messages, "infringerPhone", infringerPhone, MAX_FIELD, PHONE, messages.error_phone());
        checkText(errors, messages, "registrationNumbers", registrationNumbers, MAX_FIELD);
        if (!isAnonymous()) {
            if (blank(reporterName) && blank(organisation) && blank(phone) && blank(email)) {
                errors.add(new FieldError("reporterName", messages.error_contact_missing()));
            }
            checkText(errors, messages, "reporterName", reporterName, MAX_FIELD);
            checkText(errors, messages, "organisation", organisation, MAX_FIELD);
            checkShape(errors, messages, "phone", phone, MAX_FIELD, PHONE, messages.error_phone());
            checkShape(errors, messages, "email", email, MAX_EMAIL, EMAIL, messages.error_email());
        }
        return errors;
    }

    /** Within the length and free of control characters; true when it is. */
    static boolean checkText(List<FieldError> errors, Messages messages, String field, String value,
            int maxLength) {
        if (value == null) {
            return true;
        }
        if (value.length() > maxLength) {
            errors.add(new FieldError(field, messages.error_too_long(maxLength)));
            return false;
        }
        if (!UserText.acceptable(value)) {
            errors.add(new FieldError(field, messages.error_characters()));
            return false;
        }
        return true;
    }

    private static void checkShape(List<FieldError> errors, Messages messages, String field, String value,
            int maxLength, Pattern shape, String mistake) {
        if (!blank(value) && checkText(errors, messages, field, value, maxLength)
                && !shape.matcher(value.strip()).matches()) {
            errors.add(new FieldError(field, mistake));
        }
    }

    /**
     * The tip's text: the description, then what the reporter said of where and who, labelled in
     * their language, so that agency staff read one account and the classifier and case clusters
     * see the shop, phone, company and registration numbers.
     */
    String tipText(Messages messages) {
        List<String> particulars = new ArrayList<>();
        addLine(particulars, messages.field_url(), url);
        addLine(particulars, messages.field_marketplace(), marketplace);
        addLine(particulars, messages.field_address(), address);
        addLine(particulars, messages.field_port(), port);
        addLine(particulars, messages.field_infringer_name(), infringerName);
        addLine(particulars, messages.field_infringer_company(), infringerCompany);
        addLine(particulars, messages.field_infringer_phone(), infringerPhone);
        addLine(particulars, messages.field_registration(), registrationNumbers);
        return particulars.isEmpty() ? text.strip() : text.strip() + "\n\n" + String.join("\n", particulars);
    }

    private static void addLine(List<String> lines, String label, String value) {
        if (!blank(value)) {
            lines.add(label + ": " + SPACES.matcher(value.strip()).replaceAll(" "));
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
