package org.manabi.content.catalog;

/**
 * A file attached to a lesson, held in full: files are bounded by the package and upload limits.
 *
 * @param name      the file name shown to the learner, without folders
 * @param mediaType e.g. {@code application/pdf}
 */
public record LessonFile(String name, String mediaType, byte[] content) {
}
