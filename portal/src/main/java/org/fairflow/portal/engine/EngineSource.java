package org.fairflow.portal.engine;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;

/** Makes the embedded engines, one for each generation of {@link RecyclableEngine}. */
@FunctionalInterface
interface EngineSource {

	/** A new engine, not started, listening on {@code port} once started. */
	ZeebeTestEngine create(int port);

	/** The engine has stopped: frees what it held outside the heap. */
	default void stopped(ZeebeTestEngine engine) {
	}

}
