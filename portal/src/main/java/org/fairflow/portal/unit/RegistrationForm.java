package org.fairflow.portal.unit;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Registration: the unit's details plus what is fixed for good (code, category) and the
 * login.
 */
public class RegistrationForm extends UnitDetailsForm {

	@ValidCreditCode
	private String creditCode;

	@NotNull(message = "{unit.category.required}")
	private UnitCategory category;

	@Size(min = 8, max = 64, message = "{unit.password.size}")
	private String password;

	private String passwordConfirm;

	@AssertTrue(message = "{unit.password.mismatch}")
	public boolean isPasswordConfirmed() {
		return this.password != null && this.password.equals(this.passwordConfirm);
	}

	public String getCreditCode() {
		return this.creditCode;
	}

	public void setCreditCode(String creditCode) {
		this.creditCode = creditCode;
	}

	public UnitCategory getCategory() {
		return this.category;
	}

	public void setCategory(UnitCategory category) {
		this.category = category;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getPasswordConfirm() {
		return this.passwordConfirm;
	}

	public void setPasswordConfirm(String passwordConfirm) {
		this.passwordConfirm = passwordConfirm;
	}

}
