package org.iprhotline.hotline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.security.identity.SecurityIdentity;

import org.iprhotline.hotline.api.StaffRoles;
import org.iprhotline.hotline.region.Areas;
import org.iprhotline.hotline.region.Regions;
import org.iprhotline.hotline.text.Language;
import org.iprhotline.hotline.text.Messages;
import org.iprhotline.hotline.text.StaffMessages;
import org.iprhotline.hotline.tip.ReferralConfig;

/** What every staff page shows of who is signed in, and the words in their language. */
@ApplicationScoped
public class Desks {

    /**
     * Who is signed in, for the header of every staff page; bureau names the bureau of an officer's
     * provinces, cities or counties (empty for a national desk); signOut when the sign-in is OIDC's;
     * oversight for an officer of the procuratorate, which oversees public security's refusals.
     */
    public record Desk(Page page, String user, boolean coordinator, boolean triage, String bureau, boolean signOut,
            boolean oversight) {
    }

    private final SecurityIdentity identity;
    private final CsrfGuard csrf;
    private final PortalConfig config;
    private final Messages english;
    private final Messages chinese;
    private final StaffMessages staffEnglish;
    private final StaffMessages staffChinese;
    private final boolean signOut;
    private final ReferralConfig referral;

    Desks(SecurityIdentity identity, CsrfGuard csrf, PortalConfig config, @Localized("en") Messages english,
            @Localized("zh") Messages chinese, @Localized("en") StaffMessages staffEnglish,
            @Localized("zh") StaffMessages staffChinese,
            @ConfigProperty(name = "quarkus.oidc.tenant-enabled") boolean signOut, ReferralConfig referral) {
        this.referral = referral;
        this.identity = identity;
        this.csrf = csrf;
        this.config = config;
        this.english = english;
        this.chinese = chinese;
        this.staffEnglish = staffEnglish;
        this.staffChinese = staffChinese;
        this.signOut = signOut;
    }

    Desk desk(String switched, Browser browser, String path) {
        Page page = new Page(browser.language(switched), path, true, config.hotlineNumber(),
                csrf.tokenFor(browser.csrfCookie()));
        return new Desk(page, identity.getPrincipal().getName(), StaffRoles.isCoordinator(identity),
                identity.hasRole("triage"), bureau(page.language()), signOut,
                StaffRoles.agencies(identity).contains(referral.procuratorate()));
    }

    /**
     * The bureau of the signed-in person's provinces, cities or counties, named in the page's language
     * (广东省深圳市局, for the bureau of Shenzhen), then a warning for each bureau role that names no
     * place; empty for a national desk.
     */
    private String bureau(Language language) {
        StaffMessages staff = language == Language.ZH ? staffChinese : staffEnglish;
        List<String> places = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String code : StaffRoles.areas(identity)) {
            place(code, language).ifPresentOrElse(places::add, () -> warnings.add(staff.role_names_no_place(code)));
        }
        return Stream.concat(places.isEmpty() ? Stream.empty()
                : Stream.of(staff.bureau(String.join(language == Language.ZH ? "、" : ", ", places))), warnings.stream())
                .collect(Collectors.joining(" · "));
    }

    private static Optional<String> place(String code, Language language) {
        return Optional.of(code).filter(Areas::isArea).flatMap(area -> Regions.get().find(Areas.region(area)))
                .map(place -> language == Language.ZH ? Regions.get().fullName(place)
                        : place.nameEn().isEmpty() ? place.nameZh() : place.nameEn());
    }

    Messages messages(Desk desk) {
        return desk.page().language() == Language.ZH ? chinese : english;
    }

    /** The staff screens' own words, in the desk's language. */
    StaffMessages staff(Desk desk) {
        return desk.page().language() == Language.ZH ? staffChinese : staffEnglish;
    }
}
