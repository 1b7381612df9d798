package org.manabi.content.zip;

import java.util.Optional;
import java.util.regex.Pattern;

/** Which entry paths an uploaded ZIP may hold, and how to show one safely. */
public final class ZipPaths {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*", Pattern.DOTALL);

    private ZipPaths() {
    }

    /** Why a path is refused, or empty if it is acceptable. A folder may end with one {@code /}. */
    public static Optional<String> problem(String path) {
        if (path.isEmpty()) {
            return Optional.of("is empty");
        }
        if (path.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("contains a control character");
        }
        if (path.indexOf('\\') >= 0) {
            return Optional.of("contains a backslash; use /");
        }
        if (path.startsWith("/")) {
            return Optional.of("is absolute");
        }
        if (DRIVE.matcher(path).matches()) {
            return Optional.of("starts with a drive letter");
        }
        String relative = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        for (String segment : relative.split("/", -1)) {
            if (segment.equals("..")) {
                return Optional.of("contains ..");
            }
            if (segment.isEmpty() || segment.equals(".")) {
                return Optional.of("has an empty or . part");
            }
        }
        return Optional.empty();
    }

    /**
     * Files the operating system adds when it makes a ZIP (macOS Finder's {@code __MACOSX/} copies of
     * resource forks, {@code .DS_Store}, Windows' {@code Thumbs.db} and {@code desktop.ini}). Nobody
     * meant them as content, so they are skipped rather than refused; they still count against the
     * size limits.
     */
    public static boolean isSystemLitter(String path) {
        String name = fileName(path);
        return path.startsWith("__MACOSX/") || name.equals(".DS_Store") || name.equals("Thumbs.db")
                || name.equals("desktop.ini");
    }

    /** A name fit to show in a problem: control characters would garble logs and terminals. */
    public static String printable(String path) {
        StringBuilder out = new StringBuilder(path.length());
        path.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '\uFFFD' : c));
        return out.toString();
    }

    public static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
