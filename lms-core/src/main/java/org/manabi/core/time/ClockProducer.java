package org.manabi.core.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * Supplies the UTC clock to every bean that depends on the current time. It ticks in whole
 * microseconds, the precision H2 and PostgreSQL keep in a {@code TIMESTAMP}: an instant is then the
 * same whether it is read from memory just after it was written or from the database a year later.
 */
@ApplicationScoped
public class ClockProducer {

    static final Duration DATABASE_PRECISION = Duration.ofNanos(1_000);

    @Produces
    Clock systemClock() {
        return Clock.tick(Clock.systemUTC(), DATABASE_PRECISION);
    }
}
