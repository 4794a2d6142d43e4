package org.fairflow.portal.booth;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A saved content of a booth; never changed once written. Columns: Flyway V12_20. */
@Entity
@Table(name = "booth_revision")
@org.hibernate.annotations.Immutable
class BoothRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "booth_id", nullable = false)
	private Long boothId;

	@Column(nullable = false)
	private String name;

	@Column(name = "name_key", nullable = false)
	private String nameKey;

	@Column(name = "logo_media_id", nullable = false)
	private Long logoMediaId;

	private String website;

	@Column(nullable = false)
	private String introduction;

	@Column(name = "main_business", nullable = false)
	private String mainBusiness;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ExhibitionZone zone;

	@Column(name = "booth_number")
	private String boothNumber;

	@Column(name = "contact_name", nullable = false)
	private String contactName;

	@Column(name = "contact_phone", nullable = false)
	private String contactPhone;

	@Column(name = "contact_email", nullable = false)
	private String contactEmail;

	@Column(name = "show_contact", nullable = false)
	private boolean showContact;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	protected BoothRevision() {
	}

	BoothRevision(Long boothId, BoothForm.Checked c, Long logoMediaId, String actor) {
		this.boothId = boothId;
		this.name = c.name();
		this.nameKey = c.name().toLowerCase(Locale.ROOT);
		this.logoMediaId = logoMediaId;
		this.website = c.website();
		this.introduction = c.introduction();
		this.mainBusiness = c.mainBusiness();
		this.zone = c.zone();
		this.boothNumber = c.boothNumber();
		this.contactName = c.contactName();
		this.contactPhone = c.contactPhone();
		this.contactEmail = c.contactEmail();
		this.showContact = c.showContact();
		this.createdAt = Instant.now();
		this.createdBy = actor;
	}

	Long getId() {
		return this.id;
	}

	Long getBoothId() {
		return this.boothId;
	}

	String getName() {
		return this.name;
	}

	Long getLogoMediaId() {
		return this.logoMediaId;
	}

	String getWebsite() {
		return this.website;
	}

	String getIntroduction() {
		return this.introduction;
	}

	String getMainBusiness() {
		return this.mainBusiness;
	}

	ExhibitionZone getZone() {
		return this.zone;
	}

	String getBoothNumber() {
		return this.boothNumber;
	}

	String getContactName() {
		return this.contactName;
	}

	String getContactPhone() {
		return this.contactPhone;
	}

	String getContactEmail() {
		return this.contactEmail;
	}

	boolean isShowContact() {
		return this.showContact;
	}

}
