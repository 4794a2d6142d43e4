package org.fairflow.portal.quota;

/** One badge type's allocation before and after a change. */
public record AllocationChange(BadgeType type, int from, int to) {

	public boolean lowering() {
		return this.to < this.from;
	}

	public boolean changes() {
		return this.to != this.from;
	}

	/** The message key of the type's name, for templates. */
	public String typeKey() {
		return this.type.messageKey();
	}

}
