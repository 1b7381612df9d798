package org.manabi.web.i18n;

import java.util.List;
import java.util.Map;

/**
 * Everything the UI needs to render in one language.
 *
 * @param language  the chosen language's code
 * @param languages every language the switcher offers
 * @param messages  the UI text by key
 */
public record MessagesView(String language, List<LanguageView> languages, Map<String, String> messages) {
}
