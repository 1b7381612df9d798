package org.manabi.content.assessment.qti;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.manabi.content.assessment.item.ItemBody;
import org.manabi.content.assessment.item.Option;
import org.manabi.content.assessment.qti.Scoring.Rule;
import org.manabi.content.assessment.qti.Scoring.Tolerance;
import org.manabi.content.assessment.qti.Xml.Element;
import org.manabi.content.zip.BoundedZip;

/** One QTI 2.1 {@code assessmentItem} file read into an {@link ItemBody}, or refused with its reasons. */
final class ItemReader {

    static final Set<String> QTI_NAMESPACES = Set.of(
            "http://www.imsglobal.org/xsd/imsqti_v2p1",
            "http://www.imsglobal.org/xsd/imsqti_v2p2");

    private static final Set<String> SUPPORTED = Set.of("choiceInteraction", "textEntryInteraction",
            "extendedTextInteraction", "orderInteraction", "matchInteraction", "associateInteraction");

    /** The code for an XML file whose root is not an assessmentItem at all. */
    static final String NOT_AN_ITEM = "NotAssessmentItem";

    /** Shown where a numeric item's input stood in the text. */
    private static final String NUMBER_GAP = "＿＿＿";

    private final String file;
    private final Element item;
    private final Findings findings;
    private final String identifier;
    private final String title;
    private final Map<String, Element> declarations = new HashMap<>();
    private Scoring scoring;

    private ItemReader(String file, Element item, String fallbackTitle) {
        this.file = file;
        this.item = item;
        this.findings = new Findings(file);
        this.identifier = item.attr("identifier");
        String ownTitle = item.attr("title");
        this.title = ownTitle != null && !ownTitle.isBlank() ? ownTitle.strip() : fallbackTitle;
    }

    /**
     * @param fallbackTitle the title the manifest gives, used when the item has none; may be null
     * @param tags          suggested tags from the manifest
     */
    static ItemResult read(String file, byte[] bytes, QtiLimits limits, String fallbackTitle, List<String> tags) {
        if (bytes.length > limits.maxXmlBytes()) {
            return refused(file, null, new QtiProblem(file, null, "TooLarge",
                    "larger than " + BoundedZip.size(limits.maxXmlBytes())));
        }
        Element root;
        try {
            root = Xml.parse(bytes, limits.maxDepth());
        } catch (Xml.Unreadable e) {
            return refused(file, null, e.problem(file));
        }
        if (!root.name().equals("assessmentItem")) {
            return refused(file, root.attr("identifier"), new QtiProblem(file, root.line(), NOT_AN_ITEM,
                    "the root element is <" + root.name() + ">, not <assessmentItem>"));
        }
        if (!QTI_NAMESPACES.contains(root.namespace())) {
            return refused(file, root.attr("identifier"), new QtiProblem(file, root.line(), "NotQti21",
                    "the root element is <" + root.name() + "> in the namespace '" + Xml.shown(root.namespace())
                            + "', not a QTI 2.1 <assessmentItem>"));
        }
        return new ItemReader(file, root, fallbackTitle).read(tags);
    }

    private static ItemResult refused(String file, String identifier, QtiProblem reason) {
        return new ItemResult.Refused(file, identifier, List.of(reason));
    }

    private ItemResult read(List<String> tags) {
        Optional<ItemBody> body = body();
        if (findings.refused() || body.isEmpty()) {
            if (!findings.refused()) {
                findings.refuse(item.line(), "NotImported", "the item could not be imported");
            }
            return new ItemResult.Refused(file, identifier, findings.refusals());
        }
        return new ItemResult.Imported(file, identifier, title, body.get(), tags, findings.notes());
    }

