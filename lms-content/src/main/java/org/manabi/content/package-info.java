/**
 * What learners study and how they are tested: the catalog (courses, sections, lessons),
 * curricula, assessment and spaced repetition, content import, and Japanese-aware search. Meets
 * lms-video only through ids and events defined in lms-core.
 */
package org.manabi.content;
