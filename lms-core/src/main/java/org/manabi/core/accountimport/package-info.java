/**
 * Bulk import of accounts from a CSV file, as a city programme office exports it from Excel: the
 * file's encoding is detected (UTF-8 with or without BOM, else Shift_JIS/CP932), its columns are
 * matched to account fields by their Japanese or English headers, every row is checked (login id,
 * name, e-mail, role, organisation, duplicates, seats), and a file without errors is written all
 * together in one transaction, or not at all.
 */
package org.manabi.core.accountimport;
