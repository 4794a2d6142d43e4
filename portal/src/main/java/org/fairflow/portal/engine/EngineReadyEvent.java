package org.fairflow.portal.engine;

/** Published once the models are deployed, before the job workers open. */
public record EngineReadyEvent(String epoch) {
}
