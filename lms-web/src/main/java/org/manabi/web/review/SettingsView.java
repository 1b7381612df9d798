package org.manabi.web.review;

import org.manabi.content.review.ReviewSettings;

/** The learner's new cards a day and the time zone whose midnight starts their day. */
public record SettingsView(int newPerDay, String timeZone) {

    static SettingsView of(ReviewSettings settings) {
        return new SettingsView(settings.newPerDay(), settings.zone().getId());
    }
}
