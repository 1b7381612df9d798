package org.manabi.content.assessment.bank;

import java.util.List;
import org.manabi.content.assessment.item.ItemBody;

/**
 * What an author gives for a bank item.
 *
 * @param body       the item, answers included
 * @param skill      what it exercises, e.g. {@code vocabulary}, {@code grammar}, {@code reading},
 *                   {@code listening} (JLPT) or {@code strategy}, {@code management},
 *                   {@code technology} (IT Passport); null when none
 * @param tags       topics, lower case, e.g. {@code particles}, {@code n5-lesson-3}; draws pick by tag
 * @param level      e.g. {@code N5} or {@code ITP}; null when none
 * @param difficulty 1 (easy) to 5 (hard)
 */
public record BankItemDefinition(ItemBody body, String skill, List<String> tags, String level, int difficulty) {

    public BankItemDefinition {
        tags = tags == null ? List.of() : tags.stream()
                .map(t -> t == null ? "" : t.strip().toLowerCase(java.util.Locale.ROOT))
                .distinct().toList();
        skill = skill == null || skill.isBlank() ? null : skill.strip().toLowerCase(java.util.Locale.ROOT);
        level = level == null || level.isBlank() ? null : level.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
