package org.manabi.content.assessment.qti;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.manabi.content.assessment.qti.Xml.Element;

/**
 * How an item's responseProcessing scores each response, as far as the import understands it: the
 * standard templates recognised by URI, or a custom processing built only from the few elements
 * those templates are made of (as many authoring tools write them out), read as the template it
 * amounts to. Anything else is refused rather than approximated, since an item graded differently
 * from how its author meant it is worse than an item not imported.
 */
final class Scoring {

    /** How one response is scored. */
    enum Rule {
        /** Right when it equals the correct response (match_correct, or a custom {@code <match>}). */
        MATCH_CORRECT,
        /** Scored by the mapping (map_response, or a custom {@code <mapResponse>}). */
        MAP_RESPONSE,
        /** Compared as a number with a tolerance (a custom {@code <equal>}). */
        EQUAL,
        /** Not scored by the processing (no processing, or it does not name the response). */
        NONE
    }

    /**
     * A numeric comparison read from {@code <equal>}.
     *
     * @param mode       exact, absolute or relative
     * @param lower      tolerance below (absolute, or percent when relative)
     * @param upper      tolerance above
     * @param fixedValue the number compared with when it is a {@code <baseValue>} rather than the
     *                   correct response; null otherwise
     */
    record Tolerance(String mode, double lower, double upper, Double fixedValue, boolean boundsExcluded, int line) {
    }

    static final Set<String> TEMPLATE_PREFIXES = Set.of(
            "http://www.imsglobal.org/question/qti_v2p1/rptemplates/",
            "https://www.imsglobal.org/question/qti_v2p1/rptemplates/",
            "http://www.imsglobal.org/question/qti_v2p2/rptemplates/",
            "https://purl.imsglobal.org/spec/qti/v2p1/rptemplates/",
            "https://purl.imsglobal.org/spec/qti/v2p2/rptemplates/");

    /** The elements a custom processing may use to be recognised. */
    private static final Set<String> RECOGNISED = Set.of("responseProcessing", "responseCondition", "responseIf",
            "responseElseIf", "responseElse", "match", "variable", "correct", "isNull", "setOutcomeValue", "baseValue",
            "mapResponse", "equal", "sum", "and");

    private final Rule templateRule;
    private final Map<String, Rule> rules;
    private final Map<String, Tolerance> tolerances;
    private final boolean present;

    private Scoring(Rule templateRule, Map<String, Rule> rules, Map<String, Tolerance> tolerances, boolean present) {
        this.templateRule = templateRule;
        this.rules = rules;
        this.tolerances = tolerances;
        this.present = present;
    }

    /** Whether the item has a responseProcessing at all. */
    boolean present() {
        return present;
    }

    Rule rule(String responseId) {
        if (templateRule != null) {
            return templateRule;
        }
        return rules.getOrDefault(responseId, Rule.NONE);
    }

    Optional<Tolerance> tolerance(String responseId) {
        return Optional.ofNullable(tolerances.get(responseId));
    }

    /** The scoring of the item, or empty with a refusal added when it is not understood. */
    static Optional<Scoring> read(Optional<Element> processing, Findings findings) {
        if (processing.isEmpty()) {
            return Optional.of(new Scoring(null, Map.of(), Map.of(), false));
        }
        Element rp = processing.get();
        String template = rp.attr("template") != null ? rp.attr("template") : rp.attr("templateLocation");
        if (template != null) {
            return template(template.strip(), rp.line(), findings);
        }
        return custom(rp, findings);
    }

    private static Optional<Scoring> template(String uri, int line, Findings findings) {
        String name = null;
        for (String prefix : TEMPLATE_PREFIXES) {
            if (uri.startsWith(prefix)) {
                name = uri.substring(prefix.length());
            }
        }
        if (name != null && name.endsWith(".xml")) {
            name = name.substring(0, name.length() - 4);
        }
        if ("match_correct".equals(name)) {
            return Optional.of(new Scoring(Rule.MATCH_CORRECT, Map.of(), Map.of(), true));
        }
        if ("map_response".equals(name)) {
            return Optional.of(new Scoring(Rule.MAP_RESPONSE, Map.of(), Map.of(), true));
        }
        findings.refuse(line, "UnsupportedTemplate", "the response processing template " + Xml.shown(uri)
                + " is not recognised (match_correct and map_response are)");
        return Optional.empty();
    }

