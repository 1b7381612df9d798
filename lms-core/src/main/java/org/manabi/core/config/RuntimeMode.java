package org.manabi.core.config;

import java.util.Locale;

/** Demo mode creates sample data and demo accounts; production mode creates none and is strict. */
public enum RuntimeMode {
    DEMO,
    PRODUCTION;

    public static RuntimeMode parse(String value) {
        String normalised = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        for (RuntimeMode mode : values()) {
            if (mode.name().equals(normalised)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("MANABI_MODE must be 'demo' or 'production', not '" + value + "'");
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
