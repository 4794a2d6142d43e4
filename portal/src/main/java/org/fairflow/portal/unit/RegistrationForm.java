package org.fairflow.portal.unit;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.fairflow.portal.security.NewPassword;
import org.fairflow.portal.security.StrongPassword;

/**
 * Registration: the unit's details plus what is fixed for good (code, category) and the
 * login, whose password follows the password policy.
 */
@StrongPassword
public class RegistrationForm extends UnitDetailsForm implements NewPassword {

	@ValidCreditCode
	private String creditCode;

	@NotNull(message = "{unit.category.required}")
	private UnitCategory category;

	private String password;

	private String passwordConfirm;

	@AssertTrue(message = "{unit.password.mismatch}")
	public boolean isPasswordConfirmed() {
		return this.password != null && this.password.equals(this.passwordConfirm);
	}

	/** The credit code is the unit's login. */
	@Override
	public String login() {
		return this.creditCode;
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

	@Override
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
