package org.manabi.core.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mail texts in the six UI languages, from {@code mail_<language>.properties} beside this class.
 * A message in the recipient's language is followed by the Japanese text, because programme
 * offices forward mail and the Japanese is what they can read; a Japanese recipient gets it once.
 */
public final class MailTemplates {

    /** A subject and a plain-text body, ready to queue. */
    public record Message(String subject, String body) {
    }

    static final List<String> LANGUAGES = List.of("ja", "en", "vi", "id", "tl", "my");
    private static final String FALLBACK = "ja";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

    private MailTemplates() {
    }

    /**
     * The message {@code name} ({@code name.subject} and {@code name.body} in the bundle), with
     * {@code {placeholder}}s filled from values.
     */
    public static Message render(String name, String language, Map<String, String> values) {
        String chosen = LANGUAGES.contains(language) ? language : FALLBACK;
        String subject = fill(text(chosen, name + ".subject"), values);
        String body = fill(text(chosen, name + ".body"), values);
        if (!chosen.equals(FALLBACK)) {
            body = body + "\n\n----------\n" + fill(text(FALLBACK, name + ".body"), values);
        }
        return new Message(subject, body + "\n\n" + fill(text(chosen, "footer"), values));
    }

    static String text(String language, String key) {
        String value = bundle(language).getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("no mail text " + key + " in " + language);
        }
        return value;
    }

    static Properties bundle(String language) {
        return BUNDLES.computeIfAbsent(language, MailTemplates::load);
    }

    private static Properties load(String language) {
        String name = "mail_" + language + ".properties";
        try (InputStream in = MailTemplates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
