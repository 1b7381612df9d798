package org.manabi.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    /**
     * Made by the reference implementation (Debian's argon2 20171227):
     * {@code echo -n "correct horse battery" | argon2 "manabi-salt-0001" -id -t 2 -k 19456 -p 1 -l 32 -e}
     */
    private static final String REFERENCE =
            "$argon2id$v=19$m=19456,t=2,p=1$bWFuYWJpLXNhbHQtMDAwMQ$CUNfVwv96L1Ad6Zzlizxyyf6Bv/24r4VNdKSH2fdT9U";

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void producesExactlyWhatTheReferenceImplementationProduces() {
        String hash = PasswordHasher.hash("correct horse battery",
                "manabi-salt-0001".getBytes(StandardCharsets.US_ASCII), PasswordHasher.Cost.OWASP_MINIMUM);
        assertEquals(REFERENCE, hash);
    }

    @Test
    void verifiesAHashFromTheReferenceImplementation() {
        assertTrue(hasher.matches("correct horse battery", REFERENCE));
        assertFalse(hasher.matches("correct horse battery!", REFERENCE));
        assertFalse(hasher.matches("Correct horse battery", REFERENCE));
    }

    @Test
    void newHashesUseTheOwaspParametersAndARandomSalt() {
        String first = hasher.hash("一緒に日本語を勉強しましょう");
        String second = hasher.hash("一緒に日本語を勉強しましょう");
        assertTrue(first.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), first);
        assertNotEquals(first, second, "salted");
        assertTrue(hasher.matches("一緒に日本語を勉強しましょう", first));
        assertTrue(hasher.matches("一緒に日本語を勉強しましょう", second));
    }

    @Test
    void aFullWidthPasswordIsTheSameAsItsHalfWidthForm() {
        String hash = hasher.hash("pass1234word");
        assertTrue(hasher.matches("ｐａｓｓ１２３４ｗｏｒｄ", hash), "typed with the IME in full-width mode");
    }

    @Test
    void malformedOrForeignHashesNeverMatch() {
        for (String stored : new String[] {null, "", "plain-text-password", "$2a$10$abcdefghijklmnopqrstuv",
                "$argon2i$v=19$m=19456,t=2,p=1$bWFuYWJpLXNhbHQtMDAwMQ$CUNfVwv96L1Ad6Zzlizxyyf6Bv/24r4VNdKSH2fdT9U",
                "$argon2id$v=19$m=0,t=2,p=1$bWFuYWJpLXNhbHQtMDAwMQ$CUNfVwv96L1Ad6Zzlizxyyf6Bv/24r4VNdKSH2fdT9U"}) {
            assertFalse(hasher.matches("correct horse battery", stored), String.valueOf(stored));
        }
    }

    @Test
    void aHashMadeWithWeakerParametersAsksToBeRedone() {
        PasswordHasher weak = new PasswordHasher(new PasswordHasher.Cost(8_192, 1, 1), new SecureRandom());
        String old = weak.hash("learner-password");
        assertTrue(hasher.matches("learner-password", old), "old hashes still verify");
        assertTrue(hasher.needsRehash(old));
        assertFalse(hasher.needsRehash(hasher.hash("learner-password")));
    }
}
