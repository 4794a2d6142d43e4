package org.fairflow.portal.unit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The fair's current edition, which new units register for. The one place that reads it,
 * so that it can later come from the fair's settings instead of the configuration.
 */
@Component
public class CurrentEdition {

	private final int edition;

	CurrentEdition(@Value("${fairflow.fair.edition}") int edition) {
		this.edition = edition;
	}

	public int value() {
		return this.edition;
	}

}
