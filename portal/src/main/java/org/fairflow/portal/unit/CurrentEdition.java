package org.fairflow.portal.unit;

import org.fairflow.portal.fair.FairSettings;

import org.springframework.stereotype.Component;

/**
 * The fair's current edition, which new units register for: the organiser's fair settings
 * (changed during a season on /admin/settings), read at each registration.
 */
@Component
public class CurrentEdition {

	private final FairSettings settings;

	CurrentEdition(FairSettings settings) {
		this.settings = settings;
	}

	public int value() {
		return this.settings.current().edition();
	}

}
