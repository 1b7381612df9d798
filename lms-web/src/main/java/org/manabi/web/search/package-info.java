/** The search API: catalog search with facets and snippets, autocomplete, and the index rebuild. */
package org.manabi.web.search;
