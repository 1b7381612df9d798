/**
 * A person's file: everything Manabi holds about one account, gathered from identity,
 * organisations, programmes and the audit trail, for the detail page and for the export a person
 * may ask for. Every read of it is audited; a company manager reads only the files of their own
 * organisation's people.
 */
package org.manabi.core.person;
