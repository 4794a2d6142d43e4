package org.fairflow.portal.fair;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The edition and entry dates in force: the newest stored row, or until one is stored the
 * values of {@code fairflow.fair.*} in application.yaml (which seed the first row at
 * start-up). The callers check who may change them (the admin module: the organiser).
 */
@Service
@Transactional(readOnly = true)
public class FairSettings {

	static final String SEEDED_BY = "application.yaml";

	private final FairSettingRepository settings;

	private final FairEdition configured;

	FairSettings(FairSettingRepository settings, @Value("${fairflow.fair.edition}") int edition,
			@Value("${fairflow.fair.entry-from}") LocalDate entryFrom,
			@Value("${fairflow.fair.entry-to}") LocalDate entryTo) {
		if (entryFrom.isAfter(entryTo)) {
			throw new IllegalStateException("fairflow.fair.entry-from " + entryFrom + " is after entry-to " + entryTo);
		}
		this.settings = settings;
		this.configured = new FairEdition(edition, entryFrom, entryTo, null, SEEDED_BY);
	}

	public FairEdition current() {
		return this.settings.findFirstByOrderByIdDesc().map(FairSetting::view).orElse(this.configured);
	}

	/** The stored versions, newest first (the last 50). */
	public List<FairEdition> history() {
		return this.settings.findTop50ByOrderByIdDesc().stream().map(FairSetting::view).toList();
	}

	/**
	 * Stores new settings in force from now.
	 * @throws IllegalArgumentException when the dates are reversed or the edition is not
	 * positive (the callers check that first, to say so)
	 */
	@Transactional
	public FairEdition change(int edition, LocalDate entryFrom, LocalDate entryTo, String changedBy) {
		if (edition <= 0 || entryFrom == null || entryTo == null || entryFrom.isAfter(entryTo)) {
			throw new IllegalArgumentException("Invalid fair settings");
		}
		return this.settings.saveAndFlush(new FairSetting(edition, entryFrom, entryTo, Instant.now(), changedBy))
			.view();
	}

	@EventListener(ApplicationStartedEvent.class)
	@Transactional
	void seed() {
		if (this.settings.count() == 0) {
			this.settings.save(new FairSetting(this.configured.edition(), this.configured.entryFrom(),
					this.configured.entryTo(), Instant.now(), SEEDED_BY));
		}
	}

}
