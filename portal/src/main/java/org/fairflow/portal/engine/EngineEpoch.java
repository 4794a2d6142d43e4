package org.fairflow.portal.engine;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Identifies one lifetime of the engine's state. Keys of the in-memory engine are only
 * meaningful within one epoch (it reuses keys after a restart), so every stored key is
 * stored with its epoch.
 */
@Component
public class EngineEpoch {

	private final String value;

	EngineEpoch(EngineProperties properties) {
		this.value = properties.embedded() ? "embedded-" + UUID.randomUUID() : properties.epoch();
	}

	public String current() {
		return this.value;
	}

}
