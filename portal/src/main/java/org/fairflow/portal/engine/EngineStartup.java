package org.fairflow.portal.engine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Start-up order: deploy the models, let listeners resume open cases, then open the job
 * workers. Until then the portal answers with its starting page and is not ready.
 */
@Component
class EngineStartup {

	private final ModelDeployment deployment;

	private final EngineEpoch epoch;

	private final JobWorkers workers;

	private final ApplicationEventPublisher events;

	private final EngineStatus status;

	private final ObjectProvider<RecyclableEngine> embedded;

	EngineStartup(ModelDeployment deployment, EngineEpoch epoch, JobWorkers workers, ApplicationEventPublisher events,
			EngineStatus status, ObjectProvider<RecyclableEngine> embedded) {
		this.deployment = deployment;
		this.epoch = epoch;
		this.workers = workers;
		this.events = events;
		this.status = status;
		this.embedded = embedded;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.status.deployed(this.deployment.deploy());
		this.events.publishEvent(new EngineReadyEvent(this.epoch.current()));
		// The listeners have resumed the open cases: what the engine holds now is theirs.
		this.embedded.ifAvailable(RecyclableEngine::markResumed);
		this.workers.open();
		this.status.ready();
	}

}
