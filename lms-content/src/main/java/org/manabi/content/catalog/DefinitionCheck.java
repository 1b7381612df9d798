package org.manabi.content.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The field rules of a course definition (docs/COURSE-PACKAGE.md), shared by the package reader and
 * the authoring API so a course is held to the same rules however it arrives. Reports every problem
 * it finds rather than stopping at the first, so an author can fix them in one pass.
 */
public final class DefinitionCheck {

    public static final Set<String> LANGUAGES = Set.of("ja", "en", "vi", "id", "tl", "my");
    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
    public static final int TEXT_BODY_BYTES = 1024 * 1024;
    public static final int FILE_BYTES = 20 * 1024 * 1024;
    public static final int INTRODUCTION_CHARACTERS = 10_000;

    private static final Pattern MEDIA_TYPE = Pattern.compile("[A-Za-z0-9][\\w.+-]*/[A-Za-z0-9][\\w.+-]*");

    private final List<DefinitionProblem> problems = new ArrayList<>();

    private DefinitionCheck() {
    }

    public static List<DefinitionProblem> check(CourseDefinition course) {
        var check = new DefinitionCheck();
        check.course(course);
        return List.copyOf(check.problems);
    }

    private void course(CourseDefinition c) {
        if (required("code", c.code()) && line("code", c.code(), 40) && !CODE.matcher(c.code()).matches()) {
            add("code", "Pattern", "must be 2 to 40 of A-Z, 0-9 and -, starting with a letter or digit");
        }
        title("title", c.title());
        optionalLine("summary", c.summary(), 2000);
        if (required("language", c.language()) && !LANGUAGES.contains(c.language())) {
            add("language", "Enum", "must be one of ja, en, vi, id, tl, my");
        }
        if (c.category() == null) {
            add("category", "Required", "is required");
        }
        if (c.level() == null) {
            add("level", "Required", "is required");
        }
        list("tags", c.tags(), 20, 40);
        double hours = c.estimatedHours();
        if (!(hours >= 0.5 && hours <= 1000) || hours * 2 != Math.rint(hours * 2)) {
            add("estimatedHours", "Range", "must be 0.5 to 1000 in steps of 0.5");
        }
        if (c.prerequisites().size() > 20) {
            add("prerequisites", "TooMany", "at most 20");
        }
        for (int i = 0; i < c.prerequisites().size(); i++) {
            String p = "prerequisites[" + i + "]";
            String code = c.prerequisites().get(i);
            if (required(p, code) && !CODE.matcher(code).matches()) {
                add(p, "Pattern", "must be a course code");
            }
        }
        list("objectives", c.objectives(), 20, 300);
        optionalLine("instructor", c.instructor(), 200);
        optionalLine("reviewNote", c.reviewNote(), 500);
        if (c.sections().isEmpty()) {
            add("sections", "Required", "at least one section");
        } else if (c.sections().size() > 200) {
            add("sections", "TooMany", "at most 200");
        }
        for (int i = 0; i < c.sections().size(); i++) {
            section("sections[" + i + "]", c.sections().get(i));
        }
    }

    private void section(String at, SectionDefinition s) {
        title(at + ".title", s.title());
        if (s.lessons().isEmpty()) {
            add(at + ".lessons", "Required", "at least one lesson");
        } else if (s.lessons().size() > 500) {
            add(at + ".lessons", "TooMany", "at most 500");
        }
        for (int i = 0; i < s.lessons().size(); i++) {
            lesson(at + ".lessons[" + i + "]", s.lessons().get(i));
        }
    }

