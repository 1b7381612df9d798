package org.manabi.web.assessment;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * A bank item as the editor sends it.
 *
 * @param type the item type name ({@code SINGLE_CHOICE} ...)
 * @param body the item's fields, answers included, as in docs/ASSESSMENT.md
 */
public record BankItemRequest(String type, JsonObject body, String skill, List<String> tags, String level,
                              int difficulty) {
}
