package org.iprhotline.hotline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The report form as the browser posts it. Every field is kept as typed, so that a page shown
 * again with an error gives it all back.
 */
public class ReportForm {

    static final int MAX_TEXT = 20_000;
    static final int MAX_FIELD = 500;
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]{3,}", Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{5,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final List<String> RIGHT_TYPES = List.of("not_sure", "patent", "trademark", "copyright", "trade_secret",
            "plant_variety");

    @RestForm public String formId;
    @RestForm("csrf-token") public String csrfToken;
    @RestForm public String lang;

    @RestForm public String text;
    @RestForm public String rightType;

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

    /** Whether a right type radio button is the chosen one ("not sure" when none is). */
    public boolean rightTypeIs(String code) {
        return code.equals(rightType == null || rightType.isBlank() ? "not_sure" : rightType);
    }

    List<FieldError> check(PortalMessages messages) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(text)) {
            errors.add(new FieldError("text", messages.error_text_required()));
        } else if (text.length() > MAX_TEXT) {
            errors.add(new FieldError("text", messages.error_too_long(MAX_TEXT)));
        }
        if (!blank(rightType) && !RIGHT_TYPES.contains(rightType)) {
            errors.add(new FieldError("rightType", messages.error_right_type()));
        }
        if (!blank(url) && !URL.matcher(url.strip()).matches()) {
            errors.add(new FieldError("url", messages.error_url()));
        }
        checkLength(errors, messages, "marketplace", marketplace);
        checkLength(errors, messages, "address", address);
        checkLength(errors, messages, "port", port);
        checkLength(errors, messages, "infringerName", infringerName);
        checkLength(errors, messages, "infringerCompany", infringerCompany);
        checkPhone(errors, messages, "infringerPhone", infringerPhone);
        checkLength(errors, messages, "registrationNumbers", registrationNumbers);
        if (!isAnonymous()) {
            if (blank(reporterName) && blank(organisation) && blank(phone) && blank(email)) {
                errors.add(new FieldError("reporterName", messages.error_contact_missing()));
            }
            checkLength(errors, messages, "reporterName", reporterName);
            checkLength(errors, messages, "organisation", organisation);
            checkPhone(errors, messages, "phone", phone);
            if (!blank(email) && (!EMAIL.matcher(email.strip()).matches() || email.length() > 254)) {
                errors.add(new FieldError("email", messages.error_email()));
            }
        }
        return errors;
    }

    private static void checkPhone(List<FieldError> errors, PortalMessages messages, String field, String value) {
        if (!blank(value) && !PHONE.matcher(value.strip()).matches()) {
            errors.add(new FieldError(field, messages.error_phone()));
        }
    }

    private static void checkLength(List<FieldError> errors, PortalMessages messages, String field, String value) {
        if (value != null && value.length() > MAX_FIELD) {
            errors.add(new FieldError(field, messages.error_too_long(MAX_FIELD)));
        }
    }

    /**
     * The tip's text: the description, then what the reporter said of where and who, labelled in
     * their language, so that agency staff read one account and the classifier and case clusters
     * see the shop, phone, company and registration numbers.
     */
    String tipText(PortalMessages messages) {
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
            lines.add(label + ": " + value.strip().replaceAll("\\s+", " "));
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
