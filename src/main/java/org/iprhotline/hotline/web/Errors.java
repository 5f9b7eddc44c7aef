package org.iprhotline.hotline.web;

import java.util.List;

/** The errors of a form, in the order the fields appear, for the summary and beside each field. */
public record Errors(List<ReportForm.FieldError> all) {

    static final Errors NONE = new Errors(List.of());

    public boolean any() {
        return !all.isEmpty();
    }

    public boolean has(String field) {
        return all.stream().anyMatch(error -> error.field().equals(field));
    }

    /** The messages for one field, joined. */
    public String of(String field) {
        return String.join(" ", all.stream().filter(error -> error.field().equals(field))
                .map(ReportForm.FieldError::message).toList());
    }
}
