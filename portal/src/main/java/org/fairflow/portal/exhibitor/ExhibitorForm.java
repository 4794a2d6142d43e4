package org.fairflow.portal.exhibitor;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.fairflow.portal.unit.MobileNumbers;

/**
 * The exhibition details a unit submits with its invitation code (提交参展信息), checked field
 * by field; the code itself is checked by {@link Exhibitors#register}.
 */
class ExhibitorForm {

	@NotNull(message = "{exhibitor.participation.required}")
	private Participation participation;

	@NotBlank(message = "{exhibitor.code.required}")
	@Size(max = 40, message = "{invitation.unknown}")
	private String code;

	@NotBlank(message = "{exhibitor.contactName.required}")
	@Size(max = 20, message = "{exhibitor.contactName.size}")
	private String contactName;

	@NotBlank(message = "{exhibitor.contactTitle.required}")
	@Size(max = 40, message = "{exhibitor.contactTitle.size}")
	private String contactTitle;

	/**
	 * A mainland mobile (11 digits, {@code +86} optional) or an international number with
	 * its country code ({@code +} and 7 to 15 digits): what {@link MobileNumbers#e164}
	 * turns into E.164.
	 */
	@NotBlank(message = "{exhibitor.contactMobile.required}")
	@Pattern(regexp = "^$|^(\\+86)?1[3-9]\\d{9}$|^\\+(?!86)[1-9]\\d{6,14}$",
			message = "{exhibitor.contactMobile.pattern}")
	private String contactMobile;

	@NotBlank(message = "{exhibitor.contactEmail.required}")
	@Email(message = "{exhibitor.contactEmail.pattern}")
	@Size(max = 50, message = "{exhibitor.contactEmail.size}")
	private String contactEmail;

	@NotEmpty(message = "{exhibitor.purposes.required}")
	private List<ExhibitPurpose> purposes = new ArrayList<>();

	@NotBlank(message = "{exhibitor.content.required}")
	@Size(max = 500, message = "{exhibitor.content.size}")
	private String content;

	@NotBlank(message = "{exhibitor.needs.required}")
	@Size(max = 500, message = "{exhibitor.needs.size}")
	private String needs;

	ExhibitorRegistration registration() {
		return new ExhibitorRegistration(this.code, this.participation, this.contactName.strip(),
				this.contactTitle.strip(), MobileNumbers.e164(this.contactMobile), this.contactEmail.strip(),
				this.purposes.stream().distinct().map(Enum::name).toList(), this.content.strip(), this.needs.strip());
	}

	public Participation getParticipation() {
		return this.participation;
	}

	public void setParticipation(Participation participation) {
		this.participation = participation;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactTitle() {
		return this.contactTitle;
	}

	public void setContactTitle(String contactTitle) {
		this.contactTitle = contactTitle;
	}

	public String getContactMobile() {
		return this.contactMobile;
	}

	/** Spaces and dashes people type between the digits are dropped. */
	public void setContactMobile(String contactMobile) {
		this.contactMobile = (contactMobile == null) ? null : contactMobile.replaceAll("[\\s\\-]", "");
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = (contactEmail == null) ? null : contactEmail.strip();
	}

	public List<ExhibitPurpose> getPurposes() {
		return this.purposes;
	}

	public void setPurposes(List<ExhibitPurpose> purposes) {
		this.purposes = (purposes == null) ? new ArrayList<>() : purposes;
	}

	public String getContent() {
		return this.content;
	}

	public void setContent(String content) {
		this.content = content;
	}

	public String getNeeds() {
		return this.needs;
	}

	public void setNeeds(String needs) {
		this.needs = needs;
	}

}
