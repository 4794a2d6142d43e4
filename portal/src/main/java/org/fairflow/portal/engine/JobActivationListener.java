package org.fairflow.portal.engine;

import io.camunda.client.api.response.ActivatedJob;

/** Told about every job before its handler runs; the case checkpoint is kept this way. */
public interface JobActivationListener {

	void activated(ActivatedJob job);

}
