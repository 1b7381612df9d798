/**
 * The append-only audit trail: who did what, when, to what, from where. Entries are only ever
 * added; nothing in this package updates or deletes one. Never put a password or token in an entry.
 */
package org.manabi.core.audit;