    private Optional<ItemBody> body() {
        if (identifier == null || identifier.isBlank()) {
            findings.refuse(item.line(), "NoIdentifier", "the assessmentItem has no identifier");
        }
        if ("true".equals(item.attr("adaptive"))) {
            findings.refuse(item.line(), "Adaptive", "adaptive items (several attempts with changing feedback) are not supported");
        }
        item.elements().filter(e -> e.name().equals("templateDeclaration") || e.name().equals("templateProcessing"))
                .findFirst()
                .ifPresent(e -> findings.refuse(e.line(), "Templates",
                        "items with template variables (generated values) are not supported"));
        item.elements("modalFeedback").stream().findFirst().ifPresent(e ->
                findings.note(e.line(), "FeedbackNotImported", "feedback (modalFeedback) is not imported"));
        item.elements("stylesheet").stream().findFirst().ifPresent(e ->
                findings.note(e.line(), "NotImported", "<stylesheet> is not imported"));
        for (Element declaration : item.elements("responseDeclaration")) {
            declarations.put(declaration.attr("identifier"), declaration);
        }
        Optional<Element> itemBody = item.element("itemBody");
        if (itemBody.isEmpty()) {
            findings.refuse(item.line(), "NoItemBody", "the item has no <itemBody>");
            return Optional.empty();
        }
        List<Element> interactions = itemBody.get().descendants()
                .filter(e -> e.name().endsWith("Interaction") || e.name().equals("positionObjectStage"))
                .toList();
        for (Element interaction : interactions) {
            if (!SUPPORTED.contains(interaction.name())) {
                findings.refuse(interaction.line(), "UnsupportedInteraction",
                        "<" + interaction.name() + "> is not supported");
            }
        }
        if (interactions.isEmpty()) {
            findings.refuse(itemBody.get().line(), "NoInteraction", "the item body holds no interaction");
        }
        Optional<Scoring> read = Scoring.read(item.element("responseProcessing"), findings);
        if (findings.refused() || read.isEmpty()) {
            return Optional.empty();
        }
        scoring = read.get();
        if (!scoring.present()) {
            findings.note(item.line(), "NoResponseProcessing",
                    "the item has no responseProcessing; it is graded against its correctResponse");
        }
        for (Element interaction : interactions) {
            if (scoring.present() && scoring.rule(interaction.attr("responseIdentifier")) == Rule.NONE
                    && !interaction.name().equals("extendedTextInteraction")) {
                findings.note(interaction.line(), "NotScoredBySource", "the response processing does not score "
                        + Xml.shown(interaction.attr("responseIdentifier")) + "; it is graded against its correctResponse");
            }
        }
        try {
            return Optional.ofNullable(body(itemBody.get(), interactions));
        } catch (IllegalArgumentException e) {
            findings.refuse(item.line(), "InvalidItem", "the imported item would be invalid: " + e.getMessage());
            return Optional.empty();
        }
    }

    private ItemBody body(Element itemBody, List<Element> interactions) {
        if (interactions.stream().allMatch(i -> i.name().equals("textEntryInteraction"))) {
            if (interactions.size() == 1 && isNumeric(interactions.get(0))) {
                return numeric(itemBody, interactions.get(0));
            }
            return fillInBlank(itemBody, interactions);
        }
        if (interactions.size() > 1) {
            findings.refuse(interactions.get(1).line(), "SeveralInteractions",
                    "an item with several interactions is only supported when all are text entries (blanks)");
            return null;
        }
        Element interaction = interactions.get(0);
        Optional<Element> declaration = declaration(interaction);
        if (declaration.isEmpty()) {
            return null;
        }
        return switch (interaction.name()) {
            case "choiceInteraction" -> choice(itemBody, interaction, declaration.get());
            case "extendedTextInteraction" -> shortText(itemBody, interaction, declaration.get());
            case "orderInteraction" -> ordering(itemBody, interaction, declaration.get());
            case "matchInteraction" -> matching(itemBody, interaction, declaration.get());
            case "associateInteraction" -> associate(itemBody, interaction, declaration.get());
            default -> throw new IllegalStateException(interaction.name());
        };
    }

    // ---- choice ------------------------------------------------------------------------------

