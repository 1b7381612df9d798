package org.manabi.web.i18n;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A learner's choice of interface language.
 *
 * <p>The canonical constructor is written out so the constraints stay on the field and accessor
 * only: Payara's OpenAPI generator fails on constraints that a record copies onto the parameters
 * of an implicit constructor.
 */
public record LanguageChoice(
        @NotBlank(message = "choose a language")
        @Pattern(regexp = "ja|en|vi|id|tl|my", message = "must be one of ja, en, vi, id, tl, my")
        String language) {

    public LanguageChoice(String language) {
        this.language = language;
    }
}
