package org.iprhotline.hotline.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.runtime.Startup;

import org.iprhotline.hotline.background.StartOrder;

/**
 * Keyed digests and sealed values, from the one secret in {@link SecretsConfig}. Two keys are
 * derived from it (HMAC-SHA256 of a label, as HKDF's expand step does for one block), so the key
 * that digests access codes never encrypts anything.
 *
 * <ul>
 * <li>{@link #digest}: HMAC-SHA256. What is digested (an eight-digit access code, a phone number)
 * could be found again from a plain hash by trying every value; without the key it cannot.</li>
 * <li>{@link #seal}/{@link #open}: AES-256-GCM with a random nonce, for what must be given back
 * later (the access code in a replayed answer) and so cannot be a digest.</li>
 * </ul>
 */
@Startup(StartOrder.CHECKS)
@ApplicationScoped
public class Secrets {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String SEALED_PREFIX = "v1:";

    private final SecretKeySpec digestKey;
    private final SecretKeySpec sealingKey;
    private final SecureRandom random = new SecureRandom();

    @Inject
    Secrets(SecretsConfig config) {
        this(config.key());
    }

    public Secrets(String base64Key) {
        byte[] master;
        try {
            master = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ipr.secrets.key (IPR_SECRETS_KEY) is not base64", e);
        }
        if (master.length < 32) {
            throw new IllegalArgumentException("ipr.secrets.key (IPR_SECRETS_KEY) must hold at least 32 bytes");
        }
        this.digestKey = new SecretKeySpec(hmac(master, "ipr-hotline digest v1"), "HmacSHA256");
        this.sealingKey = new SecretKeySpec(hmac(master, "ipr-hotline sealing v1"), "AES");
    }

    /** HMAC-SHA256 of the value, in hex. */
    public String digest(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(digestKey);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    /** The value encrypted and authenticated, as text to store. */
    public String seal(String value) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealingKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return SEALED_PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has AES/GCM", e);
        }
    }

    /** The sealed value, if it was sealed with this key and not altered since. */
    public Optional<String> open(String stored) {
        if (stored == null || !stored.startsWith(SEALED_PREFIX)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(SEALED_PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sealingKey, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return Optional.of(new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES),
                    StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] hmac(byte[] key, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(label.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(new byte[] {1});
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
