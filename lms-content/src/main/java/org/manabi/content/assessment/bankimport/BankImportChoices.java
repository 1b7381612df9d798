package org.manabi.content.assessment.bankimport;

import java.util.List;

/**
 * What the instructor sets for every item of one import.
 *
 * @param skill      as in the bank; null for none
 * @param level      as in the bank; null for none
 * @param difficulty 1 to 5; 3 when the instructor gave none
 * @param tags       added to each item's own tags, as typed (not sanitised: a wrong one is refused)
 */
public record BankImportChoices(String skill, String level, Integer difficulty, List<String> tags) {

    public static final int DEFAULT_DIFFICULTY = 3;

    public BankImportChoices {
        difficulty = difficulty == null ? DEFAULT_DIFFICULTY : difficulty;
        tags = tags == null ? List.of() : tags.stream().filter(t -> t != null && !t.isBlank()).toList();
    }
}
