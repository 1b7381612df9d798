package org.manabi.web.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * New review settings; {@code timeZone} null or blank for Asia/Tokyo.
 *
 * <p>The canonical constructor is written out so the constraints stay on the fields and accessors
 * only (ARCHITECTURE.md, decision (i)).
 */
public record SettingsRequest(@NotNull @Min(0) @Max(200) Integer newPerDay, @Size(max = 64) String timeZone) {

    public SettingsRequest(Integer newPerDay, String timeZone) {
        this.newPerDay = newPerDay;
        this.timeZone = timeZone;
    }
}
