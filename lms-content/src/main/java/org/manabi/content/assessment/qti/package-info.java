/**
 * Import of QTI 2.1 {@code assessmentItem} XML, one document or an IMS content package ZIP, into
 * {@link org.manabi.content.assessment.item.ItemBody} records, with a per-item report of what could
 * not be imported and why ({@link org.manabi.content.assessment.qti.QtiImporter}). Plain Java: it
 * stores nothing, and the caller decides whether to import when some items were refused. Hostile
 * input (entities, DTDs, path tricks, bombs, undecodable text) is refused while reading. The
 * mapping and the limits are described in {@code docs/ASSESSMENT-QTI.md}.
 */
package org.manabi.content.assessment.qti;
