package org.manabi.content.assessment.qti;

import java.util.List;
import java.util.Objects;
import org.manabi.content.assessment.item.ItemBody;

/** What became of one item of an import: imported, or refused with its reasons. */
public sealed interface ItemResult {

    /** The file the item came from, as named in the package or given by the caller. */
    String file();

    /** The item's {@code identifier} attribute; null when the file could not be read that far. */
    String identifier();

    /**
     * An item that could be imported.
     *
     * @param title the item's title, or null when it has none
     * @param tags  suggested tags from the manifest metadata (keywords), possibly empty
     * @param notes what was left out or read differently from the source (media, feedback,
     *              scoring differences); the item is usable without them, but a teacher may want
     *              to look
     */
    record Imported(String file, String identifier, String title, ItemBody body, List<String> tags,
            List<QtiProblem> notes) implements ItemResult {

        public Imported {
            Objects.requireNonNull(body, "body");
            tags = List.copyOf(tags);
            notes = List.copyOf(notes);
        }
    }

    /**
     * An item that could not be imported.
     *
     * @param reasons why, at least one
     */
    record Refused(String file, String identifier, List<QtiProblem> reasons) implements ItemResult {

        public Refused {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("Refused.reasons: at least one reason is needed");
            }
        }
    }
}
