package org.manabi.core.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be (OWASP ASVS 5.0, level 2): at least 8 characters, up to 128 so
 * passphrases fit, not one of the most common passwords, and not the login id. No rules about
 * character classes: they make passwords harder to remember, not harder to guess.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    /** Why a password was refused; stable codes the UI turns into text in the learner's language. */
    public enum Problem { TOO_SHORT, TOO_LONG, TOO_COMMON, CONTAINS_LOGIN_ID }

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = loadCommonPasswords();
    }

    public List<Problem> problems(String password, String loginId) {
        List<Problem> problems = new ArrayList<>();
        String normalised = PasswordHasher.normalise(password == null ? "" : password);
        int length = normalised.codePointCount(0, normalised.length());
        if (length < MIN_LENGTH) {
            problems.add(Problem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            problems.add(Problem.TOO_LONG);
        }
        String lower = normalised.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            problems.add(Problem.TOO_COMMON);
        }
        if (loginId != null && loginId.length() >= 3 && lower.contains(loginId.toLowerCase(Locale.ROOT))) {
            problems.add(Problem.CONTAINS_LOGIN_ID);
        }
        return problems;
    }

    /**
     * Our own short list (Japanese keyboard habits and words) and the ~18,000 passwords of eight or
     * more characters from zxcvbn's frequency list (MIT).
     */
    private static Set<String> loadCommonPasswords() {
        Set<String> passwords = new HashSet<>();
        for (String list : List.of("common-passwords.txt", "common-passwords-zxcvbn.txt")) {
            load(list, passwords);
        }
        return Set.copyOf(passwords);
    }

    private static void load(String list, Set<String> passwords) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(list)) {
            if (in == null) {
                throw new IllegalStateException(list + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    passwords.add(PasswordHasher.normalise(entry).toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
