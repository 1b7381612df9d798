package org.manabi.content.survey;

import java.util.List;
import java.util.Set;

/**
 * The three surveys every programme runs, ready to issue to a cohort. Question and option codes
 * are stable: the monthly report and the outcome KPIs count answers by them.
 */
public enum StandardSurvey {
    /** At the end of a course: satisfaction and comprehension (seed 004 §3(4), seed 000 §10). Anonymous. */
    SATISFACTION,
    /** For the managers of the companies whose people took part: the programme's effect (seed 001 §5(6)④). */
    COMPANY,
    /** Three months after the course: employment and certifications gained (seed 004 §3(5)②, §4). Named. */
    EMPLOYMENT;

    public static final String EMPLOYMENT_TYPE = "employment_type";
    public static final String CERTIFICATIONS = "certifications";
    public static final String OTHER_CERTIFICATIONS = "other_certifications";
    public static final String NO_CERTIFICATION = "none";
    public static final String NOT_EMPLOYED = "not_employed";

    /**
     * The employment types that count as employed for the employment rate (seed 004 §4(2)):
     * 正社員, 派遣, パート, アルバイト, 契約社員, 臨時・季節. 日雇い (day labour) is asked but not counted.
     */
    public static final Set<String> COUNTED_EMPLOYMENT = Set.of("regular", "dispatch", "part_time", "casual",
            "contract", "temporary_seasonal");

    public SurveyDefinition definition() {
        return switch (this) {
            case SATISFACTION -> new SurveyDefinition(this, "修了時アンケート（満足度・理解度）",
                    "End-of-course survey: satisfaction and comprehension", true, Audience.COHORT, List.of(
                    likert("overall_satisfaction", "この研修全体に満足しましたか。",
                            "How satisfied are you with this course overall?", true, SATISFIED),
                    likert("comprehension", "研修の内容をどのくらい理解できましたか。",
                            "How well did you understand the content of the course?", true, UNDERSTOOD),
                    new QuestionDefinition("difficulty", QuestionKind.SINGLE_CHOICE, "内容の難しさはどうでしたか。",
                            "How difficult was the content?", true, List.of(
                            option("too_hard", "難しすぎた", "Too difficult"),
                            option("about_right", "ちょうどよかった", "About right"),
                            option("too_easy", "易しすぎた", "Too easy"))),
                    likert("usefulness", "学んだことは仕事や生活に役立つと思いますか。",
                            "Will what you learned help you in your work or daily life?", true, AGREE),
                    text("good_points", "良かった点を教えてください。", "What was good about the course?"),
                    text("improvements", "改善してほしい点を教えてください。", "What should we improve?")));
            case COMPANY -> new SurveyDefinition(this, "受入企業アンケート", "Company survey", false,
                    Audience.COMPANY_MANAGERS, List.of(
                    likert("skills_improved", "受講した従業員の日本語力や仕事の力は向上しましたか。",
                            "Have the skills (Japanese, work) of your employees who took part improved?", true,
                            AGREE),
                    likert("company_satisfaction", "この事業に満足していますか。",
                            "How satisfied is your company with this programme?", true, SATISFIED),
                    new QuestionDefinition("changes_seen", QuestionKind.MULTIPLE_CHOICE,
                            "職場で見られた変化を選んでください（複数選択可）。",
                            "Which changes have you seen at work? (choose any)", false, List.of(
                            option("communication", "職場でのコミュニケーション", "Communication at work"),
                            option("work_quality", "仕事の質・正確さ", "Quality and accuracy of work"),
                            option("safety_rules", "安全やルールの理解", "Understanding of safety and rules"),
                            option("motivation", "本人の自信・意欲", "Confidence and motivation"),
                            option("none", "特になし", "None in particular"))),
                    new QuestionDefinition("use_again", QuestionKind.SINGLE_CHOICE, "今後もこの事業を利用したいですか。",
                            "Would you use this programme again?", true, List.of(
                            option("yes", "はい", "Yes"),
                            option("no", "いいえ", "No"),
                            option("undecided", "わからない", "Not sure"))),
                    text("comments", "ご意見・ご要望をお書きください。", "Any comments or requests?")));
            case EMPLOYMENT -> new SurveyDefinition(this, "修了3か月後の就職・資格取得状況調査",
                    "Three months after the course: employment and certifications", false, Audience.COHORT, List.of(
                    new QuestionDefinition(EMPLOYMENT_TYPE, QuestionKind.SINGLE_CHOICE,
                            "現在の就業状況（雇用形態）を選んでください。",
                            "What is your current employment (type of employment)?", true, List.of(
                            option("regular", "正社員", "Regular employee"),
                            option("dispatch", "派遣", "Dispatched worker"),
                            option("part_time", "パート", "Part-time"),
                            option("casual", "アルバイト", "Casual (arubaito)"),
                            option("contract", "契約社員", "Contract employee"),
                            option("temporary_seasonal", "臨時・季節", "Temporary or seasonal"),
                            option("day_labour", "日雇い", "Day labour"),
                            option(NOT_EMPLOYED, "就職していない", "Not employed"))),
                    new QuestionDefinition(CERTIFICATIONS, QuestionKind.MULTIPLE_CHOICE,
                            "研修後に取得した資格を選んでください（複数選択可）。",
                            "Which certifications have you gained since the course? (choose any)", true, List.of(
                            option("it_passport", "ITパスポート", "IT Passport"),
                            option("mos", "MOS（マイクロソフト オフィス スペシャリスト）",
                                    "MOS (Microsoft Office Specialist)"),
                            option("boki3", "日商簿記3級", "Bookkeeping (Nissho Boki) grade 3"),
                            option("jlpt_n1", "日本語能力試験 N1", "JLPT N1"),
                            option("jlpt_n2", "日本語能力試験 N2", "JLPT N2"),
                            option("jlpt_n3", "日本語能力試験 N3", "JLPT N3"),
                            option("jlpt_n4", "日本語能力試験 N4", "JLPT N4"),
                            option("jlpt_n5", "日本語能力試験 N5", "JLPT N5"),
                            option(NO_CERTIFICATION, "取得していない", "None"))),
                    text(OTHER_CERTIFICATIONS, "その他に取得した資格があれば書いてください。",
                            "Any other certifications gained?")));
        };
    }

