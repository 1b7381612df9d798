package org.manabi.content.assessment.placement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * An adaptive placement test over one bank of calibrated items. Immutable and without state of its
 * own: every method takes a {@link PlacementSession} and gives a new one, so a server keeps the
 * session (or only its answers) and may build one {@code Placement} per bank and share it.
 *
 * <p>Each step:
 * <ol>
 *   <li>The skill is the one asked least so far among those with items left, ties going to the
 *       scale's order, so the skills come in turn (vocabulary, kanji, grammar, vocabulary ...).</li>
 *   <li>Among that skill's unused items, the {@code randomesque} most informative at the current
 *       estimate are candidates — those whose difficulty is nearest the estimate, or with a guessing
 *       floor nearest the estimate less {@link Rasch#informationPeakOffset} — and one is drawn with
 *       the caller's random generator. Equal distances are ordered at random too.</li>
 *   <li>After the answer, the ability is estimated again from all answers (EAP, normal prior,
 *       the configured guessing floor).</li>
 *   <li>The test stops when {@code maxItems} are answered, or when at least {@code minItems} are
 *       and the standard error is below the target, or when the bank has no item left.</li>
 * </ol>
 *
 * <p>For a session that a server can replay item by item, seed the generator from something
 * stored (the session id and the number of answers), so the item shown is the item chosen again.
 */
public final class Placement {

    private final PlacementScale scale;
    private final PlacementConfig config;
    private final Map<String, PlacementItem> items;
    private final Map<Skill, List<PlacementItem>> bySkill;

    public Placement(PlacementScale scale, List<PlacementItem> bank, PlacementConfig config) {
        this.scale = Objects.requireNonNull(scale, "scale");
        this.config = Objects.requireNonNull(config, "config");
        Map<String, PlacementItem> map = new LinkedHashMap<>();
        Map<Skill, List<PlacementItem>> skills = new EnumMap<>(Skill.class);
        for (PlacementItem item : bank) {
            if (!scale.skills().contains(item.skill())) {
                throw new IllegalArgumentException("item " + item.id() + " tests " + item.skill()
                        + ", which the " + scale.name() + " scale does not");
            }
            if (map.put(item.id(), item) != null) {
                throw new IllegalArgumentException("item id " + item.id() + " appears twice in the bank");
            }
            skills.computeIfAbsent(item.skill(), s -> new ArrayList<>()).add(item);
        }
        if (map.isEmpty()) {
            throw new IllegalArgumentException("the bank has no items");
        }
        this.items = Map.copyOf(map);
        this.bySkill = skills;
    }

    public PlacementScale scale() {
        return scale;
    }

    public PlacementConfig config() {
        return config;
    }

    /** An item of the bank by id, e.g. to grade the answer to the item that was shown. */
    public Optional<PlacementItem> item(String id) {
        return Optional.ofNullable(items.get(id));
    }

    /** A session with no answers: the estimate is the prior. */
    public PlacementSession start() {
        return new PlacementSession(List.of(), new AbilityEstimate(config.priorMean(), config.priorSd()));
    }

    /**
     * The session after one more answer.
     *
     * @throws IllegalArgumentException for an item not in the bank or already answered
     * @throws IllegalStateException    when the test has already finished
     */
    public PlacementSession answer(PlacementSession session, String itemId, boolean correct) {
        if (finished(session)) {
            throw new IllegalStateException("the placement test has finished");
        }
        if (!items.containsKey(itemId)) {
            throw new IllegalArgumentException("itemId: no item '" + itemId + "' in the bank");
        }
        if (session.administeredItemIds().contains(itemId)) {
            throw new IllegalArgumentException("itemId: item '" + itemId + "' was already answered");
        }
        List<PlacementSession.Answer> answers = new ArrayList<>(session.answers());
        answers.add(new PlacementSession.Answer(itemId, correct));
        return new PlacementSession(answers, estimate(answers));
    }

    /** The session that these stored answers make, the same as answering them one by one. */
    public PlacementSession replay(List<PlacementSession.Answer> answers) {
        PlacementSession session = start();
        for (PlacementSession.Answer a : answers) {
            session = answer(session, a.itemId(), a.correct());
        }
        return session;
    }

    /** The ability from answers, without the checks of {@link #answer}. */
    public AbilityEstimate estimate(List<PlacementSession.Answer> answers) {
        List<Rasch.Observation> observations = new ArrayList<>(answers.size());
        for (PlacementSession.Answer a : answers) {
            PlacementItem item = items.get(a.itemId());
            if (item == null) {
                throw new IllegalArgumentException("itemId: no item '" + a.itemId() + "' in the bank");
            }
            observations.add(new Rasch.Observation(item.difficulty(), a.correct()));
        }
        return Rasch.eap(observations, config.priorMean(), config.priorSd(), config.guessing());
    }

    public boolean finished(PlacementSession session) {
        int n = session.itemsAnswered();
        if (n >= config.maxItems() || n >= items.size()) {
            return true;
        }
        return n >= config.minItems() && session.estimate().standardError() < config.targetStandardError();
    }

    /** The next item to give, or empty when the test has finished. */
    public Optional<PlacementItem> nextItem(PlacementSession session, RandomGenerator random) {
        if (finished(session)) {
            return Optional.empty();
        }
        Set<String> used = new HashSet<>(session.administeredItemIds());
        Map<Skill, Integer> counts = countBySkill(session);
        Skill skill = null;
        for (Skill s : scale.skills()) {
            List<PlacementItem> pool = bySkill.getOrDefault(s, List.of());
            if (pool.stream().allMatch(i -> used.contains(i.id()))) {
                continue;
            }
            if (skill == null || counts.get(s) < counts.get(skill)) {
                skill = s;
            }
        }
        if (skill == null) {
            return Optional.empty();
        }
        double target = session.estimate().ability() - Rasch.informationPeakOffset(config.guessing());
        int k = config.randomesque();
        PlacementItem[] best = new PlacementItem[k];
        double[] bestDistance = new double[k];
        double[] bestTie = new double[k];
        int found = 0;
        for (PlacementItem item : bySkill.get(skill)) {
            if (used.contains(item.id())) {
                continue;
            }
            double distance = Math.abs(item.difficulty() - target);
            double tie = random.nextDouble();
            int position = found;
            while (position > 0 && (distance < bestDistance[position - 1]
                    || distance == bestDistance[position - 1] && tie < bestTie[position - 1])) {
                position--;
            }
            if (position >= k) {
                continue;
            }
            int last = Math.min(found, k - 1);
            for (int j = last; j > position; j--) {
                best[j] = best[j - 1];
                bestDistance[j] = bestDistance[j - 1];
                bestTie[j] = bestTie[j - 1];
            }
            best[position] = item;
            bestDistance[position] = distance;
            bestTie[position] = tie;
            found = Math.min(found + 1, k);
        }
        return Optional.of(best[random.nextInt(found)]);
    }

    /** The outcome so far; final once {@link #finished} is true. */
    public PlacementResult result(PlacementSession session) {
        AbilityEstimate estimate = session.estimate();
        int correct = (int) session.answers().stream().filter(PlacementSession.Answer::correct).count();
        boolean converged = session.itemsAnswered() >= config.minItems()
                && estimate.standardError() < config.targetStandardError();
        return new PlacementResult(scale.name(), estimate, scale.band(estimate.ability()), session.itemsAnswered(),
                correct, countBySkill(session), converged);
    }

    private Map<Skill, Integer> countBySkill(PlacementSession session) {
        Map<Skill, Integer> counts = new EnumMap<>(Skill.class);
        scale.skills().forEach(s -> counts.put(s, 0));
        for (PlacementSession.Answer a : session.answers()) {
            PlacementItem item = items.get(a.itemId());
            if (item != null) {
                counts.merge(item.skill(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
