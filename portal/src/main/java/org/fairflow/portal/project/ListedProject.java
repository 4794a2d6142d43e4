package org.fairflow.portal.project;

/** A project the public sees: listed by its exhibitor, live, not forced off. */
public record ListedProject(long projectId, String number, long exhibitorId, ProjectContent content) {
}
