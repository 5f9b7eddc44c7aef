package org.iprhotline.hotline.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.identity.SecurityIdentity;

/** Which tips a role lets its holder see: a misnamed role must never widen what they see. */
class StaffRolesTest {

    @Test
    void aCitysOfficerSeesTheCityAndAProvincesTheProvince() {
        SecurityIdentity city = person("staff", "agency-SAMR", "city-4403");
        assertThat(StaffRoles.areas(city)).containsExactly("4403");
        assertThat(StaffRoles.maySee(city, List.of("SAMR"), "440305")).isTrue();
        assertThat(StaffRoles.maySee(city, List.of("SAMR"), "440300")).isTrue();
        assertThat(StaffRoles.maySee(city, List.of("SAMR"), "440106")).isFalse();
        assertThat(StaffRoles.maySee(city, List.of("SAMR"), "440000")).isFalse();
        assertThat(StaffRoles.maySee(city, List.of("SAMR"), null)).isFalse();
        assertThat(StaffRoles.maySee(city, List.of("CNIPA"), "440305")).isFalse();
        assertThat(StaffRoles.atNationalDesk(city, "SAMR")).isFalse();

        SecurityIdentity province = person("staff", "agency-SAMR", "province-44");
        assertThat(StaffRoles.maySee(province, List.of("SAMR"), "440106")).isTrue();
        assertThat(StaffRoles.maySee(province, List.of("SAMR"), "440000")).isTrue();
        assertThat(StaffRoles.maySee(province, List.of("SAMR"), "310115")).isFalse();

        SecurityIdentity national = person("staff", "agency-SAMR");
        assertThat(StaffRoles.areas(national)).isEmpty();
        assertThat(StaffRoles.maySee(national, List.of("SAMR"), null)).isTrue();
        assertThat(StaffRoles.atNationalDesk(national, "SAMR")).isTrue();
    }

    @Test
    void aDistrictsOfficerSeesTheDistrictOnly() {
        SecurityIdentity district = person("staff", "agency-SAMR", "county-440305");
        assertThat(StaffRoles.areas(district)).containsExactly("440305");
        assertThat(StaffRoles.maySee(district, List.of("SAMR"), "440305")).isTrue();
        assertThat(StaffRoles.maySee(district, List.of("SAMR"), "440304")).isFalse();
        assertThat(StaffRoles.maySee(district, List.of("SAMR"), "440300")).as("the city's own").isFalse();
        assertThat(StaffRoles.maySee(district, List.of("SAMR"), "440000")).isFalse();
        assertThat(StaffRoles.maySee(district, List.of("SAMR"), null)).isFalse();
        assertThat(StaffRoles.atNationalDesk(district, "SAMR")).isFalse();
    }

    @Test
    void aRoleWithTheWrongDigitsSeesNothingRatherThanMore() {
        for (String role : List.of("city-44", "city-4400", "province-4403", "city-440", "province-", "city-", "province-4",
                "city-44O3", "province-４４", "county-4403", "county-440300", "county-44030", "city-440305", "county-")) {
            SecurityIdentity person = person("staff", "agency-SAMR", role);
            assertThat(StaffRoles.atNationalDesk(person, "SAMR")).as(role).isFalse();
            for (String region : List.of("440305", "440000", "310115", "4")) {
                assertThat(StaffRoles.maySee(person, List.of("SAMR"), region)).as(role + " " + region).isFalse();
            }
            assertThat(StaffRoles.maySee(person, List.of("SAMR"), null)).as(role).isFalse();
        }
    }

    @Test
    void coordinatorsAreNationalWhateverElseTheyHold() {
        SecurityIdentity coordinator = person("coordinator", "city-4403");
        assertThat(StaffRoles.areas(coordinator)).isEmpty();
        assertThat(StaffRoles.maySee(coordinator, List.of("CNIPA"), "310115")).isTrue();
    }

    private static SecurityIdentity person(String... roles) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("someone"));
        for (String role : roles) {
            builder.addRole(role);
        }
        return builder.build();
    }
}
