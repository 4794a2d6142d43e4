package org.fairflow.portal.badge;

import java.time.LocalDate;

import org.fairflow.portal.fair.FairSettings;

import org.springframework.stereotype.Component;

/**
 * This edition's entry dates, as the organiser set them ({@link FairSettings}). A person
 * brought forward from an earlier edition takes these, never the dates that edition
 * printed: an old card's dates would let nobody in this year.
 */
@Component
class FairDates {

	private final FairSettings fair;

	FairDates(FairSettings fair) {
		this.fair = fair;
	}

	LocalDate from() {
		return this.fair.current().entryFrom();
	}

	LocalDate to() {
		return this.fair.current().entryTo();
	}

	/** The form with this edition's dates in place of whatever it carried. */
	PersonForm applyTo(PersonForm form) {
		form.setEntryFrom(from().toString());
		form.setEntryTo(to().toString());
		return form;
	}

}
