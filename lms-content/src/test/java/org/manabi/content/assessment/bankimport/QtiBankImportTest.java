package org.manabi.content.assessment.bankimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.manabi.content.assessment.bank.BankItem;
import org.manabi.content.assessment.bank.BankItemDefinition;
import org.manabi.content.assessment.bank.ItemBank;
import org.manabi.content.assessment.item.ItemBody;
import org.manabi.content.assessment.item.Option;
import org.manabi.content.assessment.qti.ItemResult;
import org.manabi.content.catalog.CatalogRefusal;

class QtiBankImportTest {

    /** Counts what would be stored instead of storing it. */
    static final class RecordingBank extends ItemBank {
        final List<BankItemDefinition> created = new ArrayList<>();

        @Override
        public BankItem create(BankItemDefinition definition, Long authorId, String actor) {
            created.add(definition);
            return new BankItem() {
            };
        }
    }

    private static ItemResult.Imported item(String file, List<String> tags) {
        return new ItemResult.Imported(file, file, "title",
                new ItemBody.SingleChoice("{学校|がっこう}へ行きます。", List.of(new Option("a", "はい"), new Option("b", "いいえ")), "a"),
                tags, List.of());
    }

    @Test
    void keywordsBecomeTagsAfterTheInstructorsTags() {
        var plan = QtiBankImport.plan(List.of(item("a.xml", List.of("Verb Forms", "N5 / 文法", "!!!", "  "))),
                new BankImportChoices("grammar", "n5", null, List.of("unit-1")));
        assertEquals(List.of(), plan.problems());
        BankItemDefinition definition = plan.definitions().get(0);
        assertEquals(List.of("unit-1", "verb-forms", "n5-文法"), definition.tags());
        assertEquals(3, definition.difficulty(), "difficulty defaults to 3");
        assertEquals("N5", definition.level());
    }

    @Test
    void oneItemTheBankRefusesStopsTheWholeImportAndIsNamed() {
        List<String> many = IntStream.range(0, ItemBank.MAX_TAGS).mapToObj(i -> "k" + i).toList();
        var bank = new RecordingBank();
        var imports = new QtiBankImport(bank);
        CatalogRefusal refusal = assertThrows(CatalogRefusal.class, () -> imports.importAll(
                List.of(item("good.xml", List.of()), item("many.xml", many)),
                new BankImportChoices(null, null, 2, List.of("extra")), 1L, "t"));
        assertEquals(0, bank.created.size(), "nothing is created when one item fails");
        assertEquals(1, refusal.problems().size(), refusal.problems().toString());
        assertTrue(refusal.problems().get(0).path().startsWith("items[1] many.xml tags"), refusal.problems().toString());
    }

    @Test
    void aWrongChoiceIsReportedOnceUnderItsField() {
        var bank = new RecordingBank();
        CatalogRefusal refusal = assertThrows(CatalogRefusal.class, () -> new QtiBankImport(bank).importAll(
                List.of(item("a.xml", List.of()), item("b.xml", List.of())),
                new BankImportChoices("Grammar!", null, 9, List.of("ok")), 1L, "t"));
        assertEquals(List.of("difficulty", "skill"),
                refusal.problems().stream().map(p -> p.path()).sorted().toList());
        assertEquals(0, bank.created.size());
    }

    @Test
    void allItemsAreCreatedWhenAllPass() {
        var bank = new RecordingBank();
        List<Long> ids = new QtiBankImport(bank).importAll(
                List.of(item("a.xml", List.of()), item("b.xml", List.of())),
                new BankImportChoices(null, null, null, null), 1L, "t");
        assertEquals(2, ids.size());
        assertEquals(2, bank.created.size());
        assertEquals(Optional.empty(), ImportTags.sanitise("---"));
    }
}
