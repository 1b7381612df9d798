package org.manabi.content.library;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.manabi.content.catalog.Category;
import org.manabi.content.catalog.CourseDefinition;
import org.manabi.content.catalog.LessonDefinition;
import org.manabi.content.catalog.LessonKind;
import org.manabi.content.catalog.Level;
import org.manabi.content.catalog.SectionDefinition;

/**
 * A large, made-up catalog for search and load tests: by default 1,000 courses of 100 lessons
 * (100,000 lessons), with mixed Japanese and English titles and bodies drawn from word pools of
 * the fields Manabi serves (IT, business, Japanese, care work, compliance, Kagoshima).
 *
 * <p>Each course comes from its own random generator, seeded from the catalog seed and the course
 * number, so the stream is lazy (only one course is in memory at a time), the same seed always
 * gives the same catalog, and course 500 is the same whether or not courses 1 to 499 were made.
 *
 * <p>Benchmarks need terms of known frequency: the pool words are frequent, and each
 * {@link RareMarker} appears in exactly every n-th lesson of the catalog (counted from 1), so a
 * query for it has a known number of hits.
 */
public final class SyntheticCatalog {

    public static final long DEFAULT_SEED = 20_260_401L;
    public static final int DEFAULT_COURSES = 1_000;
    public static final int DEFAULT_LESSONS_PER_COURSE = 100;

    /**
     * A word put into the body of every {@code every}-th lesson of the catalog, and nowhere else.
     *
     * @param every the period; in a catalog of L lessons the term is in {@code L / every} lessons
     */
    public record RareMarker(String term, int every) {

        public long occurrences(long totalLessons) {
            return totalLessons / every;
        }
    }

    public static final List<RareMarker> RARE_MARKERS = List.of(
            new RareMarker("xylocarpa", 1_000),
            new RareMarker("桜島大根", 5_000),
            new RareMarker("quokkalith", 25_000),
            new RareMarker("紫尾山麓", 100_000));

    private static final String[] IT = {
        "情報セキュリティ", "クラウド", "データベース", "ネットワーク", "プログラミング", "生成AI", "Excel",
        "Python", "DX", "パスワード管理", "標的型攻撃メール", "バックアップ", "SQL", "Java", "セキュリティパッチ",
        "cloud computing", "database design", "network basics", "data analysis", "cyber security",
        "spreadsheet", "web design", "IT Passport", "ITパスポート", "基本情報技術者", "ウイルス対策"
    };
    private static final String[] BUSINESS = {
        "ビジネスマナー", "報連相", "敬語", "電話応対", "会議", "簿記", "経理", "マーケティング", "接客",
        "名刺交換", "議事録", "見積書", "請求書", "management", "leadership", "customer service",
        "accounting", "project management", "teamwork", "time management", "通販", "在庫管理", "品質管理"
    };
    private static final String[] JAPANESE = {
        "日本語", "漢字", "ひらがな", "カタカナ", "敬語", "会話", "語彙", "読解", "聴解", "JLPT", "N4", "N3",
        "JFT-Basic", "ふりがな", "Japanese conversation", "kanji practice", "listening", "reading comprehension"
    };
    private static final String[] CARE = {
        "介護", "介護福祉士", "移乗", "食事介助", "入浴介助", "排泄介助", "記録", "申し送り", "認知症ケア",
        "バイタルチェック", "利用者", "感染症対策", "care work", "caregiving", "elderly care", "nursing home"
    };
    private static final String[] COMPLIANCE = {
        "コンプライアンス", "ハラスメント防止", "個人情報保護", "情報セキュリティ", "労働安全衛生", "労働基準法",
        "SNSの使い方", "内部通報", "compliance", "privacy", "workplace safety", "anti-harassment"
    };
    private static final String[] PLACES = {
        "鹿児島", "霧島", "薩摩川内", "鹿屋", "奄美", "指宿", "出水", "姶良", "日置", "南さつま", "枕崎",
        "Kagoshima", "Kirishima", "福岡", "熊本", "宮崎"
    };
    private static final String[] SKILLS = {
        "能力", "基礎", "実践", "応用", "入門", "演習", "スキル", "知識", "ワークショップ", "ケーススタディ",
        "skills", "basics", "workshop", "essentials", "fundamentals", "practice", "hands-on"
    };
    private static final String[] AUDIENCES = {
        "外国人材", "新入社員", "技能実習生", "特定技能", "留学生", "リスキリング", "管理職", "パート・アルバイト",
        "foreign workers", "new employees", "managers", "job seekers", "students"
    };
    private static final String[] OTHER_LANGUAGE_WORDS = {
        "Tiếng Nhật", "kỹ năng", "an toàn lao động", "Bahasa Jepang", "keterampilan", "keselamatan kerja",
        "wikang Hapon", "kasanayan", "kaligtasan sa trabaho", "ဂျပန်ဘာသာ", "လုပ်ငန်းခွင်ဘေးကင်းရေး"
    };
    private static final String[][] POOLS = {IT, BUSINESS, JAPANESE, CARE, COMPLIANCE};
    private static final Category[] POOL_CATEGORIES = {
        Category.IT, Category.BUSINESS, Category.JAPANESE, Category.BUSINESS, Category.COMPLIANCE
    };
    private static final String[] LANGUAGES = {"ja", "ja", "ja", "ja", "ja", "en", "en", "vi", "id", "tl", "my"};

