package org.manabi.core.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Supplies the system UTC clock to every bean that depends on the current time. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
