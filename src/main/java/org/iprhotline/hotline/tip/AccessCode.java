package org.iprhotline.hotline.tip;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

import org.iprhotline.hotline.secrets.Secrets;

/**
 * The reporter's secret that goes with a tracking number. Eight digits, so it can be keyed in on
 * a phone; only a salted digest is stored.
 */
public final class AccessCode {

    private static final RandomGenerator RANDOM = secretSource();
    /** Marks a digest keyed with the service's secret. */
    static final String KEYED = "h1:";
    private static final int MAX_CODE_LENGTH = 64;

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

    /**
     * The digest stored for a code: HMAC-SHA256, keyed by the service's secret, of the tracking
     * number and the code. Without the key, a copy of the table cannot be searched for the code
     * (there are only 10^8 codes). It is taken over a plain SHA-256 of the two, which is what tips
     * stored before the key existed hold, so those are upgraded without knowing their codes.
     */
    public static String digest(Secrets secrets, TrackingNumber trackingNumber, String code) {
        return KEYED + secrets.digest(plainDigest(trackingNumber, code));
    }

    /** An unkeyed (older) digest made keyed; a keyed one as it is. */
    static String upgrade(Secrets secrets, String stored) {
        return stored.startsWith(KEYED) ? stored : KEYED + secrets.digest(stored);
    }

    public static boolean matches(Secrets secrets, TrackingNumber trackingNumber, String code, String storedDigest) {
        if (code == null || code.length() > MAX_CODE_LENGTH) {
            return false;
        }
        byte[] given = digest(secrets, trackingNumber, code).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, upgrade(secrets, storedDigest).getBytes(StandardCharsets.US_ASCII));
    }

    private static String plainDigest(TrackingNumber trackingNumber, String code) {
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
}
