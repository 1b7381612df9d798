package org.manabi.web.assessment;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.manabi.content.assessment.bank.BankItem;
import org.manabi.content.assessment.bank.ItemHtml;
import org.manabi.content.assessment.bank.ItemJson;

/** A bank item for its authors: the body with its answers, and each text's HTML. */
public record BankItemView(long id, String type, JsonObject body, String skill, List<String> tags, String level,
                           int difficulty, Instant updatedAt) {

    static BankItemView of(BankItem item) {
        return new BankItemView(item.id(), item.type(), ItemHtml.withHtml(ItemJson.body(item.body())), item.skill(),
                item.tags().stream().sorted().toList(), item.level(), item.difficulty(), item.updatedAt());
    }
}
