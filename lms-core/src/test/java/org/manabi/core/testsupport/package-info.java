/**
 * Helpers shared by the test suites of every module (published as lms-core's test jar): real
 * databases made and dropped per test, and the rule for tiers that need an outside program.
 */
package org.manabi.core.testsupport;
