package org.manabi.content.survey;

/** An open survey that asks someone, and whether they have answered it. */
public record Invitation(Survey survey, boolean answered) {
}
