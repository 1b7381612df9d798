/**
 * The catalog: courses made of sections and lessons, their categories and levels, and their life
 * from draft to published to archived. Every publication is a version of its own, so a learner
 * part-way through a course keeps the version they started while the author edits the next one.
 */
package org.manabi.content.catalog;
