package org.fairflow.portal.unit;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "unit")
class Unit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "credit_code", nullable = false, unique = true)
	private String creditCode;

	@Column(name = "name_zh", nullable = false)
	private String nameZh;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(nullable = false)
	private String address;

	@Column(name = "contact_name", nullable = false)
	private String contactName;

	@Column(name = "contact_mobile", nullable = false)
	private String contactMobile;

	@Column(name = "contact_email", nullable = false)
	private String contactEmail;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private UnitCategory category;

	@Column(name = "organisation_id", nullable = false)
	private Long organisationId;

	@Column(name = "recommendation_code")
	private String recommendationCode;

	@Column(name = "product_areas", nullable = false)
	private String productAreas;

	@Column(name = "planned_import_amount")
	private BigDecimal plannedImportAmount;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private UnitStatus status = UnitStatus.SUBMITTED;

	@Column(name = "case_id")
	private String caseId;

	/**
	 * The contact's language, {@code zh} or {@code en}: its notifications are sent in it.
	 */
	@Column(nullable = false)
	private String language = Language.CHINESE;

	@Column(nullable = false)
	private int edition;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	protected Unit() {
	}

	Unit(String creditCode, UnitCategory category, int edition) {
		this.creditCode = creditCode;
		this.category = category;
		this.edition = edition;
	}

	/**
	 * Copies a unit's details; the credit code and category change by {@link #recode}.
	 */
	void update(UnitDetailsForm form) {
		this.nameZh = form.getNameZh().strip();
		this.nameEn = form.getNameEn().strip();
		this.address = form.getAddress().strip();
		this.contactName = form.getContactName().strip();
		this.contactMobile = form.getContactMobile().strip();
		this.contactEmail = form.getContactEmail().strip();
		this.organisationId = form.getOrganisationId();
		this.recommendationCode = (form.getRecommendationCode() == null || form.getRecommendationCode().isBlank())
				? null : form.getRecommendationCode().strip();
		this.productAreas = String.join(",", form.getProductAreas());
		this.plannedImportAmount = form.getPlannedImportAmount();
		this.updatedAt = Instant.now();
	}

	/**
	 * A returned unit corrected its credit code or category (checked by the caller
	 * against each other and against the other units).
	 */
	void recode(String creditCode, UnitCategory category) {
		this.creditCode = creditCode;
		this.category = category;
		this.updatedAt = Instant.now();
	}

	void status(UnitStatus status) {
		this.status = status;
		this.updatedAt = Instant.now();
	}

	public String getLanguage() {
		return this.language;
	}

	void language(String language) {
		this.language = Language.of(language);
	}

	void caseId(String caseId) {
		this.caseId = caseId;
	}

	void moveTo(Long organisationId) {
		this.organisationId = organisationId;
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return this.id;
	}

	public String getCreditCode() {
		return this.creditCode;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public String getAddress() {
		return this.address;
	}

	public String getContactName() {
		return this.contactName;
	}

	public String getContactMobile() {
		return this.contactMobile;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public UnitCategory getCategory() {
		return this.category;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public String getRecommendationCode() {
		return this.recommendationCode;
	}

	public String getProductAreas() {
		return this.productAreas;
	}

	public BigDecimal getPlannedImportAmount() {
		return this.plannedImportAmount;
	}

	public UnitStatus getStatus() {
		return this.status;
	}

	public String getCaseId() {
		return this.caseId;
	}

	public int getEdition() {
		return this.edition;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Long getUnitId() {
		return this.id;
	}

	/** The number in the E.164 form SMS providers need. */
	String contactMobileE164() {
		return MobileNumbers.e164(this.contactMobile);
	}

}
