package org.fairflow.portal.unified;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A delegation's setting row, made on first use and locked: code requests, code checks
 * and confirmations of one delegation take turns on it, so rate limits, attempt counts
 * and the cap hold under concurrent requests.
 */
@Component
class SettingRows {

	private final UnifiedSettingRepository settings;

	private final Clock clock;

	SettingRows(UnifiedSettingRepository settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	UnifiedSetting lock(Long delegationId, String actor) {
		this.settings.ensure(delegationId, actor, now());
		return this.settings.lock(delegationId).orElseThrow();
	}

	/**
	 * PostgreSQL keeps microseconds; truncating keeps stored and compared times equal.
	 */
	Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
