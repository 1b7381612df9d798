package org.manabi.content.assessment.bankimport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.manabi.content.assessment.bank.BankItemDefinition;
import org.manabi.content.assessment.bank.ItemBank;
import org.manabi.content.assessment.qti.ItemResult;
import org.manabi.content.catalog.CatalogRefusal;
import org.manabi.content.catalog.DefinitionProblem;

/**
 * Stores the imported items of a QTI report in the bank. All items are checked against the bank's
 * rules before the first is written, and all are created in one transaction: a teacher never finds
 * half a package in the bank and wonders which half.
 */
@ApplicationScoped
public class QtiBankImport {

    @Inject
    ItemBank bank;

    protected QtiBankImport() {
    }

    public QtiBankImport(ItemBank bank) {
        this.bank = bank;
    }

    /**
     * The definitions to create, or the problems that stop the import. A problem of the
     * instructor's choices is reported once under its own field (skill, level, difficulty,
     * tags[i]); a problem of one item is reported under {@code items[i] <file>} and the field.
     */
    public record Plan(List<BankItemDefinition> definitions, List<DefinitionProblem> problems) {

        public Plan {
            definitions = List.copyOf(definitions);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Creates every item, or throws {@link CatalogRefusal} (INVALID) listing the problems per item
     * and writes nothing.
     *
     * @return the new bank item ids, in the order of {@code items}
     */
    @Transactional
    public List<Long> importAll(List<ItemResult.Imported> items, BankImportChoices choices, Long authorId,
                                String actor) {
        Plan plan = plan(items, choices);
        if (!plan.problems().isEmpty()) {
            throw CatalogRefusal.invalid(plan.problems());
        }
        List<Long> ids = new ArrayList<>();
        for (BankItemDefinition definition : plan.definitions()) {
            ids.add(bank.create(definition, authorId, actor).id());
        }
        return ids;
    }

    public static Plan plan(List<ItemResult.Imported> items, BankImportChoices choices) {
        if (items.isEmpty()) {
            return new Plan(List.of(), List.of(new DefinitionProblem("items", "Empty", "no item could be imported")));
        }
        List<DefinitionProblem> ofChoices = ItemBank.problems(
                new BankItemDefinition(items.get(0).body(), choices.skill(), choices.tags(), choices.level(),
                        choices.difficulty()));
        if (!ofChoices.isEmpty()) {
            return new Plan(List.of(), ofChoices);
        }
        List<BankItemDefinition> definitions = new ArrayList<>();
        List<DefinitionProblem> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ItemResult.Imported item = items.get(i);
            BankItemDefinition definition = new BankItemDefinition(item.body(), choices.skill(),
                    tags(choices, item), choices.level(), choices.difficulty());
            String where = "items[" + i + "] " + item.file();
            for (DefinitionProblem problem : ItemBank.problems(definition)) {
                problems.add(new DefinitionProblem(where + " " + problem.path(), problem.code(), problem.message()));
            }
            definitions.add(definition);
        }
        return problems.isEmpty() ? new Plan(definitions, List.of()) : new Plan(List.of(), problems);
    }

    /** The instructor's tags first, so their positions in a problem match what was typed. */
    private static List<String> tags(BankImportChoices choices, ItemResult.Imported item) {
        Set<String> tags = new LinkedHashSet<>(choices.tags());
        item.tags().stream().map(ImportTags::sanitise).flatMap(java.util.Optional::stream).forEach(tags::add);
        return List.copyOf(tags);
    }
}
