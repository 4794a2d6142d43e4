package org.fairflow.portal.unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a unit states about itself and may correct after a return. */
public class UnitDetailsForm {

	@NotBlank(message = "{unit.nameZh.required}")
	@Size(max = 100, message = "{unit.nameZh.size}")
	private String nameZh;

	@NotBlank(message = "{unit.nameEn.required}")
	@Size(max = 200, message = "{unit.nameEn.size}")
	private String nameEn;

	@NotBlank(message = "{unit.address.required}")
	@Size(max = 300, message = "{unit.address.size}")
	private String address;

	@NotBlank(message = "{unit.contactName.required}")
	@Size(max = 60, message = "{unit.contactName.size}")
	private String contactName;

	@NotBlank(message = "{unit.contactMobile.required}")
	@Pattern(regexp = "^(\\+86)?1[3-9]\\d{9}$", message = "{unit.contactMobile.pattern}")
	private String contactMobile;

	@NotBlank(message = "{unit.contactEmail.required}")
	@Email(message = "{unit.contactEmail.pattern}")
	@Size(max = 120, message = "{unit.contactEmail.pattern}")
	private String contactEmail;

	@NotNull(message = "{unit.organisation.required}")
	private Long organisationId;

	@Pattern(regexp = "^$|^[A-Za-z0-9]{4,20}$", message = "{unit.recommendationCode.pattern}")
	private String recommendationCode;

	@NotEmpty(message = "{unit.productAreas.required}")
	private List<@Pattern(regexp = "[A-Z_]{2,30}") String> productAreas = new ArrayList<>();

	@DecimalMin(value = "0", message = "{unit.amount.range}")
	@DecimalMax(value = "1000000000", message = "{unit.amount.range}")
	@Digits(integer = 10, fraction = 2, message = "{unit.amount.range}")
	private BigDecimal plannedImportAmount;

	static UnitDetailsForm of(Unit unit) {
		UnitDetailsForm form = new UnitDetailsForm();
		form.copy(unit);
		return form;
	}

	void copy(Unit unit) {
		this.nameZh = unit.getNameZh();
		this.nameEn = unit.getNameEn();
		this.address = unit.getAddress();
		this.contactName = unit.getContactName();
		this.contactMobile = unit.getContactMobile();
		this.contactEmail = unit.getContactEmail();
		this.organisationId = unit.getOrganisationId();
		this.recommendationCode = unit.getRecommendationCode();
		this.productAreas = new ArrayList<>(List.of(unit.getProductAreas().split(",")));
		this.plannedImportAmount = unit.getPlannedImportAmount();
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactMobile() {
		return this.contactMobile;
	}

	public void setContactMobile(String contactMobile) {
		this.contactMobile = contactMobile;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
	}

	public String getRecommendationCode() {
		return this.recommendationCode;
	}

	public void setRecommendationCode(String recommendationCode) {
		this.recommendationCode = recommendationCode;
	}

	public List<String> getProductAreas() {
		return this.productAreas;
	}

	public void setProductAreas(List<String> productAreas) {
		this.productAreas = productAreas;
	}

	public BigDecimal getPlannedImportAmount() {
		return this.plannedImportAmount;
	}

	public void setPlannedImportAmount(BigDecimal plannedImportAmount) {
		this.plannedImportAmount = plannedImportAmount;
	}

}
