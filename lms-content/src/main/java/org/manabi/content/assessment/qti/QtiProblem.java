package org.manabi.content.assessment.qti;

/**
 * Why an item or a package could not be imported, or what was left out or changed on import.
 *
 * @param file    the file in the package, or the name given for a single document; null for the
 *                package as a whole (not a ZIP, too large)
 * @param line    1-based line in that file, where one applies; otherwise null
 * @param code    a stable code listed in {@code docs/ASSESSMENT-QTI.md}, e.g.
 *                {@code UnsupportedInteraction}
 * @param message a short English explanation
 */
public record QtiProblem(String file, Integer line, String code, String message) {

    @Override
    public String toString() {
        return (file == null ? "" : file) + (line == null ? "" : ":" + line) + " [" + code + "] " + message;
    }
}