    private ItemBody choice(Element itemBody, Element interaction, Element declaration) {
        List<Element> choices = interaction.elements("simpleChoice");
        Map<String, String> ids = new LinkedHashMap<>();
        List<Option> options = options(choices, ids, i -> letters(i));
        if (options == null) {
            return null;
        }
        if ("false".equals(interaction.attr("shuffle"))) {
            findings.note(interaction.line(), "ShuffledAnyway",
                    "shuffle=\"false\" is not kept: options are always shown in a shuffled order");
        }
        String responseId = interaction.attr("responseIdentifier");
        List<String> correct = correctOrMapped(declaration, scoring.rule(responseId));
        if (correct.isEmpty()) {
            findings.refuse(declaration.line(), "NoCorrectResponse", "no correct choice is given");
            return null;
        }
        List<String> correctIds = new ArrayList<>();
        for (String value : correct) {
            if (!ids.containsKey(value)) {
                findings.refuse(declaration.line(), "UnknownChoice",
                        "the correct response names " + Xml.shown(value) + ", which is not a choice");
                return null;
            }
            correctIds.add(ids.get(value));
        }
        String prompt = prompt(itemBody, interaction);
        String cardinality = declaration.attr("cardinality");
        if ("single".equals(cardinality)) {
            if (correctIds.size() != 1) {
                findings.refuse(declaration.line(), "SeveralCorrect",
                        "a single-choice response has " + correctIds.size() + " correct values");
                return null;
            }
            return new ItemBody.SingleChoice(prompt, options, correctIds.get(0));
        }
        if ("multiple".equals(cardinality)) {
            if (scoring.rule(responseId) == Rule.MAP_RESPONSE) {
                findings.note(declaration.line(), "ScoringDiffers", "the mapped scores are not kept: Manabi scores"
                        + " (right picks - wrong picks) / number of correct choices");
            }
            return new ItemBody.MultipleChoice(prompt, options, List.copyOf(new LinkedHashSet<>(correctIds)));
        }
        findings.refuse(declaration.line(), "UnsupportedCardinality",
                "a choice interaction with cardinality " + Xml.shown(cardinality) + " is not supported");
        return null;
    }

    // ---- text entry: blanks and numbers ------------------------------------------------------

    private boolean isNumeric(Element interaction) {
        Element declaration = declarations.get(interaction.attr("responseIdentifier"));
        return declaration != null && isNumber(declaration);
    }

    private static boolean isNumber(Element declaration) {
        String baseType = declaration.attr("baseType");
        return "float".equals(baseType) || "integer".equals(baseType);
    }

    private ItemBody fillInBlank(Element itemBody, List<Element> interactions) {
        Map<Element, Integer> numbers = new IdentityHashMap<>();
        for (Element interaction : interactions) {
            numbers.put(interaction, numbers.size() + 1);
        }
        List<String> blocks = BodyText.blocks(itemBody, findings, e -> numbers.containsKey(e) ? "{{" + numbers.get(e) + "}}" : null);
        int first = 0;
        while (first < blocks.size() && !ItemBody.FillInBlank.MARKER.matcher(blocks.get(first)).find()) {
            first++;
        }
        String prompt = String.join("\n\n", blocks.subList(0, first));
        String text = String.join("\n\n", blocks.subList(first, blocks.size()));
        List<ItemBody.Blank> blanks = new ArrayList<>();
        for (Element interaction : interactions) {
            Optional<Element> declaration = declaration(interaction);
            if (declaration.isEmpty()) {
                return null;
            }
            String responseId = interaction.attr("responseIdentifier");
            if (isNumber(declaration.get())) {
                Optional<Tolerance> tolerance = scoring.tolerance(responseId);
                if (tolerance.isPresent() && (tolerance.get().lower() != 0 || tolerance.get().upper() != 0)) {
                    findings.refuse(interaction.line(), "NumericBlank",
                            "a number with a tolerance is only supported as the only blank of an item");
                    return null;
                }
                findings.note(interaction.line(), "NumberAsText", "the number in blank " + numbers.get(interaction)
                        + " is compared as text");
            }
            if ("multiple".equals(declaration.get().attr("cardinality")) || "ordered".equals(declaration.get().attr("cardinality"))) {
                findings.refuse(declaration.get().line(), "UnsupportedCardinality",
                        "a text entry must have cardinality single");
                return null;
            }
            List<String> accepted = acceptedAnswers(declaration.get(), scoring.rule(responseId));
            if (accepted.isEmpty()) {
                findings.refuse(declaration.get().line(), "NoCorrectResponse",
                        "no correct answer is given for the blank " + Xml.shown(responseId));
                return null;
            }
            blanks.add(new ItemBody.Blank(accepted));
        }
        return new ItemBody.FillInBlank(orTitle(prompt, itemBody), text, blanks);
    }

