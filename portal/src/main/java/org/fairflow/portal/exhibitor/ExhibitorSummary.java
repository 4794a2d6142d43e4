package org.fairflow.portal.exhibitor;

import java.time.Instant;
import java.util.Locale;

/** An exhibitor as other modules list it: which unit, how it takes part, since when. */
public record ExhibitorSummary(Long id, Long unitId, String unitName, String unitNameEn, Participation participation,
		Instant registeredAt) {

	/** The unit's name in the reader's language. */
	public String name(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? this.unitNameEn : this.unitName;
	}

}
