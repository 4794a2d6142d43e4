package org.fairflow.processes;

/** How much a finding weighs. */
public enum Severity {

	/** The portal cannot work with the model: publishing is refused. */
	ERROR,
	/** Probably a mistake: published only after the owner saw it. */
	WARNING

}
