package org.manabi.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class InstantAttributeConverterTest {

    private final InstantAttributeConverter converter = new InstantAttributeConverter();

    @Test
    void storesUtcWallClockTimeWhateverTheJvmZone() {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            Instant instant = Instant.parse("2026-12-31T15:00:00Z");
            LocalDateTime column = converter.convertToDatabaseColumn(instant);
            assertEquals(LocalDateTime.parse("2026-12-31T15:00:00"), column, "stored as UTC, not Tokyo time");
            assertEquals(instant, converter.convertToEntityAttribute(column));
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void keepsNullsNull() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }
}
