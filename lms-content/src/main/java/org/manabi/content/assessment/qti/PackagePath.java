package org.manabi.content.assessment.qti;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;
import org.manabi.content.zip.ZipPaths;

/**
 * The files a manifest names: hrefs may climb with {@code ..} as long as they stay inside the
 * package; once resolved they must follow the entry path rule ({@link ZipPaths}).
 */
final class PackagePath {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

    private PackagePath() {
    }

    /**
     * The package path an href names, relative to the folder {@code base} ("" or ending with /), or
     * empty when it points outside the package, is absolute or is a URL.
     */
    static Optional<String> resolve(String base, String href) {
        if (href == null || href.isBlank() || href.indexOf('\\') >= 0 || href.startsWith("/")
                || SCHEME.matcher(href).matches() || href.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        String withoutFragment = href.replaceFirst("[#?].*$", "");
        Deque<String> parts = new ArrayDeque<>();
        for (String segment : (base + withoutFragment).split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                Optional<String> decoded = percentDecoded(segment);
                if (decoded.isEmpty()) {
                    return Optional.empty();
                }
                parts.addLast(decoded.get());
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        String resolved = String.join("/", parts);
        return ZipPaths.problem(resolved).isPresent() ? Optional.empty() : Optional.of(resolved);
    }

    /** Hrefs are URIs, so {@code %E6%BC%A2} names 漢; a plus sign stays a plus sign. */
    private static Optional<String> percentDecoded(String segment) {
        try {
            return Optional.of(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
