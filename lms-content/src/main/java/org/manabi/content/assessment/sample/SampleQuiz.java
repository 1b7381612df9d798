package org.manabi.content.assessment.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.manabi.content.assessment.bank.BankItemDefinition;
import org.manabi.content.assessment.item.ItemBody;
import org.manabi.content.assessment.item.Option;
import org.manabi.content.assessment.quiz.FeedbackPolicy;
import org.manabi.content.assessment.quiz.QuizDefinition;
import org.manabi.content.assessment.quiz.Quizzes;
import org.manabi.content.catalog.CatalogViewer;
import org.manabi.content.catalog.Category;
import org.manabi.content.catalog.CourseAuthoring;
import org.manabi.content.catalog.CourseCatalog;
import org.manabi.content.catalog.CourseDefinition;
import org.manabi.content.catalog.LessonDefinition;
import org.manabi.content.catalog.LessonKind;
import org.manabi.content.catalog.SectionDefinition;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.config.RuntimeMode;
import org.manabi.core.system.ServerStarted;

/**
 * Installs the sample quiz and its course on a start in demo mode, once: a quiz whose code exists
 * is left as its editors left it. Production installs none.
 */
@ApplicationScoped
public class SampleQuiz {

    public static final String QUIZ_CODE = "sample-n5-particles";
    public static final String COURSE_CODE = "SAMPLE-QUIZ-N5";

    private static final Logger LOG = Logger.getLogger(SampleQuiz.class.getName());
    private static final CatalogViewer INSTALLER = new CatalogViewer(null, true, true);

    @Inject
    Quizzes quizzes;

    @Inject
    CourseAuthoring authoring;

    @Inject
    CourseCatalog catalog;

    void onServerStarted(@Observes ServerStarted started) {
        if (started.mode() == RuntimeMode.PRODUCTION) {
            return;
        }
        try {
            if (quizzes.byCode(QUIZ_CODE).isEmpty()) {
                quizzes.createWithItems(new QuizDefinition(QUIZ_CODE, "N5 はじめてのクイズ (sample)",
                        "助詞・読み方・語順の小テストです。", 10, 3, 60, FeedbackPolicy.IMMEDIATE, List.of(), List.of(),
                        List.of()), items(), 1, null, AuditEntry.SYSTEM_ACTOR);
            }
            if (catalog.courseByCode(COURSE_CODE).isEmpty()) {
                authoring.importDefinition(course(), INSTALLER, AuditEntry.SYSTEM_ACTOR, true, true);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The sample quiz could not be installed", e);
        }
    }

    static List<BankItemDefinition> items() {
        return List.of(
                new BankItemDefinition(new ItemBody.SingleChoice("{学校|がっこう}（　）{行|い}きます。",
                        List.of(new Option("a", "を"), new Option("b", "へ"), new Option("c", "で"),
                                new Option("d", "が")), "b"), "grammar", List.of("particles", "sample"), "N5", 1),
                new BankItemDefinition(new ItemBody.KanjiReading("この{言葉|ことば}の{読|よ}み{方|かた}をひらがなで{書|か}いてください。",
                        "先生", List.of("せんせい")), "vocabulary", List.of("kanji-reading", "sample"), "N5", 2),
                new BankItemDefinition(new ItemBody.TrueFalse("「{毎朝|まいあさ}」は every morning という{意味|いみ}です。", true),
                        "vocabulary", List.of("sample"), "N5", 1),
                new BankItemDefinition(new ItemBody.FillInBlank("{助詞|じょし}を{入|い}れてください。",
                        "わたし{{1}} マリアです。{図書館|としょかん}{{2}} {本|ほん}を{読|よ}みます。",
                        List.of(new ItemBody.Blank(List.of("は")), new ItemBody.Blank(List.of("で")))),
                        "grammar", List.of("particles", "sample"), "N5", 2),
                new BankItemDefinition(new ItemBody.Ordering("{正|ただ}しい{順番|じゅんばん}に{並|なら}べてください。",
                        List.of(new Option("p", "わたしは"), new Option("q", "コーヒーを"), new Option("r", "のみます"))),
                        "grammar", List.of("word-order", "sample"), "N5", 2),
                new BankItemDefinition(new ItemBody.MultipleChoice("{食|た}べ{物|もの}をすべて{選|えら}んでください。",
                        List.of(new Option("m1", "パン"), new Option("m2", "くつ"), new Option("m3", "りんご"),
                                new Option("m4", "えんぴつ")), List.of("m1", "m3")), "vocabulary",
                        List.of("sample"), "N5", 1));
    }

    static CourseDefinition course() {
        return new CourseDefinition(COURSE_CODE, "N5 クイズのためし (sample)", "A short lesson and a quiz to try the quiz screens.",
                "ja", Category.JAPANESE, org.manabi.content.catalog.Level.JLPT_N5, List.of("sample", "quiz"), 0.5,
                List.of(), List.of(), null, null,
                List.of(new SectionDefinition("はじめに", List.of(
                        LessonDefinition.text("{助詞|じょし}「へ」と「で」", "「へ」は{行|い}く{先|さき}、「で」は{場所|ばしょ}を{表|あらわ}します。\n\n"
                                + "- {学校|がっこう}**へ**{行|い}きます。\n- {図書館|としょかん}**で**{読|よ}みます。", 5),
                        new LessonDefinition(LessonKind.QUIZ, "{小|しょう}テスト", "10{分|ぷん}、3{回|かい}まで。", 10,
                                QUIZ_CODE, null, null, null)))));
    }
}
