package org.iprhotline.hotline.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tip as a client posts it to the JSON API. */
@Schema(name = "TipRequest", description = "A report of an intellectual-property infringement")
public record TipRequest(
        @Schema(description = "What happened, in Chinese or English", required = true,
                example = "A shop on Taobao sells fake Nike shoes shipped by express from a factory in Putian")
        @NotBlank(message = "must describe what happened")
        @Size(max = 20_000, message = "must be at most 20000 characters")
        @PlainText
        String text,

        @Schema(description = "The reporter's own view of the right infringed, if they have one; "
                + "'none' means not sure", enumeration = {"patent", "trademark", "copyright", "trade_secret",
                        "plant_variety", "none"})
        @Pattern(regexp = "patent|trademark|copyright|trade_secret|plant_variety|none",
                message = "must be one of patent, trademark, copyright, trade_secret, plant_variety, none")
        String rightType,

        @Schema(description = "Whether the reporter is a foreign-invested enterprise", defaultValue = "false")
        Boolean foreignInvested,

        @Schema(description = "How to reach the reporter; leave out for an anonymous report")
        @Valid
        ReporterRequest reporter,

        @Schema(description = "Where it happened: a GB/T 2260 administrative division code of a province, city "
                + "or county (six digits). Left out, it is read from place names in the text where they name one "
                + "place; a regional agency's provincial bureau receives the tip", example = "440300")
        @KnownRegion
        String region) {

    /** Contact details; every part is optional. */
    @Schema(name = "Reporter")
    public record ReporterRequest(
            @Size(max = 200, message = "must be at most 200 characters") @PlainText String name,
            @Size(max = 200, message = "must be at most 200 characters") @PlainText String organisation,
            @Pattern(regexp = "\\+?[0-9 ()\\-]{5,30}", message = "must be a phone number") String phone,
            @Email(message = "must be an e-mail address") @Size(max = 254, message = "must be at most 254 characters")
            @PlainText String email) {
    }
}