    private static final String[] TITLE_PATTERNS = {
        "%s入門: %sのための%s", "はじめての%s ― %s向け%s", "%s for %s: %s", "%s ― %sの%s講座",
        "Practical %s (%s, %s)", "%sの%s講座", "%s: %s %s ワークショップ", "Introduction to %s for %s"
    };
    private static final String[] SENTENCES = {
        "この課では%sについて学びます。", "%sの基本を、%sの現場の例で確認しましょう。",
        "In this lesson you practise %s with examples from %s.", "%sは%sにとって大切な%sです。",
        "まず%sを確認し、%sの人と一緒に%sを進めます。", "Remember: %s matters for %s.",
        "%sの現場では、%sにも%sが求められます。", "Discuss %s with your team (%s) and note three %s points.",
        "%sで困ったときは、%sの先輩や上司に相談しましょう。", "Key terms: %s, %s, %s."
    };

    private SyntheticCatalog() {
    }

    /** The default catalog: 1,000 courses of 100 lessons, seed {@link #DEFAULT_SEED}. */
    public static Stream<CourseDefinition> generate() {
        return generate(DEFAULT_SEED, DEFAULT_COURSES, DEFAULT_LESSONS_PER_COURSE);
    }

    /** {@code courses} courses, {@code SYN-00001} upwards, each of {@code lessonsPerCourse} lessons. */
    public static Stream<CourseDefinition> generate(long seed, int courses, int lessonsPerCourse) {
        if (courses < 0 || lessonsPerCourse < 1 || lessonsPerCourse > 100_000) {
            throw new IllegalArgumentException("courses must be 0 or more, lessons 1 to 100,000 a course");
        }
        return IntStream.rangeClosed(1, courses).mapToObj(n -> course(seed, n, lessonsPerCourse));
    }