    private static final String[][] SATISFIED = {
            {"とても不満", "Very dissatisfied"}, {"不満", "Dissatisfied"}, {"どちらともいえない", "Neutral"},
            {"満足", "Satisfied"}, {"とても満足", "Very satisfied"}};

    private static final String[][] UNDERSTOOD = {
            {"ほとんど理解できなかった", "Hardly at all"}, {"あまり理解できなかった", "A little"},
            {"半分くらい理解できた", "About half"}, {"だいたい理解できた", "Mostly"}, {"よく理解できた", "Very well"}};

    private static final String[][] AGREE = {
            {"まったくそう思わない", "Strongly disagree"}, {"そう思わない", "Disagree"},
            {"どちらともいえない", "Neutral"}, {"そう思う", "Agree"}, {"とてもそう思う", "Strongly agree"}};

    private static QuestionDefinition likert(String code, String ja, String en, boolean required, String[][] labels) {
        return new QuestionDefinition(code, QuestionKind.LIKERT, ja, en, required, likertScale(labels));
    }

    static List<OptionDefinition> likertScale(String[][] labels) {
        return java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> option(String.valueOf(i + 1), labels[i][0], labels[i][1]))
                .toList();
    }

    /** The five points of an agreement scale, for a Likert question written without labels. */
    public static List<OptionDefinition> agreementScale() {
        return likertScale(AGREE);
    }

    private static QuestionDefinition text(String code, String ja, String en) {
        return new QuestionDefinition(code, QuestionKind.FREE_TEXT, ja, en, false, List.of());
    }

    private static OptionDefinition option(String code, String ja, String en) {
        return new OptionDefinition(code, ja, en);
    }
}
