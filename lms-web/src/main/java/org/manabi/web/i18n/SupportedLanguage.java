package org.manabi.web.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * The interface languages, each with its name written in itself so a learner who reads no other
 * language still finds their own in the switcher.
 */
public enum SupportedLanguage {
    JA("ja", "日本語"),
    EN("en", "English"),
    VI("vi", "Tiếng Việt"),
    ID("id", "Bahasa Indonesia"),
    TL("tl", "Tagalog"),
    MY("my", "မြန်မာ");

    /** Japanese programmes, Japanese offices: the language used when nothing else is known. */
    public static final SupportedLanguage DEFAULT = JA;

    private final String code;
    private final String nativeName;

    SupportedLanguage(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    /**
     * The language for a code or a locale tag such as {@code ja-JP}. Filipino ({@code fil}) reads
     * as Tagalog, and the pre-1989 code {@code in} as Indonesian, as browsers still send both.
     */
    public static Optional<SupportedLanguage> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        String normalised = switch (language) {
            case "fil" -> "tl";
            case "in" -> "id";
            default -> language;
        };
        for (SupportedLanguage supported : values()) {
            if (supported.code.equals(normalised)) {
                return Optional.of(supported);
            }
        }
        return Optional.empty();
    }
}
