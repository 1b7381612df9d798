/**
 * Course packages (docs/COURSE-PACKAGE.md): reading a ZIP upload, or the unzipped bundled library on
 * the class path, into a checked {@code CourseDefinition}, or into the full list of problems with file
 * and line. Hostile ZIPs (path tricks, bombs, lying headers) are refused while reading, before any of
 * their content is trusted.
 */
package org.manabi.content.coursepackage;
