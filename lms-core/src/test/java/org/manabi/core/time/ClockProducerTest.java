package org.manabi.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ClockProducerTest {

    @Test
    void theClockKeepsNoMorePrecisionThanTheDatabase() {
        Clock clock = new ClockProducer().systemClock();
        for (int i = 0; i < 1_000; i++) {
            Instant now = clock.instant();
            assertEquals(0, now.getNano() % 1_000, "sub-microsecond digits in " + now);
        }
        assertEquals(ZoneOffset.UTC, clock.getZone());
    }
}
