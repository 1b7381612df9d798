/**
 * Organisations (the companies whose employees learn) and who may see them: an administrator sees
 * every organisation, a company manager only their own, everyone else none.
 */
package org.manabi.core.organisation;
