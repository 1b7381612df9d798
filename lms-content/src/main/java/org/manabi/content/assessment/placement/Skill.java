package org.manabi.content.assessment.placement;

/**
 * What a placement item tests. The test takes the skills of its scale in turn so that no skill
 * dominates the estimate. Stored by name: never rename a constant.
 */
public enum Skill {
    VOCABULARY,
    KANJI,
    GRAMMAR,
    /** IT Passport strategy field (経営戦略): business, law, accounting. */
    STRATEGY,
    /** IT Passport management field (マネジメント): projects and service management. */
    MANAGEMENT,
    /** IT Passport technology field (テクノロジ): computers, networks, security. */
    TECHNOLOGY
}
