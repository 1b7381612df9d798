package org.manabi.content.assessment.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.manabi.content.assessment.bank.BankItemDefinition;
import org.manabi.content.assessment.placement.JlptPlacementPool;
import org.manabi.content.assessment.placement.PlacementItem;
import org.manabi.content.assessment.placement.PlacementScale;
import org.manabi.content.assessment.quiz.FeedbackPolicy;
import org.manabi.content.assessment.quiz.Quiz;
import org.manabi.content.assessment.quiz.QuizDefinition;
import org.manabi.content.assessment.quiz.Quizzes;
import org.manabi.content.library.JlptLibrary;
import org.manabi.content.library.PracticeItem;
import org.manabi.core.audit.AuditEntry;

/**
 * The practice quiz after each bundled JLPT lesson, made from the lesson's own words, kanji or
 * grammar points when someone first opens it: four options each, the wrong ones from the same
 * level and kind (see {@link JlptPlacementPool}). Making all of them at installation would put
 * some twelve thousand items in the bank that nobody may ever open.
 */
@ApplicationScoped
public class JlptPracticeQuizzes {

    private static final Logger LOG = Logger.getLogger(JlptPracticeQuizzes.class.getName());
    private static final Pattern CODE = Pattern.compile("jlpt-practice\\.(N[2-5])\\.(VOCAB|KANJI|GRAMMAR)\\.([1-9]\\d{0,3})");
    /** Fixed, so a quiz made on one server has the same options as on another. */
    private static final long SEED = 20261202L;
    private static final int PASS_PERCENT = 60;

    @Inject
    Quizzes quizzes;

    /** One level's practice items and their questions, built once (reading the data takes a second or two). */
    private record LevelQuestions(List<PracticeItem> practice, Map<PracticeItem, PlacementItem> questions) {
    }

    private final Map<org.manabi.content.catalog.Level, LevelQuestions> levels = new ConcurrentHashMap<>();

    /** The quiz with this code: stored, or made now when it is a JLPT practice quiz not yet made. */
    public Optional<Quiz> byCode(String code) {
        Optional<Quiz> stored = quizzes.byCode(code);
        if (stored.isPresent() || code == null) {
            return stored;
        }
        Matcher matcher = CODE.matcher(code);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        org.manabi.content.catalog.Level level = org.manabi.content.catalog.Level.valueOf("JLPT_" + matcher.group(1));
        PracticeItem.Kind kind = PracticeItem.Kind.valueOf(matcher.group(2));
        int lesson = Integer.parseInt(matcher.group(3));
        List<BankItemDefinition> items = items(level, kind, lesson);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        QuizDefinition definition = new QuizDefinition(code,
                String.format("JLPT %s 確認クイズ Quiz %02d", matcher.group(1), lesson),
                "レッスンの4択クイズ。何回でも受けられます。 A multiple-choice quiz on the lesson; take it as often as you like.",
                null, null, PASS_PERCENT, FeedbackPolicy.IMMEDIATE, List.of(), List.of(), List.of());
        try {
            return Optional.of(quizzes.createWithItems(definition, items, 1, null, AuditEntry.SYSTEM_ACTOR));
        } catch (RuntimeException e) {
            // Two learners opening the quiz at once: the other one made it, and its code is unique.
            Optional<Quiz> made = quizzes.byCode(code);
            if (made.isEmpty()) {
                LOG.log(Level.WARNING, "practice quiz " + code + " could not be made", e);
            }
            return made;
        }
    }

    /** The lesson's items as four-option questions, in the lesson's order. */
    List<BankItemDefinition> items(org.manabi.content.catalog.Level level, PracticeItem.Kind kind, int lesson) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        LevelQuestions built = levels.computeIfAbsent(level, l -> {
            List<PracticeItem> practice = JlptLibrary.practiceItems(loader, l);
            return new LevelQuestions(practice, JlptPlacementPool.byPractice(practice, PlacementScale.JLPT, SEED));
        });
        // Numbered like the course's lessons: by the order their items come in, usable or not.
        List<String> lessonTitles = new ArrayList<>(new LinkedHashSet<>(built.practice().stream()
                .filter(p -> p.kind() == kind).map(PracticeItem::sourceLessonTitle).toList()));
        if (lesson > lessonTitles.size()) {
            return List.of();
        }
        String title = lessonTitles.get(lesson - 1);
        String levelName = level.name().substring("JLPT_".length());
        String skill = switch (kind) {
            case VOCAB -> "vocabulary";
            case KANJI -> "kanji";
            case GRAMMAR -> "grammar";
        };
        return built.questions().entrySet().stream()
                .filter(e -> e.getKey().kind() == kind && title.equals(e.getKey().sourceLessonTitle()))
                .map(e -> new BankItemDefinition(e.getValue().body(), skill,
                        List.of("jlpt-practice", JlptLibrary.practiceQuizCode(level, kind, lesson)), levelName,
                        difficulty(level)))
                .toList();
    }

    /** N5 is the easiest of the bank's 1 to 5; each level up is one step harder. */
    private static int difficulty(org.manabi.content.catalog.Level level) {
        return switch (level) {
            case JLPT_N5 -> 1;
            case JLPT_N4 -> 2;
            case JLPT_N3 -> 3;
            default -> 4;
        };
    }
}