    private static Optional<Scoring> custom(Element rp, Findings findings) {
        List<Element> unknown = rp.descendants().filter(e -> !RECOGNISED.contains(e.name())).toList();
        if (!unknown.isEmpty()) {
            Element first = unknown.get(0);
            findings.refuse(first.line(), "CustomProcessing", "custom response processing with <" + first.name()
                    + "> cannot be read as match_correct, map_response or a numeric tolerance");
            return Optional.empty();
        }
        Map<String, Rule> rules = new HashMap<>();
        Map<String, Tolerance> tolerances = new HashMap<>();
        for (Element e : rp.descendants().toList()) {
            switch (e.name()) {
                case "match" -> {
                    Optional<String> id = comparedWithCorrect(e);
                    if (id.isEmpty()) {
                        findings.refuse(e.line(), "CustomProcessing",
                                "a <match> that does not compare a response with its correct response");
                        return Optional.empty();
                    }
                    rules.put(id.get(), Rule.MATCH_CORRECT);
                }
                case "mapResponse" -> rules.put(e.attr("identifier"), Rule.MAP_RESPONSE);
                case "equal" -> {
                    Optional<Tolerance> tolerance = equal(e, findings);
                    if (tolerance.isEmpty()) {
                        return Optional.empty();
                    }
                    String id = e.elements("variable").get(0).attr("identifier");
                    rules.put(id, Rule.EQUAL);
                    tolerances.put(id, tolerance.get());
                }
                case "setOutcomeValue" -> {
                    String outcome = e.attr("identifier");
                    if (!"SCORE".equals(outcome)) {
                        findings.note(e.line(), "OutcomeIgnored", "the outcome " + Xml.shown(outcome)
                                + " set by the response processing is not imported");
                    }
                }
                default -> {
                    // Structure (conditions, isNull, baseValue) needs nothing more.
                }
            }
        }
        if (!rules.isEmpty()) {
            findings.note(rp.line(), "CustomProcessingRead", "custom response processing read as "
                    + rules.values().stream().map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).distinct().sorted().toList());
        }
        return Optional.of(new Scoring(null, rules, tolerances, true));
    }

    private static Optional<String> comparedWithCorrect(Element match) {
        List<Element> variables = match.elements("variable");
        List<Element> corrects = match.elements("correct");
        if (variables.size() == 1 && corrects.size() == 1 && match.elements().count() == 2
                && variables.get(0).attr("identifier") != null
                && variables.get(0).attr("identifier").equals(corrects.get(0).attr("identifier"))) {
            return Optional.of(variables.get(0).attr("identifier"));
        }
        return Optional.empty();
    }

    private static Optional<Tolerance> equal(Element equal, Findings findings) {
        List<Element> variables = equal.elements("variable");
        List<Element> corrects = equal.elements("correct");
        List<Element> values = equal.elements("baseValue");
        boolean withCorrect = corrects.size() == 1 && values.isEmpty();
        boolean withValue = values.size() == 1 && corrects.isEmpty();
        if (variables.size() != 1 || equal.elements().count() != 2 || !(withCorrect || withValue)
                || withCorrect && !corrects.get(0).attr("identifier").equals(variables.get(0).attr("identifier"))) {
            findings.refuse(equal.line(), "CustomProcessing",
                    "an <equal> that does not compare a response with its correct response or one number");
            return Optional.empty();
        }
        Double fixed = null;
        if (withValue) {
            try {
                fixed = Double.parseDouble(values.get(0).text().strip());
            } catch (NumberFormatException e) {
                findings.refuse(values.get(0).line(), "CustomProcessing", "the <baseValue> compared with is not a number");
                return Optional.empty();
            }
        }
        String mode = equal.attr("toleranceMode") == null ? "exact" : equal.attr("toleranceMode").strip();
        double lower = 0;
        double upper = 0;
        if (!mode.equals("exact")) {
            String[] parts = equal.attr("tolerance") == null ? new String[0] : equal.attr("tolerance").strip().split("\\s+");
            try {
                if (parts.length < 1 || parts.length > 2 || parts[0].isEmpty()) {
                    throw new NumberFormatException();
                }
                lower = Double.parseDouble(parts[0]);
                upper = parts.length == 2 ? Double.parseDouble(parts[1]) : lower;
            } catch (NumberFormatException e) {
                findings.refuse(equal.line(), "CustomProcessing", "the tolerance of <equal> is not one or two numbers"
                        + " (template variables are not supported)");
                return Optional.empty();
            }
            if (!mode.equals("absolute") && !mode.equals("relative")) {
                findings.refuse(equal.line(), "CustomProcessing", "toleranceMode " + Xml.shown(mode) + " is unknown");
                return Optional.empty();
            }
        }
        boolean excluded = "false".equals(equal.attr("includeLowerBound")) || "false".equals(equal.attr("includeUpperBound"));
        return Optional.of(new Tolerance(mode, lower, upper, fixed, excluded, equal.line()));
    }
}
