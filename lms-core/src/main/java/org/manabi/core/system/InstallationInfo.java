package org.manabi.core.system;

import java.time.Instant;

/** This installation's identity: a random id made at first start, and when that was. */
public record InstallationInfo(String id, Instant installedAt) {
}
