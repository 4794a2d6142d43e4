package org.fairflow.portal.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1;
import io.camunda.client.api.response.DeploymentEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Deploys every model of {@code processes/} in one deployment. The engine keeps the
 * version of a model whose content did not change, so deploying at every start is safe.
 */
@Component
public class ModelDeployment {

	private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

	private final CamundaClient client;

	private final ProcessModels models;

	ModelDeployment(CamundaClient client, ProcessModels models) {
		this.client = client;
		this.models = models;
	}

	/** Deploys the models; returns the version the engine gave each process. */
	public Map<String, Integer> deploy() {
		DeployResourceCommandStep1.DeployResourceCommandStep2 command = null;
		for (Resource resource : this.models.resources()) {
			byte[] bytes = bytes(resource);
			command = (command == null)
					? this.client.newDeployResourceCommand().addResourceBytes(bytes, resource.getFilename())
					: command.addResourceBytes(bytes, resource.getFilename());
		}
		Map<String, Integer> versions = new TreeMap<>();
		if (command == null) {
			log.warn("No models found under {}", ProcessModels.LOCATION);
			return versions;
		}
		DeploymentEvent deployment = command.send().join();
		deployment.getProcesses().forEach((p) -> versions.put(p.getBpmnProcessId(), p.getVersion()));
		log.info("Deployed models, process versions: {}", versions);
		return versions;
	}

	private static byte[] bytes(Resource resource) {
		try {
			return resource.getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
