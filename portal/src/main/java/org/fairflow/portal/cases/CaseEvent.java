package org.fairflow.portal.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a case's history: what happened, when, who, the decision and comment. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false)
	private String caseId;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false)
	private String actor;

	private String step;

	@Column(nullable = false)
	private String event;

	private String decision;

	private String comment;

	/**
	 * What the line names besides decision and comment, e.g. where a reassignment went.
	 */
	private String detail;

	/** The detail on English pages, where it differs (an organisation's English name). */
	@Column(name = "detail_en")
	private String detailEn;

	@Column(name = "dedupe_key", unique = true)
	private String dedupeKey;

	protected CaseEvent() {
	}

	CaseEvent(String caseId, String actor, String step, String event, String decision, String comment,
			String dedupeKey) {
		this.caseId = caseId;
		this.occurredAt = Instant.now();
		this.actor = actor;
		this.step = step;
		this.event = event;
		this.decision = decision;
		this.comment = comment;
		this.dedupeKey = dedupeKey;
	}

	public Long getId() {
		return this.id;
	}

	public String getCaseId() {
		return this.caseId;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public String getStep() {
		return this.step;
	}

	public String getEvent() {
		return this.event;
	}

	public String getDecision() {
		return this.decision;
	}

	public String getComment() {
		return this.comment;
	}

	public String getDetail() {
		return this.detail;
	}

	public String getDetailEn() {
		return this.detailEn;
	}

	/** The detail in the reader's language. */
	public String detail(java.util.Locale locale) {
		return ("en".equals(locale.getLanguage()) && this.detailEn != null) ? this.detailEn : this.detail;
	}

	/**
	 * The codes a detail of codes holds ({@link EventDetail#codes}), for the history
	 * fragment to name through message keys.
	 */
	public java.util.List<String> getDetailCodes() {
		return (this.detail == null) ? java.util.List.of() : java.util.List.of(this.detail.split(","));
	}

	CaseEvent detail(EventDetail detail) {
		if (detail != null) {
			this.detail = detail.text();
			this.detailEn = detail.textEn();
		}
		return this;
	}

}
