package org.fairflow.portal.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One audit entry; never changed once written (no setters, {@link Immutable}). */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

	private static final int DETAIL_MAX = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Instant at;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AuditCategory category;

	@Column(nullable = false)
	private String action;

	@Column(nullable = false)
	private String actor;

	private String address;

	private String subject;

	private String detail;

	protected AuditEntry() {
	}

	AuditEntry(Instant at, AuditCategory category, String action, String actor, String address, String subject,
			String detail) {
		this.at = at;
		this.category = category;
		this.action = action;
		this.actor = actor;
		this.address = address;
		this.subject = subject;
		this.detail = (detail != null && detail.length() > DETAIL_MAX) ? detail.substring(0, DETAIL_MAX) : detail;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getAt() {
		return this.at;
	}

	public AuditCategory getCategory() {
		return this.category;
	}

	public String getAction() {
		return this.action;
	}

	public String getActor() {
		return this.actor;
	}

	public String getAddress() {
		return this.address;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getDetail() {
		return this.detail;
	}

}
