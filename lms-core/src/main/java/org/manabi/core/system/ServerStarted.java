package org.manabi.core.system;

import org.manabi.core.config.RuntimeMode;

/**
 * Fired once the schema is migrated and the start recorded, before the server reports ready, so
 * features can prepare what they need (sample data in demo mode, for example) without calling
 * each other.
 *
 * @param mode         the mode the server runs in
 * @param installation this installation
 */
public record ServerStarted(RuntimeMode mode, InstallationInfo installation) {
}
