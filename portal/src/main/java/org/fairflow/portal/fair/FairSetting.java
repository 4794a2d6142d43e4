package org.fairflow.portal.fair;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One version of the fair's settings; never changed, a change adds a row. */
@Entity
@Immutable
@Table(name = "fair_setting")
class FairSetting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private int edition;

	@Column(name = "entry_from", nullable = false)
	private LocalDate entryFrom;

	@Column(name = "entry_to", nullable = false)
	private LocalDate entryTo;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Column(name = "changed_by", nullable = false)
	private String changedBy;

	protected FairSetting() {
	}

	FairSetting(int edition, LocalDate entryFrom, LocalDate entryTo, Instant changedAt, String changedBy) {
		this.edition = edition;
		this.entryFrom = entryFrom;
		this.entryTo = entryTo;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
	}

	FairEdition view() {
		return new FairEdition(this.edition, this.entryFrom, this.entryTo, this.changedAt, this.changedBy);
	}

}
