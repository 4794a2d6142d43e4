package org.fairflow.portal.badge;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.fairflow.portal.quota.BadgeType;
import org.hibernate.annotations.Immutable;

/**
 * A badge holder of a previous edition as that edition printed it; read-only here, it is
 * the yardstick a reused badge must match.
 */
@Entity
@Immutable
@Table(name = "badge_previous_holder")
class PreviousHolder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private int edition;

	@Column(name = "credit_code", nullable = false)
	private String creditCode;

	@Column(name = "organisation_code", nullable = false)
	private String organisationCode;

	@Column(nullable = false)
	private String nationality;

	@Column(name = "name_zh", nullable = false)
	private String nameZh;

	@Column(name = "name_en")
	private String nameEn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Gender gender;

	@Enumerated(EnumType.STRING)
	@Column(name = "document_type", nullable = false)
	private DocumentType documentType;

	@Column(name = "document_number", nullable = false)
	private String documentNumber;

	@Column(name = "birth_date", nullable = false)
	private LocalDate birthDate;

	private String mobile;

	private String email;

	@Column(name = "job_title", nullable = false)
	private String jobTitle;

	@Enumerated(EnumType.STRING)
	@Column(name = "badge_type", nullable = false)
	private BadgeType badgeType;

	@Column(name = "entry_from", nullable = false)
	private LocalDate entryFrom;

	@Column(name = "entry_to", nullable = false)
	private LocalDate entryTo;

	@Column(name = "badge_number", nullable = false)
	private String badgeNumber;

	@Column(name = "review_passed", nullable = false)
	private boolean reviewPassed;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	protected PreviousHolder() {
	}

	PreviousHolder(PreviousHolderArchive.Entry e) {
		this.edition = e.edition();
		this.creditCode = e.creditCode();
		this.organisationCode = e.organisationCode();
		this.nationality = e.nationality();
		this.nameZh = e.nameZh();
		this.nameEn = e.nameEn();
		this.gender = e.gender();
		this.documentType = e.documentType();
		this.documentNumber = e.documentNumber();
		this.birthDate = e.birthDate();
		this.mobile = e.mobile();
		this.email = e.email();
		this.jobTitle = e.jobTitle();
		this.badgeType = e.badgeType();
		this.entryFrom = e.entryFrom();
		this.entryTo = e.entryTo();
		this.badgeNumber = e.badgeNumber();
		this.reviewPassed = e.reviewPassed();
	}

	/**
	 * The holder's data as a form, so it goes through this edition's checks. The entry
	 * dates are left out: they were that edition's (see {@link FairDates}).
	 */
	PersonForm toForm() {
		PersonForm form = new PersonForm();
		form.setNationality(this.nationality);
		form.setNameZh(this.nameZh);
		form.setNameEn(this.nameEn);
		form.setGender(this.gender.name());
		form.setDocumentType(this.documentType.name());
		form.setDocumentNumber(this.documentNumber);
		form.setBirthDate(this.birthDate.toString());
		form.setMobile(this.mobile);
		form.setEmail(this.email);
		form.setJobTitle(this.jobTitle);
		form.setBadgeType(this.badgeType.name());
		return form;
	}

	public Long getId() {
		return this.id;
	}

	public int getEdition() {
		return this.edition;
	}

	String getCreditCode() {
		return this.creditCode;
	}

	public String getOrganisationCode() {
		return this.organisationCode;
	}

	public String getNationality() {
		return this.nationality;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public DocumentType getDocumentType() {
		return this.documentType;
	}

	String getDocumentNumber() {
		return this.documentNumber;
	}

	/** The document number as lists show it. */
	public String getMaskedDocumentNumber() {
		return PersonRules.mask(this.documentNumber);
	}

	/** The mobile number as lists show it (the same masking as a person's). */
	public String getMaskedMobile() {
		if (this.mobile == null || this.mobile.isEmpty()) {
			return "";
		}
		int n = this.mobile.length();
		return (n <= 7) ? this.mobile.charAt(0) + "****"
				: this.mobile.substring(0, 3) + "*".repeat(n - 7) + this.mobile.substring(n - 4);
	}

	public String getJobTitle() {
		return this.jobTitle;
	}

	public BadgeType getBadgeType() {
		return this.badgeType;
	}

	public LocalDate getEntryFrom() {
		return this.entryFrom;
	}

	public LocalDate getEntryTo() {
		return this.entryTo;
	}

	public String getBadgeNumber() {
		return this.badgeNumber;
	}

	public boolean isReviewPassed() {
		return this.reviewPassed;
	}

}
