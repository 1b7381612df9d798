/**
 * The command-line launcher behind README command 1. It runs outside the server (it ships as its
 * own jar, not in the WAR) and uses nothing but the JDK.
 */
package org.manabi.web.launcher;
