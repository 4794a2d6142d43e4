package org.fairflow.portal.production;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A printed badge: what was printed on it (a snapshot) and whether it is still valid.
 */
@Entity
@Table(name = "produced_badge")
class ProducedBadge {

	enum Status {

		VALID, VOID

	}

	@Id
	private String id;

	@Column(name = "case_id", nullable = false)
	private String caseId;

	@Column(name = "round_no", nullable = false)
	private int round;

	@Column(name = "person_id", nullable = false)
	private Long personId;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "name_zh", nullable = false)
	private String nameZh;

	@Column(name = "name_en")
	private String nameEn;

	@Column(name = "unit_name", nullable = false)
	private String unitName;

	@Column(name = "badge_type", nullable = false)
	private String badgeType;

	@Column(name = "job_title")
	private String jobTitle;

	@Column(name = "entry_from", nullable = false)
	private LocalDate entryFrom;

	@Column(name = "entry_to", nullable = false)
	private LocalDate entryTo;

	@Column(nullable = false)
	private boolean reused;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.VALID;

	@Column(name = "produced_at", nullable = false)
	private Instant producedAt = Instant.now();

	@Column(name = "voided_at")
	private Instant voidedAt;

	protected ProducedBadge() {
	}

	ProducedBadge(String id, ProductionOrder order) {
		this.id = id;
		this.caseId = order.caseId();
		this.round = order.round();
		this.personId = order.personId();
		this.unitId = order.unitId();
		this.nameZh = order.nameZh();
		this.nameEn = order.nameEn();
		this.unitName = order.unitName();
		this.badgeType = order.badgeType();
		this.jobTitle = order.jobTitle();
		this.entryFrom = order.entryFrom();
		this.entryTo = order.entryTo();
		this.reused = order.reused();
	}

	/** Voids the badge; a second call keeps the first time. */
	boolean voidIt() {
		if (this.status == Status.VOID) {
			return false;
		}
		this.status = Status.VOID;
		this.voidedAt = Instant.now();
		return true;
	}

	public boolean isValid() {
		return this.status == Status.VALID;
	}

	public String getId() {
		return this.id;
	}

	public String getCaseId() {
		return this.caseId;
	}

	public int getRound() {
		return this.round;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public String getUnitName() {
		return this.unitName;
	}

	public String getBadgeType() {
		return this.badgeType;
	}

	public String getJobTitle() {
		return this.jobTitle;
	}

	public LocalDate getEntryFrom() {
		return this.entryFrom;
	}

	public LocalDate getEntryTo() {
		return this.entryTo;
	}

	public boolean isReused() {
		return this.reused;
	}

	public Status getStatus() {
		return this.status;
	}

	public Instant getProducedAt() {
		return this.producedAt;
	}

	public Instant getVoidedAt() {
		return this.voidedAt;
	}

}