    /** The correct response and, under map_response, every key that scores above 0. */
    private List<String> acceptedAnswers(Element declaration, Rule rule) {
        Set<String> accepted = new LinkedHashSet<>();
        boolean caseSensitive = false;
        for (String value : correctValues(declaration)) {
            if (!value.isBlank()) {
                accepted.add(value);
                caseSensitive |= rule != Rule.MAP_RESPONSE && hasCase(value);
            }
        }
        if (rule == Rule.MAP_RESPONSE) {
            List<MapEntry> entries = mapEntries(declaration);
            double best = entries.stream().mapToDouble(MapEntry::value).max().orElse(0);
            for (MapEntry entry : entries) {
                if (entry.value() > 0 && !entry.key().isBlank()) {
                    accepted.add(entry.key());
                    caseSensitive |= entry.caseSensitive() && hasCase(entry.key());
                    if (entry.value() < best) {
                        findings.note(declaration.line(), "PartialCreditDropped", "the answer " + Xml.shown(entry.key())
                                + " scored " + entry.value() + " of " + best + " and is now accepted as right");
                    }
                }
            }
        }
        if (caseSensitive) {
            findings.note(declaration.line(), "CaseIgnored",
                    "answers were compared case-sensitively; Manabi ignores case");
        }
        return List.copyOf(accepted);
    }

    private static boolean hasCase(String text) {
        return !text.toLowerCase(java.util.Locale.ROOT).equals(text.toUpperCase(java.util.Locale.ROOT));
    }

    private ItemBody numeric(Element itemBody, Element interaction) {
        Optional<Element> found = declaration(interaction);
        if (found.isEmpty()) {
            return null;
        }
        Element declaration = found.get();
        String responseId = interaction.attr("responseIdentifier");
        Rule rule = scoring.rule(responseId);
        Optional<Tolerance> tolerance = scoring.tolerance(responseId);
        List<String> values = new ArrayList<>(correctValues(declaration));
        if (rule == Rule.MAP_RESPONSE) {
            mapEntries(declaration).stream().filter(e -> e.value() > 0).forEach(e -> values.add(e.key()));
        }
        Set<Double> numbers = new LinkedHashSet<>();
        tolerance.map(Tolerance::fixedValue).ifPresent(numbers::add);
        for (String value : values) {
            try {
                numbers.add(Double.parseDouble(value.strip()));
            } catch (NumberFormatException e) {
                findings.refuse(declaration.line(), "NotANumber", "the correct response " + Xml.shown(value) + " is not a number");
                return null;
            }
        }
        if (numbers.isEmpty()) {
            findings.refuse(declaration.line(), "NoCorrectResponse", "no correct number is given");
            return null;
        }
        if (numbers.size() > 1) {
            findings.refuse(declaration.line(), "SeveralNumbers", "several different numbers are accepted " + numbers
                    + "; Manabi accepts one number with a tolerance");
            return null;
        }
        double value = numbers.iterator().next();
        double allowed = 0;
        if (tolerance.isPresent()) {
            Tolerance t = tolerance.get();
            if (t.lower() != t.upper()) {
                findings.refuse(t.line(), "AsymmetricTolerance", "the tolerance differs below and above the value ("
                        + t.lower() + ", " + t.upper() + "); Manabi's is the same on both sides");
                return null;
            }
            allowed = switch (t.mode()) {
                case "absolute" -> t.lower();
                case "relative" -> Math.abs(value) * t.lower() / 100;
                default -> 0;
            };
            if (t.boundsExcluded()) {
                findings.note(t.line(), "BoundsIncluded", "the tolerance excluded its bounds; Manabi includes them");
            }
        }
        List<String> blocks = BodyText.blocks(itemBody, findings, e -> e == interaction ? NUMBER_GAP : null);
        return new ItemBody.Numeric(orTitle(String.join("\n\n", blocks), itemBody), value, allowed, null);
    }

