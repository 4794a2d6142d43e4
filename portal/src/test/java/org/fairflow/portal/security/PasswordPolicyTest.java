package org.fairflow.portal.security;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A unit's password: 12-64 characters, not containing its login, not a common one. */
class PasswordPolicyTest {

	private static final String CODE = "91310115MA1K4ABCDD";

	@Test
	void aLongUncommonPasswordWithoutTheLoginIsAccepted() {
		assertThat(PasswordPolicy.problem("river-lantern-42", CODE)).isEmpty();
		assertThat(PasswordPolicy.problem("秋天的上海进口博览会很热闹", CODE)).isEmpty();
	}

	@Test
	void fewerThan12CharactersAreTooShort() {
		assertThat(PasswordPolicy.problem("11111111", CODE)).contains("password.tooShort");
		assertThat(PasswordPolicy.problem("river-lante", CODE)).contains("password.tooShort");
		assertThat(PasswordPolicy.problem(null, CODE)).contains("password.tooShort");
		assertThat(PasswordPolicy.problem("river-lanter", CODE)).isEmpty();
	}

	@Test
	void moreThan64CharactersOr72BytesAreTooLong() {
		assertThat(PasswordPolicy.problem("a-long-and-winding-road-".repeat(3), CODE)).contains("password.tooLong");
		assertThat(PasswordPolicy.problem("上海进口博览会".repeat(4), CODE)).as("28 characters, 84 bytes")
			.contains("password.tooLong");
	}

	@Test
	void thePasswordMayNotBeOrContainTheLoginInAnyCase() {
		assertThat(PasswordPolicy.problem(CODE, CODE)).contains("password.containsLogin");
		assertThat(PasswordPolicy.problem(CODE.toLowerCase(Locale.ROOT), CODE)).contains("password.containsLogin");
		assertThat(PasswordPolicy.problem("x" + CODE.toLowerCase(Locale.ROOT) + "!", " " + CODE + " "))
			.contains("password.containsLogin");
		assertThat(PasswordPolicy.problem("river-lantern-42", null)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "123456789012", "qwertyuiopas", "passwordpassword", "PasswordPassword", "111111111111",
			"1qaz2wsx3edc", "winniethepooh", "abcdefghijkl" })
	void commonPasswordsAreRefusedInAnyCase(String password) {
		assertThat(PasswordPolicy.problem(password, CODE)).contains("password.common");
	}

}
