package org.fairflow.workers.job;

import java.util.Map;

import io.camunda.client.api.response.ActivatedJob;

/** Reads custom task headers, which is where process owners keep texts and settings. */
public final class JobHeaders {

	private JobHeaders() {
	}

	public static String required(ActivatedJob job, String name) {
		String value = job.getCustomHeaders().get(name);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(
					"Task " + job.getElementId() + " of " + job.getBpmnProcessId() + " has no header '" + name + "'");
		}
		return value;
	}

	public static String optional(ActivatedJob job, String name, String fallback) {
		Map<String, String> headers = job.getCustomHeaders();
		String value = headers.get(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
