package org.fairflow.portal.engine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Identifies one lifetime of the engine's state. Keys of the in-memory engine are only
 * meaningful within one epoch (it reuses keys after a restart), so every stored key is
 * stored with its epoch. The embedded engine's epoch changes whenever it is replaced.
 */
@Component
public class EngineEpoch {

	private final String remote;

	private final RecyclableEngine embedded;

	EngineEpoch(EngineProperties properties, ObjectProvider<RecyclableEngine> embedded) {
		this.remote = properties.epoch();
		this.embedded = embedded.getIfAvailable();
	}

	public String current() {
		return (this.embedded != null) ? this.embedded.generation().epoch() : this.remote;
	}

}
