package org.manabi.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The UI's text in each language, read once from {@code <bundle>_<code>.properties} (UTF-8) for
 * every bundle in {@link #BUNDLES}: one bundle per large feature, so features keep their text apart
 * and a key may stand in only one of them. The
 * files are read directly rather than through {@code ResourceBundle}, whose fallback chain and
 * legacy language codes (in/id, tl/fil) would make a missing translation hard to notice; a test
 * checks every file has every key instead.
 */
@ApplicationScoped
public class MessageCatalog {

    /** The shared shell's text first, then one bundle per feature. */
    static final List<String> BUNDLES = List.of("messages", "catalog", "search", "curriculum", "authoring", "review",
            "survey", "assessment", "placement");

    private final Map<SupportedLanguage, Map<String, String>> messages = new EnumMap<>(SupportedLanguage.class);

    public MessageCatalog() {
        for (SupportedLanguage language : SupportedLanguage.values()) {
            messages.put(language, Collections.unmodifiableMap(load(language)));
        }
    }

    public Map<String, String> messages(SupportedLanguage language) {
        return messages.get(language);
    }

    static Map<String, String> load(SupportedLanguage language) {
        Map<String, String> all = new TreeMap<>();
        for (String bundle : BUNDLES) {
            Map<String, String> part = load(bundle, language);
            for (var entry : part.entrySet()) {
                if (all.putIfAbsent(entry.getKey(), entry.getValue()) != null) {
                    throw new IllegalStateException("Key " + entry.getKey() + " stands in two bundles for " + language.code());
                }
            }
        }
        return all;
    }

    private static Map<String, String> load(String bundle, SupportedLanguage language) {
        String resource = bundle + "_" + language.code() + ".properties";
        try (InputStream in = MessageCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing message file " + resource);
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> sorted = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> sorted.put(key, properties.getProperty(key)));
            return sorted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
