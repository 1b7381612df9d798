package org.manabi.core.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Login ids: letters, digits, '.', '_' and '-', 3 to 64 characters. Compared by a key that is the
 * id NFKC-normalised and lower-cased, so a learner whose phone keyboard is in full-width mode
 * still signs in.
 */
public final class LoginIds {

    private static final Pattern VALID = Pattern.compile("[a-z0-9._-]{3,64}");

    private LoginIds() {
    }

    public static String key(String loginId) {
        return loginId == null ? "" : Normalizer.normalize(loginId.strip(), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String loginId) {
        return VALID.matcher(key(loginId)).matches();
    }
}
