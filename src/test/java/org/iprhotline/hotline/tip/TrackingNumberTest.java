package org.iprhotline.hotline.tip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.iprhotline.hotline.secrets.Secrets;

class TrackingNumberTest {

    @Test
    void generatedNumbersAreFormattedInThreeGroupsAndParseBack() {
        TrackingNumber number = TrackingNumber.generate();
        assertThat(number.formatted()).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(TrackingNumber.parse(number.formatted())).contains(number);
        assertThat(TrackingNumber.parse(number.value().toLowerCase())).contains(number);
        assertThat(TrackingNumber.parse(" " + number.formatted().replace("-", " ") + " ")).contains(number);
    }

    @Test
    void everySingleMistypedCharacterIsCaught() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 200; round++) {
            String value = TrackingNumber.generate(random).value();
            for (int position = 0; position < value.length(); position++) {
                for (char replacement : TrackingNumber.ALPHABET.toCharArray()) {
                    if (replacement == value.charAt(position)) {
                        continue;
                    }
                    String typo = value.substring(0, position) + replacement + value.substring(position + 1);
                    assertThat(TrackingNumber.parse(typo)).as(typo).isEmpty();
                }
            }
        }
    }

    @Test
    void swappedNeighboursAreCaught() {
        SplittableRandom random = new SplittableRandom(11);
        int swaps = 0;
        int caught = 0;
        for (int round = 0; round < 2000; round++) {
            String value = TrackingNumber.generate(random).value();
            for (int position = 0; position + 1 < value.length(); position++) {
                char left = value.charAt(position);
                char right = value.charAt(position + 1);
                if (left == right) {
                    continue;
                }
                String swapped = value.substring(0, position) + right + left + value.substring(position + 2);
                swaps++;
                if (TrackingNumber.parse(swapped).isEmpty()) {
                    caught++;
                }
            }
        }
        // Luhn mod N misses only the swap of the two characters that double into each other.
        assertThat((double) caught / swaps).isGreaterThan(0.99);
    }

    @Test
    void lettersThatLookLikeDigitsAreReadAsDigits() {
        TrackingNumber number = TrackingNumber.generate(new SplittableRandom(3));
        String withLookalikes = number.value().replace('0', 'O').replace('1', 'l');
        assertThat(TrackingNumber.parse(withLookalikes)).contains(number);
    }

    @Test
    void numbersAreNotSequentialOrRepeated() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(TrackingNumber.generate().value())).isTrue();
        }
    }

    @Test
    void rubbishIsNotANumber() {
        assertThat(TrackingNumber.parse(null)).isEmpty();
        assertThat(TrackingNumber.parse("")).isEmpty();
        assertThat(TrackingNumber.parse("hello")).isEmpty();
        assertThat(TrackingNumber.parse("ABCD-EFGH-JKMNP")).isEmpty();
        assertThat(TrackingNumber.parse("x".repeat(1000))).isEmpty();
    }

    private static final Secrets SECRETS = new Secrets("dGVzdC1rZXktb2YtdGhpcnR5LXR3by1ieXRlcy1vci1tb3JlIQ==");

    @Test
    void accessCodeMatchesOnlyItsOwnNumber() {
        TrackingNumber number = TrackingNumber.generate();
        TrackingNumber other = TrackingNumber.generate();
        String code = AccessCode.generate();
        String digest = AccessCode.digest(SECRETS, number, code);

        assertThat(code).matches("[0-9]{8}");
        assertThat(AccessCode.matches(SECRETS, number, code, digest)).isTrue();
        assertThat(AccessCode.matches(SECRETS, number, " " + code + " ", digest)).isTrue();
        assertThat(AccessCode.matches(SECRETS, other, code, digest)).isFalse();
        assertThat(AccessCode.matches(SECRETS, number, "00000000".equals(code) ? "11111111" : "00000000", digest))
                .isFalse();
        assertThat(AccessCode.matches(SECRETS, number, null, digest)).isFalse();
    }

    @Test
    void theStoredDigestIsKeyedAndOlderPlainDigestsStillMatchOnceUpgraded() {
        TrackingNumber number = TrackingNumber.generate();
        String code = AccessCode.generate();
        String keyed = AccessCode.digest(SECRETS, number, code);
        String sameWithAnotherKey = AccessCode.digest(new Secrets("YW5vdGhlci1rZXktb2YtdGhpcnR5LXR3by1ieXRlcy1vci1tb3Jl"),
                number, code);

        assertThat(keyed).startsWith("h1:").isNotEqualTo(sameWithAnotherKey).doesNotContain(code);
        String plain = plainSha256(number, code);
        assertThat(AccessCode.upgrade(SECRETS, keyed)).isEqualTo(keyed);
        assertThat(AccessCode.upgrade(SECRETS, plain)).isEqualTo(keyed);
        assertThat(AccessCode.matches(SECRETS, number, code, plain)).isTrue();
    }

    @Test
    void sealedValuesOpenOnlyWithTheirKeyAndUnaltered() {
        String sealed = SECRETS.seal("12345678");
        assertThat(sealed).doesNotContain("12345678").isNotEqualTo(SECRETS.seal("12345678"));
        assertThat(SECRETS.open(sealed)).contains("12345678");
        assertThat(new Secrets("YW5vdGhlci1rZXktb2YtdGhpcnR5LXR3by1ieXRlcy1vci1tb3Jl").open(sealed)).isEmpty();
        String altered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A=") ? "B=" : "A=");
        assertThat(SECRETS.open(altered)).isEmpty();
        assertThat(SECRETS.open("12345678")).isEmpty();
    }

    private static String plainSha256(TrackingNumber number, String code) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest((number.value() + ":" + code).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
