package org.fairflow.portal.engine;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1;
import io.camunda.client.api.response.DeploymentEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Start-up order: deploy the models (an unchanged model keeps its version), let listeners
 * resume open cases, then open the job workers.
 */
@Component
class EngineStartup {

	private static final Logger log = LoggerFactory.getLogger(EngineStartup.class);

	private final CamundaClient client;

	private final ProcessModels models;

	private final EngineEpoch epoch;

	private final JobWorkers workers;

	private final ApplicationEventPublisher events;

	EngineStartup(CamundaClient client, ProcessModels models, EngineEpoch epoch, JobWorkers workers,
			ApplicationEventPublisher events) {
		this.client = client;
		this.models = models;
		this.epoch = epoch;
		this.workers = workers;
		this.events = events;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		deploy();
		this.events.publishEvent(new EngineReadyEvent(this.epoch.current()));
		this.workers.open();
	}

	private void deploy() {
		DeployResourceCommandStep1.DeployResourceCommandStep2 command = null;
		for (Resource resource : this.models.resources()) {
			try {
				byte[] bytes = resource.getContentAsByteArray();
				command = (command == null)
						? this.client.newDeployResourceCommand().addResourceBytes(bytes, resource.getFilename())
						: command.addResourceBytes(bytes, resource.getFilename());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		if (command == null) {
			log.warn("No models found under {}", ProcessModels.LOCATION);
			return;
		}
		DeploymentEvent deployment = command.send().join();
		deployment.getProcesses()
			.forEach((p) -> log.info("Process {} is at version {}", p.getBpmnProcessId(), p.getVersion()));
	}

}
