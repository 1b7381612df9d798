/** What the home page shows about the server itself: version, mode, database and readiness. */
package org.manabi.web.system;
