package org.manabi.content.assessment.placement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.manabi.content.assessment.item.ItemBody;
import org.manabi.content.assessment.item.Option;
import org.manabi.content.catalog.Level;
import org.manabi.content.library.JlptLibrary;
import org.manabi.content.library.PracticeItem;

/**
 * Builds the JLPT placement bank from the library's practice items: four-option single-choice
 * items whose wrong options are items of the same level and kind.
 * <ul>
 *   <li>Vocabulary: the meaning of a word. Wrong meanings come from words with the same
 *       part-of-speech hint (verbs with verbs, the rest with the rest).</li>
 *   <li>Kanji: the readings of a kanji. Wrong options share no reading with the right one.</li>
 *   <li>Grammar: which pattern fits a meaning.</li>
 * </ul>
 * A wrong option that could also be right — one that shares a meaning gloss, a reading or the
 * pattern with the right answer — is never used, and an item for which three safe wrong options
 * cannot be found is left out of the bank.
 *
 * <p>The difficulty is the scale's prior for the item's level. Kanji come in frequency order in the
 * data, so a kanji's difficulty also spreads {@value #KANJI_SPREAD} logits either side of its
 * level's, the most frequent the easiest; the word and grammar lists are alphabetical, so their
 * items keep the level's difficulty until {@link Calibration} moves them.
 *
 * <p>The same practice items and seed give the same bank: option order and wrong options are drawn
 * from a generator seeded by the seed and the item's id.
 */
public final class JlptPlacementPool {

    static final double KANJI_SPREAD = 0.5;
    private static final int OPTIONS = 4;
    private static final String[] OPTION_IDS = {"a", "b", "c", "d"};
    /** Meanings are cut to their first glosses so an option fits on a phone. */
    private static final int GLOSSES_SHOWN = 3;

    private static final Pattern BRACKETED_LATIN =
            Pattern.compile("\\s*[（(][^）)]*[A-Za-z][^）)]*[）)]");

    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>#|{}]");

    private JlptPlacementPool() {
    }

    /** The bank for every level of the bundled library, N5 to N2. */
    public static List<PlacementItem> fromLibrary(ClassLoader loader, PlacementScale scale, long seed) {
        List<PracticeItem> all = new ArrayList<>();
        for (Level level : JlptLibrary.LEVELS) {
            all.addAll(JlptLibrary.practiceItems(loader, level));
        }
        return build(all, scale, seed);
    }

    public static List<PlacementItem> build(List<PracticeItem> practice, PlacementScale scale, long seed) {
        return List.copyOf(byPractice(practice, scale, seed).values());
    }

    /**
     * The same items as {@link #build}, each under the practice item it asks about, so a lesson's
     * own items can be picked out while their wrong options still come from the whole level.
     */
    public static Map<PracticeItem, PlacementItem> byPractice(List<PracticeItem> practice, PlacementScale scale,
                                                             long seed) {
        Map<String, List<PracticeItem>> groups = new LinkedHashMap<>();
        for (PracticeItem p : practice) {
            if (usable(p)) {
                groups.computeIfAbsent(p.level() + "/" + p.kind(), g -> new ArrayList<>()).add(p);
            }
        }
        Map<PracticeItem, PlacementItem> bank = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (List<PracticeItem> group : groups.values()) {
            for (int i = 0; i < group.size(); i++) {
                PracticeItem p = group.get(i);
                String id = uniqueId(p, ids);
                SplittableRandom random = new SplittableRandom(seed ^ mix(id));
                List<PracticeItem> wrong = distractors(p, group, random);
                if (wrong.size() < OPTIONS - 1) {
                    ids.remove(id);
                    continue;
                }
                double difficulty = scale.difficulty(p.level());
                if (p.kind() == PracticeItem.Kind.KANJI && group.size() > 1) {
                    difficulty += KANJI_SPREAD * (2.0 * i / (group.size() - 1) - 1);
                }
                bank.putIfAbsent(p, new PlacementItem(id, skill(p.kind()), p.level(), difficulty, body(p, wrong, random)));
            }
        }
        return bank;
    }

    private static boolean usable(PracticeItem p) {
        if (p.prompt() == null || p.prompt().isBlank() || p.answer() == null || p.answer().isBlank()) {
            return false;
        }
        return p.kind() != PracticeItem.Kind.KANJI || p.reading() != null && !p.reading().isBlank();
    }

    private static Skill skill(PracticeItem.Kind kind) {
        return switch (kind) {
            case VOCAB -> Skill.VOCABULARY;
            case KANJI -> Skill.KANJI;
            case GRAMMAR -> Skill.GRAMMAR;
        };
    }

