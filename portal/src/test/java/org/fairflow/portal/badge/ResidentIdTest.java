package org.fairflow.portal.badge;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** GB 11643 resident ID numbers and the birth date they carry. */
class ResidentIdTest {

	@Test
	void aKnownValidNumberIsAccepted() {
		// The standard's published example.
		assertThat(ResidentId.problem("11010519491231002X")).isEmpty();
		assertThat(ResidentId.birthDate("11010519491231002X")).contains(LocalDate.of(1949, 12, 31));
	}

	@Test
	void aLowerCaseXCheckCharacterIsAccepted() {
		assertThat(ResidentId.problem("11010519491231002x")).isEmpty();
	}

	@Test
	void aWrongCheckDigitIsRefused() {
		assertThat(ResidentId.problem("110105194912310021")).contains("badge.residentId.checkDigit");
		String valid = BadgeTestData.residentId(LocalDate.of(1985, 6, 15));
		char wrong = (valid.charAt(17) == '0') ? '1' : '0';
		assertThat(ResidentId.problem(valid.substring(0, 17) + wrong)).contains("badge.residentId.checkDigit");
	}

	@Test
	void aNumberOfTheWrongLengthIsRefused() {
		assertThat(ResidentId.problem("11010519491231002")).contains("badge.residentId.length");
		assertThat(ResidentId.problem("11010519491231002X1")).contains("badge.residentId.length");
	}

	@Test
	void lettersOtherThanAFinalXAreRefused() {
		assertThat(ResidentId.problem("1101051949123100AX")).contains("badge.residentId.format");
		assertThat(ResidentId.problem("X10105194912310021")).contains("badge.residentId.format");
	}

	@Test
	void anImpossibleOrFutureBirthDateInTheNumberIsRefused() {
		String february30 = "31010119900230001";
		assertThat(ResidentId.problem(february30 + ResidentId.checkCharacter(february30)))
			.contains("badge.residentId.birthDate");
		LocalDate tomorrow = LocalDate.now().plusDays(1);
		assertThat(ResidentId.problem(BadgeTestData.residentId(tomorrow))).contains("badge.residentId.birthDate");
	}

	@Test
	void theGivenBirthDateMustEqualTheOneInTheNumber() {
		PersonForm form = PersonRulesTest.domestic();
		form.setDocumentNumber(BadgeTestData.residentId(LocalDate.of(1985, 6, 15)));
		form.setBirthDate("1985-06-15");
		assertThat(PersonRules.check(form).problems()).isEmpty();

		form.setBirthDate("1985-06-16");
		assertThat(PersonRules.check(form).problems())
			.containsExactly(new PersonRules.Problem("birthDate", "badge.birthDate.mismatch"));
	}

}
