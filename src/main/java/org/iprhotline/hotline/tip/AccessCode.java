package org.iprhotline.hotline.tip;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/**
 * The reporter's secret that goes with a tracking number. Eight digits, so it can be keyed in on
 * a phone; only a salted digest is stored.
 */
public final class AccessCode {

    private static final RandomGenerator RANDOM = secretSource();

    private AccessCode() {
    }

    /**
     * Where tracking numbers and access codes come from: a NIST DRBG, seeded from the system once.
     * The platform default on Linux reads /dev/urandom under a global lock for every draw.
     */
    static RandomGenerator secretSource() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    public static String generate() {
        return String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    /** The digest stored for a code; the tracking number salts it, so equal codes differ in the table. */
    public static String digest(TrackingNumber trackingNumber, String code) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(trackingNumber.value().getBytes(StandardCharsets.US_ASCII));
            sha256.update((byte) ':');
            sha256.update(code.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    public static boolean matches(TrackingNumber trackingNumber, String code, String storedDigest) {
        if (code == null) {
            return false;
        }
        byte[] given = digest(trackingNumber, code).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, storedDigest.getBytes(StandardCharsets.US_ASCII));
    }
}
