package org.manabi.core.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes passwords with Argon2id (Bouncy Castle) at the OWASP minimum for ASVS level 2: 19 MiB of
 * memory, 2 passes, 1 lane, a 16-byte random salt and a 32-byte tag. Hashes are PHC strings
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$tag}, unpadded base64), the format the reference
 * {@code argon2} tool prints, so they stay verifiable if the parameters are raised later. Passwords
 * are NFKC-normalised before hashing.
 */
public final class PasswordHasher {

    /** The parameters new hashes are made with. */
    public record Cost(int memoryKib, int iterations, int parallelism) {
        public static final Cost OWASP_MINIMUM = new Cost(19_456, 2, 1);
    }

    private static final int SALT_BYTES = 16;
    private static final int TAG_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{16,128})");
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    /**
     * Each hash holds {@code memoryKib} of memory while it runs; a flood of sign-ins must queue
     * here rather than take hundreds of megabytes at once (200 request threads × 19 MiB ≈ 3.7 GiB).
     */
    private static final Semaphore CONCURRENT_HASHES =
            new Semaphore(Math.max(2, 2 * Runtime.getRuntime().availableProcessors()), true);

    private final Cost cost;
    private final SecureRandom random;
    /** Verified against when an account does not exist, so timing does not tell which ids exist. */
    private final String dummyHash;

    public PasswordHasher(Cost cost, SecureRandom random) {
        this.cost = cost;
        this.random = random;
        this.dummyHash = hash("not a real password: timing decoy");
    }

    public PasswordHasher() {
        this(Cost.OWASP_MINIMUM, new SecureRandom());
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return hash(password, salt, cost);
    }

    static String hash(String password, byte[] salt, Cost cost) {
        byte[] tag = tag(password, salt, cost.memoryKib(), cost.iterations(), cost.parallelism(), TAG_BYTES);
        return "$argon2id$v=19$m=" + cost.memoryKib() + ",t=" + cost.iterations() + ",p=" + cost.parallelism()
                + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(tag);
    }

    /** Whether {@code password} matches {@code storedHash}; a malformed hash never matches. */
    public boolean matches(String password, String storedHash) {
        Optional<Parsed> parsed = parse(storedHash);
        if (parsed.isEmpty()) {
            return false;
        }
        Parsed p = parsed.get();
        byte[] actual = tag(password, p.salt, p.cost.memoryKib(), p.cost.iterations(), p.cost.parallelism(),
                p.tag.length);
        return MessageDigest.isEqual(actual, p.tag);
    }

    /** Spends the same effort as a real check, for an account that does not exist. Always false. */
    public boolean matchesNothing(String password) {
        matches(password, dummyHash);
        return false;
    }

    /** Whether a stored hash was made with weaker parameters than today's, and should be redone at next sign-in. */
    public boolean needsRehash(String storedHash) {
        return parse(storedHash).map(p -> !p.cost.equals(cost)).orElse(true);
    }

    private static byte[] tag(String password, byte[] salt, int memoryKib, int iterations, int parallelism,
                              int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] tag = new byte[length];
        CONCURRENT_HASHES.acquireUninterruptibly();
        try {
            generator.generateBytes(normalise(password).getBytes(StandardCharsets.UTF_8), tag);
        } finally {
            CONCURRENT_HASHES.release();
        }
        return tag;
    }

    /**
     * NFKC, as NIST SP 800-63B advises: a password typed with a Japanese IME left in full-width
     * mode ({@code ｐａｓｓ１２３}) is the same password as its half-width form.
     */
    static String normalise(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    private record Parsed(Cost cost, byte[] salt, byte[] tag) {
    }

    private static Optional<Parsed> parse(String storedHash) {
        if (storedHash == null) {
            return Optional.empty();
        }
        Matcher m = PHC.matcher(storedHash);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Cost cost = new Cost(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (cost.memoryKib() < 8 * cost.parallelism() || cost.iterations() < 1 || cost.parallelism() < 1) {
                return Optional.empty();
            }
            return Optional.of(new Parsed(cost, DECODER.decode(m.group(4)), DECODER.decode(m.group(5))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
