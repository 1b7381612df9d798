/**
 * MicroProfile Health checks: ready once start-up (configuration check, migrations) finished and
 * the database answers; live while the server can still serve at all.
 */
package org.manabi.web.health;
