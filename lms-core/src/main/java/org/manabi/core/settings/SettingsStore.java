package org.manabi.core.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.manabi.core.persistence.Database;

/** Reads and writes settings by key. */
@ApplicationScoped
public class SettingsStore {

    static final int MAX_VALUE = 4000;

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    Clock clock;

    protected SettingsStore() {
    }

    /** For use outside a container, with a caller-managed transaction. */
    public SettingsStore(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public Optional<Setting> find(String key) {
        return Optional.ofNullable(entityManager.find(Setting.class, key));
    }

    @Transactional
    public Setting put(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (value.length() > MAX_VALUE) {
            throw new IllegalArgumentException("A setting holds at most " + MAX_VALUE + " characters");
        }
        Setting existing = entityManager.find(Setting.class, key);
        if (existing == null) {
            Setting created = new Setting(key, value, clock.instant());
            entityManager.persist(created);
            return created;
        }
        existing.change(value, clock.instant());
        return existing;
    }

    /** The value under {@code key}, storing {@code initial}'s value first if there is none yet. */
    @Transactional
    public Setting putIfAbsent(String key, Supplier<String> initial) {
        return find(key).orElseGet(() -> put(key, initial.get()));
    }
}
