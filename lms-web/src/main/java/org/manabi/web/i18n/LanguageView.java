package org.manabi.web.i18n;

/** A language as the switcher shows it. */
public record LanguageView(String code, String name) {

    static LanguageView of(SupportedLanguage language) {
        return new LanguageView(language.code(), language.nativeName());
    }
}
