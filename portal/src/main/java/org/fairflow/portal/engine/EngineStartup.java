package org.fairflow.portal.engine;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Start-up order: deploy the models, let listeners resume open cases, then open the job
 * workers.
 */
@Component
class EngineStartup {

	private final ModelDeployment deployment;

	private final EngineEpoch epoch;

	private final JobWorkers workers;

	private final ApplicationEventPublisher events;

	EngineStartup(ModelDeployment deployment, EngineEpoch epoch, JobWorkers workers, ApplicationEventPublisher events) {
		this.deployment = deployment;
		this.epoch = epoch;
		this.workers = workers;
		this.events = events;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.deployment.deploy();
		this.events.publishEvent(new EngineReadyEvent(this.epoch.current()));
		this.workers.open();
	}

}