    // ---- extended text -----------------------------------------------------------------------

    private ItemBody shortText(Element itemBody, Element interaction, Element declaration) {
        List<String> accepted = correctValues(declaration).stream()
                .filter(v -> !org.manabi.content.assessment.item.AnswerNormalizer.normalize(v).isEmpty())
                .toList();
        findings.note(interaction.line(), "ManualReview",
                "an extended text answer is held for a teacher unless it matches an accepted answer");
        return new ItemBody.ShortText(prompt(itemBody, interaction), accepted, true);
    }

    // ---- order -------------------------------------------------------------------------------

    private ItemBody ordering(Element itemBody, Element interaction, Element declaration) {
        List<Element> choices = interaction.elements("simpleChoice");
        Map<String, String> ids = new LinkedHashMap<>();
        List<Option> options = options(choices, ids, i -> hashedId(choices.get(i).attr("identifier")));
        if (options == null) {
            return null;
        }
        Map<String, Option> byId = new HashMap<>();
        options.forEach(o -> byId.put(o.id(), o));
        List<String> order = correctValues(declaration);
        if (order.isEmpty()) {
            findings.refuse(declaration.line(), "NoCorrectResponse", "no correct order is given");
            return null;
        }
        if (order.size() != ids.size() || !new HashSet<>(order).equals(ids.keySet())) {
            findings.refuse(declaration.line(), "PartialOrder",
                    "the correct order must name every choice exactly once; ordering only some of them is not supported");
            return null;
        }
        findings.note(declaration.line(), "ScoringDiffers",
                "Manabi gives partial credit for a nearly right order; the source scored it all or nothing");
        return new ItemBody.Ordering(prompt(itemBody, interaction), order.stream().map(ids::get).map(byId::get).toList());
    }

    // ---- match and associate -----------------------------------------------------------------

    private ItemBody matching(Element itemBody, Element interaction, Element declaration) {
        List<Element> sets = interaction.elements("simpleMatchSet");
        if (sets.size() != 2) {
            findings.refuse(interaction.line(), "InvalidInteraction", "a match interaction needs two simpleMatchSets");
            return null;
        }
        List<Element> leftChoices = sets.get(0).elements("simpleAssociableChoice");
        List<Element> rightChoices = sets.get(1).elements("simpleAssociableChoice");
        Map<String, String> leftIds = new LinkedHashMap<>();
        Map<String, String> rightIds = new LinkedHashMap<>();
        List<Option> left = options(leftChoices, leftIds, i -> letters(i));
        List<Option> right = options(rightChoices, rightIds, i -> hashedId(rightChoices.get(i).attr("identifier")));
        if (left == null || right == null) {
            return null;
        }
        List<String[]> pairs = pairs(declaration, interaction.attr("responseIdentifier"));
        if (pairs == null) {
            return null;
        }
        List<String[]> directed = new ArrayList<>();
        for (String[] pair : pairs) {
            if (leftIds.containsKey(pair[0]) && rightIds.containsKey(pair[1])) {
                directed.add(pair);
            } else if (leftIds.containsKey(pair[1]) && rightIds.containsKey(pair[0])) {
                directed.add(new String[] {pair[1], pair[0]});
            } else {
                findings.refuse(declaration.line(), "UnknownChoice", "the pair " + Xml.shown(pair[0] + " " + pair[1])
                        + " does not join a choice of the first set with one of the second");
                return null;
            }
        }
        findings.note(declaration.line(), "ScoringDiffers", "Manabi scores the share of pairs matched");
        return matchingBody(prompt(itemBody, interaction), directed, leftIds, rightIds, left, right, leftIds.keySet(),
                declaration);
    }

