package org.manabi.web.i18n;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the interface language: the learner's remembered choice first, then the best match in
 * the browser's {@code Accept-Language} by quality, then {@link SupportedLanguage#DEFAULT}.
 */
public final class LanguageNegotiation {

    /** The cookie that remembers a learner's choice. */
    public static final String COOKIE = "manabi_lang";

    private LanguageNegotiation() {
    }

    public static SupportedLanguage choose(String rememberedChoice, String acceptLanguage) {
        return SupportedLanguage.fromTag(rememberedChoice)
                .or(() -> bestAccepted(acceptLanguage))
                .orElse(SupportedLanguage.DEFAULT);
    }

    static Optional<SupportedLanguage> bestAccepted(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage).stream()
                    .filter(range -> range.getWeight() > 0)
                    .sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed())
                    .flatMap(range -> SupportedLanguage.fromTag(range.getRange()).stream())
                    .findFirst();
        } catch (IllegalArgumentException malformedHeader) {
            return Optional.empty();
        }
    }
}
