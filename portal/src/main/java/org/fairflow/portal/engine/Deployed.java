package org.fairflow.portal.engine;

/**
 * What the engine made of one deployed resource.
 *
 * @param resourceId the process, decision or form id
 * @param version the version the engine gave it
 * @param versionTag the model's own version tag, if it has one
 * @param key the engine's key of this version (process definition, decision or form key)
 */
record Deployed(String resourceId, Integer version, String versionTag, long key) {
}
