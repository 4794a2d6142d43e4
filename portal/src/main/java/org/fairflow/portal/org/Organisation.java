package org.fairflow.portal.org;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A node of the delegation tree. */
@Entity
@Table(name = "organisation")
public class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(name = "name_zh", nullable = false)
	private String nameZh;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrganisationKind kind;

	@Column(name = "parent_id")
	private Long parentId;

	/**
	 * A delegation's registered mobile (11 digits), where unified-payment verification
	 * codes go; null while none is registered.
	 */
	private String mobile;

	/**
	 * Deactivated by the organiser: kept with its history, but nobody joins or reviews
	 * it.
	 */
	@Column(nullable = false)
	private boolean active = true;

	protected Organisation() {
	}

	public Organisation(String code, String nameZh, String nameEn, OrganisationKind kind, Long parentId) {
		this.code = code;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.kind = kind;
		this.parentId = parentId;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public String name(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? this.nameEn : this.nameZh;
	}

	public OrganisationKind getKind() {
		return this.kind;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public String getMobile() {
		return this.mobile;
	}

	public boolean isActive() {
		return this.active;
	}

	void rename(String nameZh, String nameEn) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
	}

	void moveTo(Long parentId) {
		this.parentId = parentId;
	}

	void active(boolean active) {
		this.active = active;
	}

	void registerMobile(String mobile) {
		this.mobile = mobile;
	}

	/** The engine group whose members review for this organisation. */
	public String reviewGroup() {
		return "org:" + this.id;
	}

}