    private void lesson(String at, LessonDefinition l) {
        title(at + ".title", l.title());
        if (l.minutes() < 1 || l.minutes() > 600) {
            add(at + ".minutes", "Range", "must be 1 to 600");
        }
        if (l.kind() == null) {
            add(at + ".kind", "Required", "is required");
            return;
        }
        LessonKind kind = l.kind();
        if (kind == LessonKind.TEXT) {
            if (l.body() == null || l.body().isBlank()) {
                add(at + ".body", "Required", "is required for a TEXT lesson");
            } else if (l.body().getBytes(StandardCharsets.UTF_8).length > TEXT_BODY_BYTES) {
                add(at + ".body", "TooLong", "at most 1 MiB");
            } else {
                body(at + ".body", l.body());
            }
        } else if (l.body() != null) {
            if (l.body().codePointCount(0, l.body().length()) > INTRODUCTION_CHARACTERS) {
                add(at + ".body", "TooLong", "at most " + INTRODUCTION_CHARACTERS + " characters");
            } else {
                body(at + ".body", l.body());
            }
        }
        boolean takesReference = kind == LessonKind.VIDEO || kind == LessonKind.QUIZ;
        if (takesReference) {
            if (required(at + ".reference", l.reference())) {
                line(at + ".reference", l.reference(), 200);
            }
        } else if (l.reference() != null) {
            notAllowed(at + ".reference", kind);
        }
        if (kind == LessonKind.FILE) {
            file(at, l.file());
        } else if (l.file() != null) {
            notAllowed(at + ".file", kind);
        }
        if (kind == LessonKind.LINK || kind == LessonKind.LIVE) {
            if (required(at + ".url", l.url()) && line(at + ".url", l.url(), 2000) && !isWebAddress(l.url())) {
                add(at + ".url", "Url", "must be an https:// or http:// address");
            }
        } else if (l.url() != null) {
            notAllowed(at + ".url", kind);
        }
        if (kind == LessonKind.LIVE) {
            if (l.startsAt() == null) {
                add(at + ".startsAt", "Required", "is required for a LIVE lesson");
            }
        } else if (l.startsAt() != null) {
            notAllowed(at + ".startsAt", kind);
        }
    }

    private void file(String at, LessonFile f) {
        if (f == null) {
            add(at + ".file", "Required", "is required for a FILE lesson");
            return;
        }
        if (required(at + ".file", f.name()) && line(at + ".file", f.name(), 200)
                && (f.name().contains("/") || f.name().contains("\\"))) {
            add(at + ".file", "Pattern", "must be a file name without folders");
        }
        if (required(at + ".mediaType", f.mediaType()) && line(at + ".mediaType", f.mediaType(), 200)
                && !MEDIA_TYPE.matcher(f.mediaType()).matches()) {
            add(at + ".mediaType", "Pattern", "must be a media type such as application/pdf");
        }
        if (f.content() == null) {
            add(at + ".file", "Required", "has no content");
        } else if (f.content().length > FILE_BYTES) {
            add(at + ".file", "TooLarge", "at most 20 MiB");
        }
    }

    /** Only http and https: other schemes (javascript:, data:, file:) can run code or reach local files. */
    static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return scheme != null
                    && Set.of("http", "https").contains(scheme.toLowerCase(Locale.ROOT))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void title(String at, String value) {
        if (required(at, value) && line(at, value, 200) && (value.indexOf('<') >= 0 || value.indexOf('>') >= 0)) {
            add(at, "Pattern", "may not contain < or >");
        }
    }

    private void list(String at, List<String> values, int maxCount, int maxLength) {
        if (values.size() > maxCount) {
            add(at, "TooMany", "at most " + maxCount);
        }
        for (int i = 0; i < values.size(); i++) {
            String p = at + "[" + i + "]";
            if (required(p, values.get(i))) {
                line(p, values.get(i), maxLength);
            }
        }
    }

    private boolean required(String at, String value) {
        if (value == null || value.isBlank()) {
            add(at, "Required", "is required");
            return false;
        }
        return true;
    }

    private void optionalLine(String at, String value, int max) {
        if (value != null) {
            line(at, value, max);
        }
    }

    /** A single-line value: bounded, and free of control characters, which no title or code needs. */
    private boolean line(String at, String value, int max) {
        if (value.codePointCount(0, value.length()) > max) {
            add(at, "TooLong", "at most " + max + " characters");
            return false;
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            add(at, "Pattern", "may not contain control characters");
            return false;
        }
        return true;
    }

    private void body(String at, String value) {
        if (value.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n' && ch != '\t')) {
            add(at, "Pattern", "may not contain control characters other than newline and tab");
        }
    }

    private void notAllowed(String at, LessonKind kind) {
        add(at, "NotAllowed", kind + " lessons do not take this");
    }

    private void add(String path, String code, String message) {
        problems.add(new DefinitionProblem(path, code, message));
    }
}
