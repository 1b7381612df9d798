package org.manabi.web.assessment;

import java.util.List;
import org.manabi.content.assessment.qti.ImportReport;
import org.manabi.content.assessment.qti.ItemResult;
import org.manabi.content.assessment.qti.QtiProblem;

/**
 * What a QTI upload would bring into the bank: the items that can be imported with a short text
 * of their prompt, the refused ones with their reasons and lines, and the package's own problems.
 */
public record QtiImportView(List<Imported> imported, List<Refused> refused, List<QtiProblem> problems) {

    private static final int PREVIEW_LENGTH = 140;

    /** An item that can be imported; {@code notes} say what was left out or read differently. */
    public record Imported(String file, String identifier, String title, String type, String preview,
                           List<String> tags, List<QtiProblem> notes) {
    }

    public record Refused(String file, String identifier, List<QtiProblem> reasons) {
    }

    static QtiImportView of(ImportReport report) {
        return new QtiImportView(
                report.imported().stream().map(i -> new Imported(i.file(), i.identifier(), i.title(), i.body().type(),
                        preview(i.body().prompt()), i.tags(), i.notes())).toList(),
                refused(report),
                report.problems());
    }

    static List<Refused> refused(ImportReport report) {
        return report.refused().stream().map(QtiImportView::refused).toList();
    }

    private static Refused refused(ItemResult.Refused r) {
        return new Refused(r.file(), r.identifier(), r.reasons());
    }

    /**
     * Plain text for a list: furigana shown as the base text, Markdown marks and line breaks
     * dropped, escaped characters (the importer escapes a literal {@code *} or <code>{</code>)
     * shown as themselves.
     */
    static String preview(String markdown) {
        if (markdown == null) {
            return "";
        }
        String text = markdown.replaceAll("(?<!\\\\)\\{([^|{}\\\\]+)\\|[^{}]*(?<!\\\\)}", "$1")
                .replaceAll("(?<!\\\\)[*_`#>\\[\\]]", "")
                .replaceAll("\\\\(\\p{Punct})", "$1")
                .replaceAll("\\s+", " ")
                .strip();
        return text.length() <= PREVIEW_LENGTH ? text : text.substring(0, PREVIEW_LENGTH - 1) + "…";
    }
}
