package org.manabi.content.assessment.qti;

import java.util.List;

/**
 * The outcome of an import: every item found, imported or refused, and the problems of the
 * package as a whole. Nothing is stored: the caller decides whether to keep the imported items
 * when some were refused.
 *
 * @param items    one result per item, in the order of the manifest (or of the ZIP when it has no
 *                 manifest)
 * @param problems problems not tied to one item: not a ZIP, a limit crossed, an unsafe path, an
 *                 unreadable manifest. When a limit is crossed, reading stops and no item is
 *                 listed.
 */
public record ImportReport(List<ItemResult> items, List<QtiProblem> problems) {

    public ImportReport {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    public List<ItemResult.Imported> imported() {
        return items.stream().filter(ItemResult.Imported.class::isInstance).map(ItemResult.Imported.class::cast).toList();
    }

    public List<ItemResult.Refused> refused() {
        return items.stream().filter(ItemResult.Refused.class::isInstance).map(ItemResult.Refused.class::cast).toList();
    }

    /** Whether every item was imported and nothing went wrong with the package. */
    public boolean complete() {
        return problems.isEmpty() && !items.isEmpty() && refused().isEmpty();
    }
}