    private ItemBody associate(Element itemBody, Element interaction, Element declaration) {
        List<Element> choices = interaction.elements("simpleAssociableChoice");
        List<String[]> pairs = pairs(declaration, interaction.attr("responseIdentifier"));
        if (pairs == null) {
            return null;
        }
        Set<String> leftSide = new LinkedHashSet<>();
        pairs.forEach(p -> leftSide.add(p[0]));
        Map<String, String> leftIds = new LinkedHashMap<>();
        Map<String, String> rightIds = new LinkedHashMap<>();
        int[] letter = {0};
        List<Option> left = new ArrayList<>();
        List<Option> right = new ArrayList<>();
        for (Element choice : choices) {
            String qtiId = choice.attr("identifier");
            boolean onLeft = leftSide.contains(qtiId);
            Map<String, String> ids = onLeft ? leftIds : rightIds;
            List<Option> found = options(List.of(choice), ids, i -> onLeft ? letters(letter[0]++) : hashedId(qtiId));
            if (found == null) {
                return null;
            }
            (onLeft ? left : right).addAll(found);
        }
        for (String[] pair : pairs) {
            if (!leftIds.containsKey(pair[0]) || !rightIds.containsKey(pair[1])) {
                findings.refuse(declaration.line(), "UnknownChoice", "the pair " + Xml.shown(pair[0] + " " + pair[1])
                        + " does not join two different choices that are each in one pair");
                return null;
            }
        }
        findings.note(interaction.line(), "AssociateAsMatching", "an associate interaction is imported as matching:"
                + " the first choice of each pair is shown on the left");
        return matchingBody(prompt(itemBody, interaction), pairs, leftIds, rightIds, left, right, leftIds.keySet(),
                declaration);
    }

    private List<String[]> pairs(Element declaration, String responseId) {
        List<String> values = correctOrMapped(declaration, scoring.rule(responseId));
        if (values.isEmpty()) {
            findings.refuse(declaration.line(), "NoCorrectResponse", "no correct pairs are given");
            return null;
        }
        List<String[]> pairs = new ArrayList<>();
        for (String value : values) {
            String[] pair = value.strip().split("\\s+");
            if (pair.length != 2) {
                findings.refuse(declaration.line(), "InvalidPair", "the pair " + Xml.shown(value) + " is not two identifiers");
                return null;
            }
            pairs.add(pair);
        }
        return pairs;
    }

    private ItemBody matchingBody(String prompt, List<String[]> pairs, Map<String, String> leftIds,
            Map<String, String> rightIds, List<Option> left, List<Option> right, Set<String> leftQtiIds,
            Element declaration) {
        Map<String, Option> leftById = new HashMap<>();
        left.forEach(o -> leftById.put(o.id(), o));
        Map<String, Option> rightById = new HashMap<>();
        right.forEach(o -> rightById.put(o.id(), o));
        Set<String> usedLeft = new HashSet<>();
        Set<String> usedRight = new HashSet<>();
        List<ItemBody.Pair> result = new ArrayList<>();
        for (String[] pair : pairs) {
            if (!usedLeft.add(pair[0]) || !usedRight.add(pair[1])) {
                findings.refuse(declaration.line(), "ManyToMany", "a choice is in more than one correct pair ("
                        + Xml.shown(usedLeft.contains(pair[0]) ? pair[0] : pair[1])
                        + "); Manabi matches each option with one partner");
                return null;
            }
            result.add(new ItemBody.Pair(leftById.get(leftIds.get(pair[0])), rightById.get(rightIds.get(pair[1]))));
        }
        for (String qtiId : leftQtiIds) {
            if (!usedLeft.contains(qtiId)) {
                findings.refuse(declaration.line(), "UnpairedLeft", "the choice " + Xml.shown(qtiId)
                        + " of the first set has no partner; Manabi needs one for every left-hand option");
                return null;
            }
        }
        List<Option> distractors = new ArrayList<>();
        rightIds.forEach((qtiId, ours) -> {
            if (!usedRight.contains(qtiId)) {
                distractors.add(rightById.get(ours));
            }
        });
        return new ItemBody.Matching(prompt, result, distractors);
    }

    // ---- shared ------------------------------------------------------------------------------

