package org.manabi.content.assessment.bankimport;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.manabi.content.assessment.bank.ItemBank;

/**
 * Turns a keyword from a QTI manifest ("Verb forms", "N5 / 文法") into a bank tag
 * ({@code verb-forms}, {@code n5-文法}), or nothing when no letter or digit is left. The source's
 * keywords are suggestions, so one that cannot be made a tag is dropped rather than refusing the
 * item.
 */
final class ImportTags {

    private static final int MAX_LENGTH = 60;

    private ImportTags() {
    }

    static Optional<String> sanitise(String keyword) {
        if (keyword == null) {
            return Optional.empty();
        }
        String tag = Normalizer.normalize(keyword, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}._-]+", "-")
                .replaceAll("^[^\\p{L}\\p{N}]+", "")
                .replaceAll("-{2,}", "-");
        if (tag.length() > MAX_LENGTH) {
            tag = tag.substring(0, MAX_LENGTH);
        }
        tag = tag.replaceAll("[-._]+$", "");
        return tag.matches(ItemBank.TAG_PATTERN) ? Optional.of(tag) : Optional.empty();
    }
}
