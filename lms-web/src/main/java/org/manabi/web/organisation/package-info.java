/**
 * Organisations through the API. Every read goes through the caller's {@code Viewer}: a company
 * manager who asks for another company's id gets 404, exactly as for an id that does not exist.
 */
package org.manabi.web.organisation;
