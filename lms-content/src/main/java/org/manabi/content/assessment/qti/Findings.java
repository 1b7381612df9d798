package org.manabi.content.assessment.qti;

import java.util.ArrayList;
import java.util.List;

/** The refusals and notes gathered while one item file is read. */
final class Findings {

    private final String file;
    private final List<QtiProblem> refusals = new ArrayList<>();
    private final List<QtiProblem> notes = new ArrayList<>();

    Findings(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void refuse(Integer line, String code, String message) {
        refusals.add(new QtiProblem(file, line, code, message));
    }

    /** A note is kept once: the same loss repeated on every option says nothing more. */
    void note(Integer line, String code, String message) {
        QtiProblem note = new QtiProblem(file, line, code, message);
        boolean seen = notes.stream().anyMatch(n -> n.code().equals(code) && n.message().equals(message));
        if (!seen) {
            notes.add(note);
        }
    }

    boolean refused() {
        return !refusals.isEmpty();
    }

    List<QtiProblem> refusals() {
        return refusals;
    }

    List<QtiProblem> notes() {
        return notes;
    }
}
