package org.fairflow.portal.badge;

/**
 * A person as typed in the form or a CSV row: every field is text, checked by
 * {@link PersonRules} so that a wrong value gets the form's own message, never a
 * conversion error.
 */
public class PersonForm {

	private String nationality = "CN";

	private String nameZh;

	private String nameEn;

	private String gender;

	private String documentType;

	private String documentNumber;

	private String birthDate;

	private String mobile;

	private String email;

	private String jobTitle;

	private String badgeType;

	private String entryFrom;

	private String entryTo;

	static PersonForm of(Person person) {
		PersonForm form = new PersonForm();
		form.nationality = person.getNationality();
		form.nameZh = person.getNameZh();
		form.nameEn = person.getNameEn();
		form.gender = person.getGender().name();
		form.documentType = person.getDocumentType().name();
		form.documentNumber = person.getDocumentNumber();
		form.birthDate = person.getBirthDate().toString();
		form.mobile = person.getMobile();
		form.email = person.getEmail();
		form.jobTitle = person.getJobTitle();
		form.badgeType = person.getBadgeType().name();
		form.entryFrom = person.getEntryFrom().toString();
		form.entryTo = person.getEntryTo().toString();
		return form;
	}

	public String getNationality() {
		return this.nationality;
	}

	public void setNationality(String nationality) {
		this.nationality = nationality;
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

	public String getGender() {
		return this.gender;
	}

	public void setGender(String gender) {
		this.gender = gender;
	}

	public String getDocumentType() {
		return this.documentType;
	}

	public void setDocumentType(String documentType) {
		this.documentType = documentType;
	}

	public String getDocumentNumber() {
		return this.documentNumber;
	}

	public void setDocumentNumber(String documentNumber) {
		this.documentNumber = documentNumber;
	}

	public String getBirthDate() {
		return this.birthDate;
	}

	public void setBirthDate(String birthDate) {
		this.birthDate = birthDate;
	}

	public String getMobile() {
		return this.mobile;
	}

	public void setMobile(String mobile) {
		this.mobile = mobile;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getJobTitle() {
		return this.jobTitle;
	}

	public void setJobTitle(String jobTitle) {
		this.jobTitle = jobTitle;
	}

	public String getBadgeType() {
		return this.badgeType;
	}

	public void setBadgeType(String badgeType) {
		this.badgeType = badgeType;
	}

	public String getEntryFrom() {
		return this.entryFrom;
	}

	public void setEntryFrom(String entryFrom) {
		this.entryFrom = entryFrom;
	}

	public String getEntryTo() {
		return this.entryTo;
	}

	public void setEntryTo(String entryTo) {
		this.entryTo = entryTo;
	}

}
