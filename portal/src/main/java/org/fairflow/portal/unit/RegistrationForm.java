package org.fairflow.portal.unit;

import jakarta.validation.constraints.AssertTrue;
import org.fairflow.portal.security.NewPassword;
import org.fairflow.portal.security.StrongPassword;

/**
 * Registration: the unit's details, code and category, and the login, whose password
 * follows the password policy.
 */
@StrongPassword
public class RegistrationForm extends CodedUnitForm implements NewPassword {

	private String password;

	private String passwordConfirm;

	@AssertTrue(message = "{unit.password.mismatch}")
	public boolean isPasswordConfirmed() {
		return this.password != null && this.password.equals(this.passwordConfirm);
	}

	/** The credit code is the unit's login. */
	@Override
	public String login() {
		return getCreditCode();
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
