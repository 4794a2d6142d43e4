package org.fairflow.portal.badge;

import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This edition's entry dates (fairflow.fair.entry-from / entry-to). A person brought
 * forward from an earlier edition takes these, never the dates that edition printed: an
 * old card's dates would let nobody in this year.
 */
@Component
class FairDates {

	private final LocalDate from;

	private final LocalDate to;

	FairDates(@Value("${fairflow.fair.entry-from}") LocalDate from, @Value("${fairflow.fair.entry-to}") LocalDate to) {
		if (from.isAfter(to)) {
			throw new IllegalStateException("fairflow.fair.entry-from " + from + " is after entry-to " + to);
		}
		this.from = from;
		this.to = to;
	}

	LocalDate from() {
		return this.from;
	}

	LocalDate to() {
		return this.to;
	}

	/** The form with this edition's dates in place of whatever it carried. */
	PersonForm applyTo(PersonForm form) {
		form.setEntryFrom(this.from.toString());
		form.setEntryTo(this.to.toString());
		return form;
	}

}
