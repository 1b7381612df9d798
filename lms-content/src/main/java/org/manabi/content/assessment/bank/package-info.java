/**
 * The question bank: items with their body (answers included, stored as JSON under the type name),
 * a skill, tags, a level and a difficulty; authoring them and finding them by tag, level, type and
 * text.
 */
package org.manabi.content.assessment.bank;
