package org.fairflow.portal.engine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The health component {@code engine}: OUT_OF_SERVICE until the models are deployed, the
 * open cases resumed and the workers open (the readiness group includes it), then UP
 * while the engine answers and DOWN when it does not.
 */
@Component
class EngineHealthIndicator implements HealthIndicator {

	private final EngineStatus status;

	private final EngineGateway engine;

	private final RecyclableEngine embedded;

	private final long recordBound;

	EngineHealthIndicator(EngineStatus status, EngineGateway engine, ObjectProvider<RecyclableEngine> embedded,
			EngineProperties properties) {
		this.status = status;
		this.engine = engine;
		this.embedded = embedded.getIfAvailable();
		this.recordBound = properties.recycleAfterRecords();
	}

	@Override
	public Health health() {
		EngineStatus.Snapshot snapshot = this.status.snapshot();
		Health.Builder builder = snapshot.ready() ? connected() : Health.outOfService();
		if (this.embedded != null && snapshot.ready()) {
			// What the engine holds in memory, and where it is replaced by a fresh one.
			builder.withDetail("records", this.embedded.recordCount()).withDetail("recordBound", this.recordBound);
		}
		return builder.withDetail("phase", snapshot.phase())
			.withDetail("epoch", this.engine.epoch())
			.withDetail("models", snapshot.versions())
			.withDetail("resumed", snapshot.resumed())
			.withDetail("resumeFailed", snapshot.failed())
			.withDetail("toResume", snapshot.total())
			.build();
	}

	private Health.Builder connected() {
		try {
			this.engine.topology();
			return Health.up().withDetail("connected", true);
		}
		catch (EngineException ex) {
			return Health.down().withDetail("connected", false).withDetail("error", ex.reason());
		}
	}

}
