package org.fairflow.portal.exhibitor;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A unit that registered to exhibit with an invitation code; its inviter audits what it
 * submits (谁邀请谁审核). Columns: Flyway {@code V12_1}.
 */
@Entity
@Table(name = "exhibitor")
public class Exhibitor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "inviter_org_id", nullable = false, updatable = false)
	private Long inviterOrgId;

	@Column(name = "code_id", nullable = false, updatable = false)
	private Long codeId;

	@Enumerated(EnumType.STRING)
	@Column(name = "participation", nullable = false)
	private Participation participation;

	@Column(name = "contact_name", nullable = false)
	private String contactName;

	@Column(name = "contact_title")
	private String contactTitle;

	@Column(name = "contact_mobile", nullable = false)
	private String contactMobile;

	@Column(name = "contact_email", nullable = false)
	private String contactEmail;

	@Column(name = "purposes", nullable = false)
	private String purposes;

	@Column(name = "content", nullable = false)
	private String content;

	@Column(name = "needs", nullable = false)
	private String needs;

	@Column(name = "registered_at", nullable = false, updatable = false)
	private Instant registeredAt;

	@Column(name = "registered_by", nullable = false, updatable = false)
	private String registeredBy;

	protected Exhibitor() {
	}

	Exhibitor(Long unitId, InvitationCode code, ExhibitorRegistration registration, Instant at, String actor) {
		this.unitId = unitId;
		this.inviterOrgId = code.getOrganisationId();
		this.codeId = code.getId();
		this.participation = registration.participation();
		this.contactName = registration.contactName();
		this.contactTitle = registration.contactTitle();
		this.contactMobile = registration.contactMobile();
		this.contactEmail = registration.contactEmail();
		this.purposes = String.join(",", registration.purposes());
		this.content = registration.content();
		this.needs = registration.needs();
		this.registeredAt = at;
		this.registeredBy = actor;
	}

	/** The engine group of the inviter's reviewers, who audit this exhibitor's items. */
	public String auditGroup() {
		return "org:" + this.inviterOrgId;
	}

	/** The engine group of the exhibitor's own accounts (its unit's). */
	public String applicantGroup() {
		return "unit:" + this.unitId;
	}

	public List<String> purposeList() {
		return this.purposes.isEmpty() ? List.of() : Arrays.asList(this.purposes.split(","));
	}

	public Long getId() {
		return this.id;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public Long getInviterOrgId() {
		return this.inviterOrgId;
	}

	public Long getCodeId() {
		return this.codeId;
	}

	public Participation getParticipation() {
		return this.participation;
	}

	public String getContactName() {
		return this.contactName;
	}

	public String getContactTitle() {
		return this.contactTitle;
	}

	public String getContactMobile() {
		return this.contactMobile;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public String getContent() {
		return this.content;
	}

	public String getNeeds() {
		return this.needs;
	}

	public Instant getRegisteredAt() {
		return this.registeredAt;
	}

	public String getRegisteredBy() {
		return this.registeredBy;
	}

}
