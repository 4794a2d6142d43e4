package org.fairflow.portal.admin;

import org.fairflow.portal.fair.FairEdition;

/**
 * Text as typed; {@link SettingsAdmin} parses and checks it, so bad input gets a message.
 */
class SettingsForm {

	private String edition;

	private String entryFrom;

	private String entryTo;

	static SettingsForm of(FairEdition current) {
		SettingsForm form = new SettingsForm();
		form.edition = String.valueOf(current.edition());
		form.entryFrom = current.entryFrom().toString();
		form.entryTo = current.entryTo().toString();
		return form;
	}

	public String getEdition() {
		return this.edition;
	}

	public void setEdition(String edition) {
		this.edition = edition;
	}

	public String getEntryFrom() {
		return this.entryFrom;
	}

	public void setEntryFrom(String entryFrom) {
		this.entryFrom = entryFrom;
	}

	public String getEntryTo() {
		return this.entryTo;
	}

	public void setEntryTo(String entryTo) {
		this.entryTo = entryTo;
	}

}