    private Optional<Element> declaration(Element interaction) {
        String responseId = interaction.attr("responseIdentifier");
        Element declaration = declarations.get(responseId);
        if (declaration == null) {
            findings.refuse(interaction.line(), "NoResponseDeclaration",
                    "no responseDeclaration for " + Xml.shown(responseId));
        }
        return Optional.ofNullable(declaration);
    }

    /**
     * The options for the choices, with the QTI identifier of each mapped to the id given to it,
     * or null with a refusal when a choice is unusable. QTI identifiers are not reused: they may
     * break the option id rule or give the answer away ("correct", or the same number on both
     * sides of a pair).
     */
    private List<Option> options(List<Element> choices, Map<String, String> ids, java.util.function.IntFunction<String> newId) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            Element choice = choices.get(i);
            String qtiId = choice.attr("identifier");
            if (qtiId == null || ids.containsKey(qtiId)) {
                findings.refuse(choice.line(), "InvalidChoice", "a choice has no identifier or repeats one");
                return null;
            }
            String text = BodyText.markdown(choice, findings);
            if (text.isBlank()) {
                findings.refuse(choice.line(), "EmptyChoice", "the choice " + Xml.shown(qtiId)
                        + " has no text (images are not imported)");
                return null;
            }
            String id = newId.apply(i);
            ids.put(qtiId, id);
            options.add(new Option(id, text));
        }
        if (choices.isEmpty()) {
            findings.refuse(null, "InvalidInteraction", "an interaction has no choices");
            return null;
        }
        return options;
    }

    private List<String> correctOrMapped(Element declaration, Rule rule) {
        List<String> correct = correctValues(declaration);
        if (!correct.isEmpty() || rule != Rule.MAP_RESPONSE) {
            return correct;
        }
        return mapEntries(declaration).stream().filter(e -> e.value() > 0).map(MapEntry::key).toList();
    }

    private static List<String> correctValues(Element declaration) {
        return declaration.element("correctResponse")
                .map(c -> c.elements("value").stream().map(v -> v.text().strip()).toList())
                .orElse(List.of());
    }

    private record MapEntry(String key, double value, boolean caseSensitive) {
    }

    private List<MapEntry> mapEntries(Element declaration) {
        List<MapEntry> entries = new ArrayList<>();
        declaration.element("mapping").ifPresent(mapping -> {
            for (Element entry : mapping.elements("mapEntry")) {
                String key = entry.attr("mapKey");
                String value = entry.attr("mappedValue");
                try {
                    if (key == null || value == null) {
                        throw new NumberFormatException("mapKey and mappedValue are required");
                    }
                    entries.add(new MapEntry(key.strip(), Double.parseDouble(value.strip()),
                            !"false".equals(entry.attr("caseSensitive"))));
                } catch (NumberFormatException e) {
                    findings.note(entry.line(), "InvalidMapEntry", "a mapEntry without a key or a numeric mappedValue is ignored");
                }
            }
        });
        return entries;
    }

    /** The item body's text with the interaction's own prompt where the interaction stood. */
    private String prompt(Element itemBody, Element interaction) {
        List<String> blocks = BodyText.blocks(itemBody, findings, e -> e == interaction
                ? e.element("prompt").map(p -> BodyText.markdown(p, findings)).orElse(null)
                : null);
        return orTitle(String.join("\n\n", blocks), itemBody);
    }

    private String orTitle(String prompt, Element itemBody) {
        if (!prompt.isBlank()) {
            return prompt;
        }
        String fallback = title != null && !title.isBlank() ? title : identifier;
        findings.note(itemBody.line(), "PromptFromTitle", "the item has no text of its own around the interaction;"
                + " its title is used as the prompt");
        return fallback == null ? "" : BodyText.escape(fallback);
    }

    private static String letters(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : "o" + (index + 1);
    }

    /**
     * An id that says nothing about where the option belongs: derived from the item and the QTI
     * identifier, so the same file gives the same ids, but neither the order nor the partner shows.
     */
    private String hashedId(String qtiId) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest((identifier + "\u0000" + qtiId).getBytes(StandardCharsets.UTF_8));
            return "k" + HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
