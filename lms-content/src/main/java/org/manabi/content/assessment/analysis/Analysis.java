package org.manabi.content.assessment.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.manabi.content.assessment.attempt.Attempt;
import org.manabi.content.assessment.attempt.AttemptItem;
import org.manabi.content.assessment.bank.BankItem;
import org.manabi.content.assessment.bank.ItemHtml;
import org.manabi.content.assessment.bank.ItemJson;
import org.manabi.content.assessment.item.ItemBody;
import org.manabi.content.assessment.item.Option;
import org.manabi.content.assessment.quiz.Quiz;
import org.manabi.content.catalog.CatalogRefusal;
import org.manabi.core.persistence.Database;

/**
 * Proficiency and item analysis, computed from closed attempts when asked. An attempt the deadline
 * closed counts like a submitted one; unanswered items count as 0.
 */
@ApplicationScoped
public class Analysis {

    /** The share of attempts in each of the upper and lower groups of the discrimination index. */
    static final double GROUP_SHARE = 0.27;

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    protected Analysis() {
    }

    public Analysis(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The learner's proficiency per skill, then per tag, each sorted by name. */
    public List<AnalysisViews.Proficiency> proficiencyOf(long accountId) {
        List<Attempt> attempts = entityManager.createQuery("select a from Attempt a where a.accountId = :account"
                        + " and a.submittedAt is not null", Attempt.class)
                .setParameter("account", accountId).getResultList();
        Map<String, double[]> skills = new TreeMap<>();
        Map<String, double[]> tags = new TreeMap<>();
        Map<Long, BankItem> items = new HashMap<>();
        for (Attempt attempt : attempts) {
            for (AttemptItem item : attempt.items()) {
                BankItem bankItem = items.computeIfAbsent(item.bankItemId(), id -> entityManager.find(BankItem.class, id));
                double earned = (item.score() == null ? 0 : item.score()) * item.points();
                if (bankItem.skill() != null) {
                    add(skills, bankItem.skill(), earned, item.points());
                }
                bankItem.tags().forEach(tag -> add(tags, tag, earned, item.points()));
            }
        }
        List<AnalysisViews.Proficiency> result = new ArrayList<>();
        skills.forEach((name, sums) -> result.add(proficiency("skill", name, sums)));
        tags.forEach((name, sums) -> result.add(proficiency("tag", name, sums)));
        return result;
    }

    public AnalysisViews.QuizAnalysis ofQuiz(long quizId) {
        Quiz quiz = Optional.ofNullable(entityManager.find(Quiz.class, quizId))
                .orElseThrow(() -> CatalogRefusal.notFound("quiz"));
        List<Attempt> attempts = entityManager.createQuery("select a from Attempt a where a.quizId = :quiz"
                        + " and a.submittedAt is not null", Attempt.class)
                .setParameter("quiz", quizId).getResultList();
        Map<Long, List<double[]>> byItem = new LinkedHashMap<>();
        Map<Long, Map<String, Integer>> picks = new HashMap<>();
        for (Attempt attempt : attempts) {
            double total = attempt.maxScore() == 0 ? 0 : attempt.score().orElse(0.0) / attempt.maxScore();
            for (AttemptItem item : attempt.items()) {
                byItem.computeIfAbsent(item.bankItemId(), id -> new ArrayList<>())
                        .add(new double[] {item.score() == null ? 0 : item.score(), total});
                Map<String, Integer> counts = picks.computeIfAbsent(item.bankItemId(), id -> new HashMap<>());
                if (item.response() != null) {
                    JsonValue answer = ItemJson.parse(item.response());
                    if (answer instanceof JsonString s) {
                        counts.merge(s.getString(), 1, Integer::sum);
                    } else if (answer instanceof JsonArray array) {
                        array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString())
                                .distinct().forEach(id -> counts.merge(id, 1, Integer::sum));
                    } else if (answer == JsonValue.TRUE || answer == JsonValue.FALSE) {
                        counts.merge(answer.toString(), 1, Integer::sum);
                    }
                }
            }
        }
        List<AnalysisViews.ItemStatistics> items = new ArrayList<>();
        byItem.forEach((id, scores) -> {
            BankItem bankItem = entityManager.find(BankItem.class, id);
            ItemBody body = bankItem.body();
            double facility = scores.stream().mapToDouble(s -> s[0]).average().orElse(0);
            items.add(new AnalysisViews.ItemStatistics(id, body.type(), body.prompt(), ItemHtml.block(body.prompt()),
                    scores.size(), facility,
                    discrimination(scores), options(body, picks.getOrDefault(id, Map.of()))));
        });
        double mean = attempts.stream().mapToDouble(a -> a.maxScore() == 0 ? 0
                : 100 * a.score().orElse(0.0) / a.maxScore()).average().orElse(0);
        int passed = (int) attempts.stream().filter(a -> a.passed().orElse(false)).count();
        return new AnalysisViews.QuizAnalysis(quiz.id(), quiz.title(), attempts.size(), mean, passed, items);
    }

    /**
     * The upper-lower index over attempts ranked by their total: each group is 27% of them (at least
     * one). Ties at the border fall by the order of the sort, which is stable.
     */
    static Double discrimination(List<double[]> scores) {
        if (scores.size() < 4) {
            return null;
        }
        List<double[]> ranked = new ArrayList<>(scores);
        ranked.sort(Comparator.comparingDouble(s -> -s[1]));
        int group = Math.max(1, (int) Math.round(ranked.size() * GROUP_SHARE));
        double upper = ranked.subList(0, group).stream().mapToDouble(s -> s[0]).average().orElse(0);
        double lower = ranked.subList(ranked.size() - group, ranked.size()).stream().mapToDouble(s -> s[0])
                .average().orElse(0);
        return upper - lower;
    }

    private static List<AnalysisViews.OptionCount> options(ItemBody body, Map<String, Integer> counts) {
        List<AnalysisViews.OptionCount> options = new ArrayList<>();
        if (body instanceof ItemBody.SingleChoice item) {
            for (Option o : item.options()) {
                options.add(new AnalysisViews.OptionCount(o.id(), o.text(), ItemHtml.inline(o.text()),
                        o.id().equals(item.correctId()),
                        counts.getOrDefault(o.id(), 0)));
            }
        } else if (body instanceof ItemBody.MultipleChoice item) {
            for (Option o : item.options()) {
                options.add(new AnalysisViews.OptionCount(o.id(), o.text(), ItemHtml.inline(o.text()),
                        item.correctIds().contains(o.id()),
                        counts.getOrDefault(o.id(), 0)));
            }
        } else if (body instanceof ItemBody.TrueFalse item) {
            options.add(new AnalysisViews.OptionCount("true", "true", "true", item.answer(),
                    counts.getOrDefault("true", 0)));
            options.add(new AnalysisViews.OptionCount("false", "false", "false", !item.answer(),
                    counts.getOrDefault("false", 0)));
        }
        return options;
    }

    private static void add(Map<String, double[]> sums, String name, double earned, int possible) {
        double[] s = sums.computeIfAbsent(name, n -> new double[3]);
        s[0] += earned;
        s[1] += possible;
        s[2] += 1;
    }

    private static AnalysisViews.Proficiency proficiency(String kind, String name, double[] s) {
        return new AnalysisViews.Proficiency(kind, name, (int) s[2], s[0], (int) s[1],
                s[1] == 0 ? 0 : (int) Math.round(100 * s[0] / s[1]));
    }
}