    /** e.g. {@code JLPT_N5-VOCAB-あさって}; a prompt met again in the same group gets "#2". */
    private static String uniqueId(PracticeItem p, Set<String> taken) {
        String base = p.level().name() + "-" + p.kind().name() + "-" + p.prompt().strip();
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "#" + n;
        }
        return id;
    }

    private static long mix(String id) {
        long h = 1125899906842597L;
        for (int i = 0; i < id.length(); i++) {
            h = 31 * h + id.charAt(i);
        }
        return h;
    }

    private static List<PracticeItem> distractors(PracticeItem p, List<PracticeItem> group, SplittableRandom random) {
        List<PracticeItem> candidates = new ArrayList<>();
        for (PracticeItem c : group) {
            if (c != p && similarKind(p, c)) {
                candidates.add(c);
            }
        }
        List<PracticeItem> chosen = new ArrayList<>();
        for (int i = candidates.size() - 1; i >= 0 && chosen.size() < OPTIONS - 1; i--) {
            int j = random.nextInt(i + 1);
            PracticeItem c = candidates.get(j);
            candidates.set(j, candidates.get(i));
            if (safe(p, c) && chosen.stream().allMatch(other -> safe(other, c))) {
                chosen.add(c);
            }
        }
        return chosen;
    }

    private static boolean similarKind(PracticeItem p, PracticeItem c) {
        return p.kind() != PracticeItem.Kind.VOCAB || Objects.equals(p.partOfSpeech(), c.partOfSpeech());
    }

    /** Whether {@code c} as a wrong option could not also be read as the right answer for {@code p}. */
    static boolean safe(PracticeItem p, PracticeItem c) {
        if (key(p.prompt()).equals(key(c.prompt()))) {
            return false;
        }
        return switch (p.kind()) {
            case VOCAB -> disjoint(glosses(p.answer()), glosses(c.answer()))
                    && !shown(p).equals(shown(c));
            case KANJI -> disjoint(readings(p.reading()), readings(c.reading()));
            case GRAMMAR -> disjoint(glosses(p.answer()), glosses(c.answer()))
                    && !key(p.answer()).equals(key(c.answer())) && !shown(p).equals(shown(c));
        };
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return false;
            }
        }
        return true;
    }

    /** The meaning's glosses, lower case, without brackets: "to eat; (food) to have" gives two. */
    static Set<String> glosses(String meaning) {
        Set<String> glosses = new HashSet<>();
        for (String part : meaning.split("[;,/]")) {
            String g = key(part.replaceAll("\\([^)]*\\)", " ").replaceFirst("^\\s*to\\s+", ""));
            if (!g.isEmpty()) {
                glosses.add(g);
            }
        }
        if (glosses.isEmpty()) {
            glosses.add(key(meaning));
        }
        return glosses;
    }

    /** "ニチ、ジツ／ひ、-び" gives ニチ, ジツ, ひ, び; a kun reading "た.べる" also gives its stem た. */
    static Set<String> readings(String reading) {
        Set<String> readings = new HashSet<>();
        for (String part : reading.split("[、／/,・\\s]+")) {
            String r = part.replace("-", "").strip();
            if (!r.isEmpty()) {
                readings.add(r.replace(".", ""));
                readings.add(toHiragana(r.contains(".") ? r.substring(0, r.indexOf('.')) : r));
                readings.add(toHiragana(r.replace(".", "")));
            }
        }
        return readings;
    }

    private static String toHiragana(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            b.append(ch >= 'ァ' && ch <= 'ヶ' ? (char) (ch - 0x60) : ch);
        }
        return b.toString();
    }

    private static String key(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String shown(PracticeItem p) {
        return key(optionText(p));
    }

    private static String optionText(PracticeItem p) {
        return switch (p.kind()) {
            case VOCAB -> {
                String[] glosses = p.answer().split(";");
                List<String> shown = new ArrayList<>();
                for (int i = 0; i < glosses.length && i < GLOSSES_SHOWN; i++) {
                    shown.add(glosses[i].strip());
                }
                yield String.join("; ", shown);
            }
            case KANJI -> p.reading();
            case GRAMMAR -> pattern(p.prompt());
        };
    }

    /**
     * The pattern without its bracketed romaji or English, which would give the meaning away:
     * "〜が（but）" shows as "〜が", "だれ～ (dare～)" as "だれ～".
     */
    static String pattern(String pattern) {
        String shown = BRACKETED_LATIN.matcher(pattern).replaceAll("").strip();
        return shown.isEmpty() ? pattern.strip() : shown;
    }

    private static ItemBody.SingleChoice body(PracticeItem p, List<PracticeItem> wrong, SplittableRandom random) {
        String asked = escape(p.prompt());
        String prompt = switch (p.kind()) {
            case VOCAB -> "「" + asked + "」の意味は？ What does 「" + asked + "」 mean?";
            case KANJI -> "「" + asked + "」の読み方は？ How is 「" + asked + "」 read?";
            case GRAMMAR -> "「" + escape(p.answer()) + "」に合う文法は？ Which grammar means \"" + escape(p.answer())
                    + "\"?";
        };
        int right = random.nextInt(OPTIONS);
        List<Option> options = new ArrayList<>();
        int w = 0;
        for (int i = 0; i < OPTIONS; i++) {
            PracticeItem source = i == right ? p : wrong.get(w++);
            options.add(new Option(OPTION_IDS[i], escape(optionText(source))));
        }
        return new ItemBody.SingleChoice(prompt, options, OPTION_IDS[right]);
    }

    /** Texts are Markdown: data such as a meaning "# 1" must not turn into a heading. */
    static String escape(String text) {
        return MARKDOWN_SPECIAL.matcher(text).replaceAll("\\\\$0");
    }

    /** The bank's items by skill and level, for reports and tests. */
    public static Map<String, Integer> census(List<PlacementItem> bank) {
        Map<String, Integer> counts = new HashMap<>();
        bank.forEach(i -> counts.merge(i.level() + "/" + i.skill(), 1, Integer::sum));
        return counts;
    }
}
