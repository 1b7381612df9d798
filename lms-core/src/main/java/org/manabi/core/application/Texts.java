package org.manabi.core.application;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks shared by every free-text answer on a public form. */
final class Texts {

    /** Deliberately simple: one '@', something either side, a dot in the domain, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private Texts() {
    }

    /**
     * Names and short answers are shown in many places, some of them e-mail and CSV; '<' and '>'
     * have no business in them and are refused rather than escaped everywhere.
     */
    static boolean hasMarkup(String text) {
        return text.indexOf('<') >= 0 || text.indexOf('>') >= 0;
    }

    static boolean hasControlCharacters(String text, boolean allowLineBreaks) {
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                && !(allowLineBreaks && (c == '\n' || c == '\r' || c == '\t')));
    }

    static boolean isEmail(String text) {
        return text.length() <= 254 && EMAIL.matcher(text).matches();
    }

    /** E-mail addresses compared for "already applied": NFKC (full-width input) and lower case. */
    static String emailKey(String email) {
        return Normalizer.normalize(email.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
