/**
 * The one source of "now". Business rules take a {@link java.time.Clock} so tests can move time.
 */
package org.manabi.core.time;