    /** Course number n (from 1) of a catalog, the same as the n-th element of {@link #generate}. */
    public static CourseDefinition course(long seed, int n, int lessonsPerCourse) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + n);
        int pool = random.nextInt(POOLS.length);
        String[] words = POOLS[pool];
        String language = pick(random, LANGUAGES);
        Category category = random.nextInt(10) == 0 ? Category.DIGITAL : POOL_CATEGORIES[pool];
        if (pool == 2 && random.nextInt(8) == 0) {
            category = Category.DIALECT;
        }
        if (pool != 2 && random.nextInt(6) == 0) {
            category = Category.CERTIFICATION;
        }
        Level level = level(random, category);
        String title = String.format(pick(random, TITLE_PATTERNS), pick(random, words), pick(random, AUDIENCES),
                pick(random, SKILLS));
        if (category == Category.DIALECT || random.nextInt(4) == 0) {
            title = pick(random, PLACES) + " " + title;
        }
        if (!language.equals("ja") && !language.equals("en")) {
            title = title + " / " + pick(random, OTHER_LANGUAGE_WORDS);
        }
        String code = String.format("SYN-%05d", n);

        List<SectionDefinition> sections = new ArrayList<>();
        List<LessonDefinition> lessons = new ArrayList<>();
        int minutes = 0;
        long firstLesson = (long) (n - 1) * lessonsPerCourse + 1;
        for (int i = 0; i < lessonsPerCourse; i++) {
            LessonDefinition lesson = lesson(random, words, i + 1, firstLesson + i);
            minutes += lesson.minutes();
            lessons.add(lesson);
            if (lessons.size() == 10 || i == lessonsPerCourse - 1) {
                sections.add(new SectionDefinition(String.format("第%d章 Part %d: %s", sections.size() + 1,
                        sections.size() + 1, pick(random, words)), lessons));
                lessons = new ArrayList<>();
            }
        }
        double hours = Math.min(1000, Math.max(0.5, Math.ceil(minutes / 30.0) / 2.0));
        Set<String> tags = new LinkedHashSet<>();
        tags.add(category.name());
        int tagCount = 2 + random.nextInt(4);
        while (tags.size() < tagCount) {
            tags.add(pick(random, random.nextInt(3) == 0 ? SKILLS : words));
        }
        String summary = paragraph(random, words, 3) + " " + pick(random, PLACES) + "の" + pick(random, AUDIENCES)
                + "向け。";
        List<String> objectives = List.of(pick(random, words) + "の" + pick(random, SKILLS) + "を身につける。",
                "Explain " + pick(random, words) + " to a colleague.");
        return new CourseDefinition(code, title, summary, language, category, level, List.copyOf(tags), hours,
                List.of(), objectives, "Synthetic " + (1 + random.nextInt(200)), null, sections);
    }

    private static LessonDefinition lesson(SplittableRandom random, String[] words, int number, long global) {
        String title = String.format("%d. %s と %s", number, pick(random, words), pick(random, SKILLS));
        int minutes = 5 + 5 * random.nextInt(12);
        StringBuilder markers = new StringBuilder();
        for (RareMarker marker : RARE_MARKERS) {
            if (global % marker.every() == 0) {
                markers.append("\n\n").append(marker.term());
            }
        }
        if (random.nextInt(25) == 0) {
            return new LessonDefinition(LessonKind.LINK, title, paragraph(random, words, 1) + markers, minutes,
                    null, null, "https://example.org/manabi/" + global, null);
        }
        StringBuilder body = new StringBuilder();
        body.append("# ").append(title).append("\n\n");
        int paragraphs = 2 + random.nextInt(3);
        for (int p = 0; p < paragraphs; p++) {
            body.append(paragraph(random, words, 3 + random.nextInt(4))).append("\n\n");
        }
        body.append("- ").append(pick(random, words)).append('\n')
                .append("- ").append(pick(random, PLACES)).append('\n')
                .append("- ").append(pick(random, CARE)).append(" / ").append(pick(random, COMPLIANCE)).append('\n');
        body.append(markers);
        return LessonDefinition.text(title, body.toString(), minutes);
    }

    private static String paragraph(SplittableRandom random, String[] words, int sentences) {
        StringBuilder out = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            if (s > 0) {
                out.append(' ');
            }
            String[] pool = random.nextInt(5) == 0 ? POOLS[random.nextInt(POOLS.length)] : words;
            out.append(String.format(pick(random, SENTENCES), pick(random, pool), pick(random, random.nextBoolean()
                    ? AUDIENCES : PLACES), pick(random, SKILLS)));
        }
        return out.toString();
    }

    private static Level level(SplittableRandom random, Category category) {
        return switch (category) {
            case JAPANESE -> pick(random, new Level[] {
                Level.JLPT_N5, Level.JLPT_N4, Level.JLPT_N3, Level.JLPT_N2, Level.JFT_A1, Level.JFT_A2});
            case DIALECT -> random.nextBoolean() ? Level.BEGINNER : Level.JLPT_N4;
            default -> pick(random, new Level[] {
                Level.BEGINNER, Level.BEGINNER, Level.INTERMEDIATE, Level.INTERMEDIATE, Level.ADVANCED});
        };
    }

    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
