package org.fairflow.portal.org;

/**
 * Who reviews a unit that joined an organisation: its sub-delegation first (none when the
 * unit sits directly under a delegation), then its delegation.
 */
public record ReviewChain(Organisation first, Organisation second) {

	public String firstGroup() {
		return (this.first != null) ? this.first.reviewGroup() : null;
	}

	public String secondGroup() {
		return this.second.reviewGroup();
	}

}
