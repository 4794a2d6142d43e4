package org.fairflow.portal.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.fairflow.portal.audit.AuditCategory;
import org.fairflow.portal.audit.AuditTrail;
import org.fairflow.portal.fair.FairEdition;
import org.fairflow.portal.fair.FairSettings;
import org.fairflow.portal.security.PortalUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser changes the edition and its entry dates. The edition never goes back
 * (earlier holders would count as this edition's); dates apply to persons entered or
 * brought forward from now on, those already entered keep theirs.
 */
@Service
@Transactional(readOnly = true)
class SettingsAdmin {

	private final FairSettings fair;

	private final AuditTrail audit;

	SettingsAdmin(FairSettings fair, AuditTrail audit) {
		this.fair = fair;
		this.audit = audit;
	}

	/** The change a form asks for, checked; nothing is stored. */
	Change check(SettingsForm form) {
		FairEdition current = this.fair.current();
		int edition = edition(form.getEdition());
		LocalDate from = date(form.getEntryFrom(), "admin.settings.entryFrom.invalid");
		LocalDate to = date(form.getEntryTo(), "admin.settings.entryTo.invalid");
		if (edition < current.edition()) {
			throw new AdminException("admin.settings.edition.lower", current.edition());
		}
		if (from.isAfter(to)) {
			throw new AdminException("admin.settings.dates.reversed");
		}
		if (edition == current.edition() && from.equals(current.entryFrom()) && to.equals(current.entryTo())) {
			throw new AdminException("admin.settings.unchanged");
		}
		return new Change(current, edition, from, to);
	}

	@Transactional
	Change change(SettingsForm form) {
		PortalUser organiser = OrganiserCheck.require();
		Change change = check(form);
		FairEdition before = change.current();
		this.fair.change(change.edition(), change.entryFrom(), change.entryTo(), organiser.getUsername());
		this.audit.record(AuditCategory.ADMINISTRATION, "settings.changed", "fair-settings",
				"edition " + before.edition() + " -> " + change.edition() + "; entry " + before.entryFrom() + ".."
						+ before.entryTo() + " -> " + change.entryFrom() + ".." + change.entryTo());
		return change;
	}

	private static int edition(String value) {
		try {
			int edition = Integer.parseInt((value == null) ? "" : value.strip());
			if (edition <= 0) {
				throw new AdminException("admin.settings.edition.invalid");
			}
			return edition;
		}
		catch (NumberFormatException ex) {
			throw new AdminException("admin.settings.edition.invalid");
		}
	}

	private static LocalDate date(String value, String key) {
		try {
			return LocalDate.parse((value == null) ? "" : value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new AdminException(key);
		}
	}

	record Change(FairEdition current, int edition, LocalDate entryFrom, LocalDate entryTo) {

		public boolean newEdition() {
			return this.edition != this.current.edition();
		}

		public boolean newDates() {
			return !this.entryFrom.equals(this.current.entryFrom()) || !this.entryTo.equals(this.current.entryTo());
		}

	}

}
