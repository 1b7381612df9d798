/**
 * The catalog's API: browsing courses and reading lessons (anyone may browse; studying needs a
 * signed-in account), and authoring for instructors and administrators: the course editor,
 * publication, archiving and course-package upload.
 */
package org.manabi.web.catalog;
