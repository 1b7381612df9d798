/**
 * The running server itself: its build, its start-up sequence (configuration check, then schema
 * migration, before anything else touches the database), its state, and the database it talks to.
 */
package org.manabi.core.system;
