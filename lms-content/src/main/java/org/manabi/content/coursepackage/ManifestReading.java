package org.manabi.content.coursepackage;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.manabi.content.catalog.Category;
import org.manabi.content.catalog.CourseDefinition;
import org.manabi.content.catalog.DefinitionCheck;
import org.manabi.content.catalog.DefinitionProblem;
import org.manabi.content.catalog.LessonDefinition;
import org.manabi.content.catalog.LessonFile;
import org.manabi.content.catalog.LessonKind;
import org.manabi.content.catalog.Level;
import org.manabi.content.catalog.SectionDefinition;
import org.manabi.content.coursepackage.JsonTree.ArrayValue;
import org.manabi.content.coursepackage.JsonTree.Member;
import org.manabi.content.coursepackage.JsonTree.NullValue;
import org.manabi.content.coursepackage.JsonTree.NumberValue;
import org.manabi.content.coursepackage.JsonTree.ObjectValue;
import org.manabi.content.coursepackage.JsonTree.StringValue;
import org.manabi.content.coursepackage.JsonTree.Value;
import org.manabi.content.zip.ZipPaths;

/**
 * Turns a parsed manifest and the files it names into a course definition, then runs
 * {@link DefinitionCheck} on it and reports each of its problems at the manifest line of the field.
 * Shape problems (wrong JSON types, unknown names, unknown enum values) are found here; the field rules
 * live only in DefinitionCheck, so the authoring API and packages cannot drift apart.
 */
final class ManifestReading {

    static final String FORMAT = "manabi-course/1";

    private static final String MANIFEST = CoursePackageReader.MANIFEST;
    private static final Set<String> COURSE_FIELDS = Set.of("format", "code", "title", "summary", "language",
            "category", "level", "tags", "estimatedHours", "prerequisites", "objectives", "instructor",
            "reviewNote", "sections");
    private static final Set<String> SECTION_FIELDS = Set.of("title", "lessons");
    private static final Set<String> LESSON_FIELDS = Set.of("kind", "title", "minutes", "file", "mediaType",
            "reference", "url", "startsAt", "body");

    private static final Pattern BODY_PATH = Pattern.compile("sections\\[(\\d+)]\\.lessons\\[(\\d+)]\\.body");

    private final PackageSource source;
    private final PackageLimits limits;
    private final Problems problems;
    private final Map<String, Integer> lines = new HashMap<>();
    /** Fields already reported here, so DefinitionCheck does not report them a second time. */
    private final Set<String> reported = new HashSet<>();
    /** Lesson body paths whose text came from a Markdown file, by that file. */
    private final Map<String, String> bodyFiles = new HashMap<>();
    private final Set<String> named = new HashSet<>();

    private ManifestReading(PackageSource source, PackageLimits limits, Problems problems) {
        this.source = source;
        this.limits = limits;
        this.problems = problems;
    }

    /**
     * @param course the definition, or empty if the manifest could not be understood at all
     * @param named  the files the manifest names that the package holds, for the Unlisted check
     */
    record Outcome(Optional<CourseDefinition> course, Set<String> named) {
    }

    /** Reads the manifest; problems are added to {@code problems} whatever the outcome. */
    static Outcome read(ObjectValue root, PackageSource source, PackageLimits limits, Problems problems) {
        var reading = new ManifestReading(source, limits, problems);
        Optional<CourseDefinition> course = reading.course(root);
        course.ifPresent(reading::check);
        return new Outcome(course, Set.copyOf(reading.named));
    }

    private Optional<CourseDefinition> course(ObjectValue root) {
        lines.put("", root.line());
        Member format = root.members().get("format");
        if (format == null) {
            problem("format", root.line(), "Required", "is required: " + FORMAT);
            return Optional.empty();
        }
        if (!(format.value() instanceof StringValue s) || !s.value().equals(FORMAT)) {
            problem("format", format.line(), "UnsupportedFormat", "this server reads " + FORMAT + " only");
            return Optional.empty();
        }
        unknown(root, "", COURSE_FIELDS);
        List<SectionDefinition> sections = new ArrayList<>();
        List<Value> sectionValues = array(root, "", "sections");
        for (int i = 0; i < sectionValues.size(); i++) {
            section(sectionValues.get(i), "sections[" + i + "]").ifPresent(sections::add);
        }
        Double hours = number(root, "", "estimatedHours");
        if (hours == null && !reported.contains("estimatedHours")) {
            problem("estimatedHours", root.line(), "Required", "is required");
        }
        return Optional.of(new CourseDefinition(
                string(root, "", "code"),
                string(root, "", "title"),
                string(root, "", "summary"),
                string(root, "", "language"),
                enumValue(root, "", "category", Category.class),
                enumValue(root, "", "level", Level.class),
                strings(root, "", "tags"),
                hours == null ? 0 : hours,
                strings(root, "", "prerequisites"),
                strings(root, "", "objectives"),
                string(root, "", "instructor"),
                string(root, "", "reviewNote"),
                sections));
    }

