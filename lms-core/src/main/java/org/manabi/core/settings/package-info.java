/**
 * Small server-wide settings kept in the database (such as this installation's id), as opposed to
 * start-up configuration, which comes from the environment.
 */
package org.manabi.core.settings;
