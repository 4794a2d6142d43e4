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
import jakarta.persistence.Version;
import org.fairflow.portal.quota.BadgeType;

/** A person a unit applies a badge for. */
@Entity
@Table(name = "badge_person")
class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

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

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PersonStatus status = PersonStatus.DRAFT;

	@Column(name = "has_photo", nullable = false)
	private boolean hasPhoto;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.now();

	@Column(name = "case_id")
	private String caseId;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "delivery_method", nullable = false)
	private DeliveryMethod deliveryMethod = DeliveryMethod.DEFAULT;

	@Column(name = "delivery_address_id")
	private Long deliveryAddressId;

	@Column(name = "reused_from")
	private Long reusedFrom;

	@Enumerated(EnumType.STRING)
	@Column(name = "handed_over_by")
	private DeliveryMethod handedOverBy;

	@Version
	private long version;

	protected Person() {
	}

	Person(Long unitId, PersonRules.Checked values) {
		this.unitId = unitId;
		update(values);
	}

	void update(PersonRules.Checked values) {
		this.nationality = values.nationality();
		this.nameZh = values.nameZh();
		this.nameEn = values.nameEn();
		this.gender = values.gender();
		this.documentType = values.documentType();
		this.documentNumber = values.documentNumber();
		this.birthDate = values.birthDate();
		this.mobile = values.mobile();
		this.email = values.email();
		this.jobTitle = values.jobTitle();
		this.badgeType = values.badgeType();
		this.entryFrom = values.entryFrom();
		this.entryTo = values.entryTo();
		this.updatedAt = Instant.now();
	}

	void photoStored() {
		this.hasPhoto = true;
		this.updatedAt = Instant.now();
	}

	void cancel() {
		this.status = PersonStatus.CANCELLED;
		this.updatedAt = Instant.now();
	}

	void submitted(String caseId, PersonStatus firstStatus) {
		this.caseId = caseId;
		this.submittedAt = Instant.now();
		this.status = firstStatus;
		this.updatedAt = this.submittedAt;
	}

	void status(PersonStatus status) {
		this.status = status;
		this.updatedAt = Instant.now();
	}

	void upgradedTo(BadgeType type) {
		this.badgeType = type;
		this.reusedFrom = null;
		this.updatedAt = Instant.now();
	}

	void deliverBy(DeliveryMethod method, Long addressId) {
		this.deliveryMethod = method;
		this.deliveryAddressId = (method == DeliveryMethod.COURIER) ? addressId : null;
		this.updatedAt = Instant.now();
	}

	/** Brought forward as 证件复用 (badge reuse) of this previous holder's badge. */
	void reuses(Long previousHolderId) {
		this.reusedFrom = previousHolderId;
	}

	/** A printed field changed: from now on this is a new application. */
	void dropReuse() {
		this.reusedFrom = null;
		this.updatedAt = Instant.now();
	}

	Long getReusedFrom() {
		return this.reusedFrom;
	}

	/** Whether this reuses a previous badge; public for templates and the process. */
	public boolean isReuse() {
		return this.reusedFrom != null;
	}

	public String getCaseId() {
		return this.caseId;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public DeliveryMethod getDeliveryMethod() {
		return this.deliveryMethod;
	}

	public Long getDeliveryAddressId() {
		return this.deliveryAddressId;
	}

	public Long getId() {
		return this.id;
	}

	Long getUnitId() {
		return this.unitId;
	}

	public String getNationality() {
		return this.nationality;
	}

	public boolean isDomestic() {
		return PersonRules.DOMESTIC.equals(this.nationality);
	}

	/** The nationality as the reader calls it ("中国", "Germany"). */
	public String nationalityName(java.util.Locale locale) {
		return Countries.name(this.nationality, locale);
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public Gender getGender() {
		return this.gender;
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

	public LocalDate getBirthDate() {
		return this.birthDate;
	}

	String getMobile() {
		return this.mobile;
	}

	/** The mobile number as lists show it. */
	public String getMaskedMobile() {
		return maskMobile(this.mobile);
	}

	/** A mobile number as lists and exports show it: the first 3 and last 4 digits. */
	static String maskMobile(String mobile) {
		if (mobile == null || mobile.isEmpty()) {
			return "";
		}
		int n = mobile.length();
		return (n <= 7) ? mobile.charAt(0) + "****"
				: mobile.substring(0, 3) + "*".repeat(n - 7) + mobile.substring(n - 4);
	}

	public String getEmail() {
		return this.email;
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

	/**
	 * The message key of the status as the unit reads it: {@code DELIVERED} means the
	 * badge left production for its hand-over, which is "shipped" for a courier and
	 * "ready for pick-up" at the desk, never "delivered" before anybody has it.
	 */
	public String getStatusKey() {
		if (this.status == PersonStatus.DELIVERED && this.handedOverBy != null) {
			return "status.DELIVERED." + this.handedOverBy.name();
		}
		return "status." + this.status.name();
	}

	public PersonStatus getStatus() {
		return this.status;
	}

	public boolean isHasPhoto() {
		return this.hasPhoto;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
