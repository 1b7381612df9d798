package org.manabi.content.assessment.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A random draw of a quiz. */
@Embeddable
public class StoredDraw {

    @Column(name = "tag", nullable = false, length = 60)
    private String tag;

    @Column(name = "item_level", length = 20)
    private String level;

    @Column(name = "item_count", nullable = false)
    private int count;

    @Column(name = "points", nullable = false)
    private int points;

    protected StoredDraw() {
    }

    StoredDraw(QuizDefinition.Draw draw) {
        this.tag = draw.tag();
        this.level = draw.level();
        this.count = draw.count();
        this.points = draw.points();
    }

    QuizDefinition.Draw toDraw() {
        return new QuizDefinition.Draw(tag, level, count, points);
    }
}
