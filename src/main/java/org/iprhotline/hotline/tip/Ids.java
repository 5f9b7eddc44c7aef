package org.iprhotline.hotline.tip;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random version-4 UUIDs for row and event ids. These only have to be unique, not secret (the
 * tracking number and access code are the secrets, and come from SecureRandom), so they are drawn
 * from ThreadLocalRandom: UUID.randomUUID() takes a lock on the system's SecureRandom and hashes
 * for every id, several per tip.
 */
public final class Ids {

    private Ids() {
    }

    public static UUID newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