    private Optional<SectionDefinition> section(Value value, String at) {
        if (!(value instanceof ObjectValue section)) {
            problem(at, value.line(), "Type", "must be an object");
            return Optional.empty();
        }
        lines.put(at, section.line());
        unknown(section, at + ".", SECTION_FIELDS);
        List<LessonDefinition> lessons = new ArrayList<>();
        List<Value> lessonValues = array(section, at + ".", "lessons");
        for (int i = 0; i < lessonValues.size(); i++) {
            lesson(lessonValues.get(i), at + ".lessons[" + i + "]").ifPresent(lessons::add);
        }
        return Optional.of(new SectionDefinition(string(section, at + ".", "title"), lessons));
    }

    private Optional<LessonDefinition> lesson(Value value, String at) {
        if (!(value instanceof ObjectValue lesson)) {
            problem(at, value.line(), "Type", "must be an object");
            return Optional.empty();
        }
        lines.put(at, lesson.line());
        String prefix = at + ".";
        unknown(lesson, prefix, LESSON_FIELDS);
        LessonKind kind = enumValue(lesson, prefix, "kind", LessonKind.class);
        String title = string(lesson, prefix, "title");
        Double minutes = number(lesson, prefix, "minutes");
        if (minutes == null && !reported.contains(prefix + "minutes")) {
            problem(prefix + "minutes", lesson.line(), "Required", "is required");
        } else if (minutes != null && minutes != Math.rint(minutes)) {
            problem(prefix + "minutes", lines.get(prefix + "minutes"), "Type", "must be a whole number");
        }
        String body = string(lesson, prefix, "body");
        String file = string(lesson, prefix, "file");
        String mediaType = string(lesson, prefix, "mediaType");
        LessonFile attached = null;
        if (kind == LessonKind.TEXT) {
            if (body != null) {
                problem(prefix + "body", lines.get(prefix + "body"), "NotAllowed",
                        "a TEXT lesson takes its text from its file");
            }
            body = file == null ? missingTextFile(lesson, prefix) : markdown(file, prefix);
        } else if (kind == LessonKind.FILE && file != null) {
            attached = attachment(file, prefix).map(bytes -> new LessonFile(ZipPaths.fileName(file),
                    mediaType, bytes)).orElse(null);
        } else if (kind != null && file != null) {
            problem(prefix + "file", lines.get(prefix + "file"), "NotAllowed", kind + " lessons take no file");
        }
        if (kind != LessonKind.FILE && kind != null && mediaType != null) {
            problem(prefix + "mediaType", lines.get(prefix + "mediaType"), "NotAllowed",
                    kind + " lessons take no mediaType");
        }
        return Optional.of(new LessonDefinition(kind, title, body,
                minutes == null ? 0 : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, minutes)),
                string(lesson, prefix, "reference"), attached, string(lesson, prefix, "url"),
                dateTime(lesson, prefix, "startsAt")));
    }

    private String missingTextFile(ObjectValue lesson, String prefix) {
        if (!reported.contains(prefix + "file")) {
            problem(prefix + "file", lesson.line(), "Required", "a TEXT lesson needs a .md file");
        }
        reported.add(prefix + "body");
        return null;
    }

    private String markdown(String file, String prefix) {
        reported.add(prefix + "body");
        if (!file.endsWith(".md")) {
            problem(prefix + "file", lines.get(prefix + "file"), "Pattern", "a TEXT lesson's file must be a .md file");
            return null;
        }
        Optional<byte[]> bytes = named(file, prefix);
        if (bytes.isEmpty()) {
            return null;
        }
        if (bytes.get().length > limits.maxTextBytes()) {
            problems.add(file, null, null, "TooLarge", "a Markdown lesson may hold at most 1 MiB");
            return null;
        }
        TextFiles.Decoded decoded = TextFiles.decode(bytes.get());
        if (!decoded.ok()) {
            problems.add(file, decoded.badLine(), null, "Encoding", "is not UTF-8");
            return null;
        }
        reported.remove(prefix + "body");
        bodyFiles.put(prefix + "body", file);
        return TextFiles.normalizeLineEnds(decoded.text());
    }

    private Optional<byte[]> attachment(String file, String prefix) {
        return named(file, prefix);
    }

    /** A file the manifest names: checked against the path rule, then looked up in the package. */
    private Optional<byte[]> named(String file, String prefix) {
        String field = prefix + "file";
        Optional<String> pathProblem = ZipPaths.problem(file);
        if (pathProblem.isPresent()) {
            problem(field, lines.get(field), "Path", "the path " + pathProblem.get());
            return Optional.empty();
        }
        Optional<byte[]> bytes = source.read(file);
        if (bytes.isEmpty()) {
            problem(field, lines.get(field), "Missing", "the package has no file " + file);
        } else {
            named.add(file);
        }
        return bytes;
    }

    private void check(CourseDefinition course) {
        for (DefinitionProblem p : DefinitionCheck.check(course)) {
            if (alreadyReported(p.path())) {
                continue;
            }
            String bodyFile = bodyFiles.get(p.path());
            if (bodyFile != null) {
                Integer line = p.code().equals("Pattern")
                        ? TextFiles.firstControlLine(findBody(course, p.path())).orElse(null)
                        : null;
                problems.add(bodyFile, line, p.path(), p.code(), p.message());
            } else {
                problems.add(MANIFEST, lineOf(p.path()), p.path(), p.code(), p.message());
            }
        }
    }

    private static String findBody(CourseDefinition course, String bodyPath) {
        var m = BODY_PATH.matcher(bodyPath);
        if (!m.matches()) {
            return "";
        }
        return course.sections().get(Integer.parseInt(m.group(1))).lessons().get(Integer.parseInt(m.group(2))).body();
    }

    private boolean alreadyReported(String path) {
        for (String r : reported) {
            if (path.equals(r) || path.startsWith(r + ".") || path.startsWith(r + "[")) {
                return true;
            }
        }
        return false;
    }

    /** The line of a field, or of the nearest enclosing one that has a line (a missing field has none). */
    private int lineOf(String path) {
        String at = path;
        while (!at.isEmpty()) {
            Integer line = lines.get(at);
            if (line != null) {
                return line;
            }
            int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
            at = cut < 0 ? "" : at.substring(0, cut);
        }
        return lines.getOrDefault("", 1);
    }

    private void unknown(ObjectValue object, String prefix, Set<String> known) {
        for (Member m : object.members().values()) {
            if (!known.contains(m.name())) {
                problems.add(MANIFEST, m.line(), prefix + m.name(), "Unknown", "is not a field of the format");
            }
        }
    }

    /** The member's value, or null when it is absent or JSON null; records its line either way. */
    private Value member(ObjectValue object, String prefix, String name) {
        Member m = object.members().get(name);
        if (m == null) {
            return null;
        }
        lines.put(prefix + name, m.line());
        return m.value() instanceof NullValue ? null : m.value();
    }

    private String string(ObjectValue object, String prefix, String name) {
        Value v = member(object, prefix, name);
        if (v == null) {
            return null;
        }
        if (v instanceof StringValue s) {
            return s.value();
        }
        problem(prefix + name, v.line(), "Type", "must be a string");
        return null;
    }

    private Double number(ObjectValue object, String prefix, String name) {
        Value v = member(object, prefix, name);
        if (v == null) {
            return null;
        }
        if (v instanceof NumberValue n) {
            return n.value().doubleValue();
        }
        problem(prefix + name, v.line(), "Type", "must be a number");
        return null;
    }

    private List<String> strings(ObjectValue object, String prefix, String name) {
        List<String> out = new ArrayList<>();
        List<Value> items = array(object, prefix, name);
        for (int i = 0; i < items.size(); i++) {
            String at = prefix + name + "[" + i + "]";
            Value item = items.get(i);
            lines.put(at, item.line());
            if (item instanceof StringValue s) {
                out.add(s.value());
            } else {
                problem(at, item.line(), "Type", "must be a string");
            }
        }
        return out;
    }

    private List<Value> array(ObjectValue object, String prefix, String name) {
        Value v = member(object, prefix, name);
        if (v == null) {
            return List.of();
        }
        if (v instanceof ArrayValue a) {
            return a.items();
        }
        problem(prefix + name, v.line(), "Type", "must be a list");
        return List.of();
    }

    private <E extends Enum<E>> E enumValue(ObjectValue object, String prefix, String name, Class<E> type) {
        String value = string(object, prefix, name);
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        problem(prefix + name, lines.get(prefix + name), "Enum", "unknown " + name + " " + value);
        return null;
    }

    private OffsetDateTime dateTime(ObjectValue object, String prefix, String name) {
        String value = string(object, prefix, name);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            problem(prefix + name, lines.get(prefix + name), "Date",
                    "must be a date and time with offset, e.g. 2026-09-01T19:00:00+09:00");
            return null;
        }
    }

    private void problem(String field, Integer line, String code, String message) {
        reported.add(field);
        problems.add(MANIFEST, line, field, code, message);
    }
}
