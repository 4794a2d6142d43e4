package org.fairflow.portal.badge;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks every person passes, in the form and in a batch row. */
class PersonRulesTest {

	static PersonForm domestic() {
		PersonForm form = new PersonForm();
		form.setNationality("CN");
		form.setNameZh("张三");
		form.setGender("MALE");
		form.setDocumentType("RESIDENT_ID");
		form.setDocumentNumber(BadgeTestData.residentId(LocalDate.of(1990, 3, 8)));
		form.setBirthDate("1990-03-08");
		form.setMobile("13912345678");
		form.setJobTitle("经理");
		form.setBadgeType("STAFF");
		form.setEntryFrom("2027-04-15");
		form.setEntryTo("2027-04-19");
		return form;
	}

	static PersonForm foreign() {
		PersonForm form = domestic();
		form.setNationality("US");
		form.setNameEn("John Smith");
		form.setDocumentType("PASSPORT");
		form.setDocumentNumber("E12345678");
		form.setMobile("");
		form.setEmail("john@example.com");
		return form;
	}

	@Test
	void aCompleteDomesticPersonPasses() {
		PersonRules.Result result = PersonRules.check(domestic());
		assertThat(result.problems()).isEmpty();
		assertThat(result.checked().birthDate()).isEqualTo(LocalDate.of(1990, 3, 8));
	}

	@Test
	void aNationalityTypedAsACountryNameIsStoredAsItsIsoCode() {
		PersonForm form = domestic();
		form.setNationality("中国");
		assertThat(PersonRules.check(form).checked().nationality()).isEqualTo("CN");
		PersonForm foreign = foreign();
		foreign.setNationality("united states");
		assertThat(PersonRules.check(foreign).checked().nationality()).isEqualTo("US");
	}

	@Test
	void anUnknownNationalityGetsOneMessageAndNoMisleadingOneAboutTheDocument() {
		PersonForm form = domestic();
		form.setNationality("中华");
		assertThat(PersonRules.check(form).problems())
			.containsExactly(new PersonRules.Problem("nationality", "badge.nationality.invalid"));
	}

	@Test
	void aForeignerWithPassportAndEmailOnlyPasses() {
		assertThat(PersonRules.check(foreign()).problems()).isEmpty();
	}

	@Test
	void aForeignerNeedsAnEnglishNameAndAMobileOrEmail() {
		PersonForm form = foreign();
		form.setNameEn(" ");
		form.setEmail("");
		assertThat(PersonRules.check(form).problems()).containsExactlyInAnyOrder(
				new PersonRules.Problem("nameEn", "badge.nameEn.required"),
				new PersonRules.Problem("mobile", "badge.contact.required"));
	}

	@Test
	void aDomesticPersonNeedsAMainlandMobileAndAResidentId() {
		PersonForm form = domestic();
		form.setMobile("+4917012345");
		form.setDocumentType("PASSPORT");
		assertThat(PersonRules.check(form).problems()).contains(
				new PersonRules.Problem("mobile", "badge.mobile.mainland"),
				new PersonRules.Problem("documentType", "badge.documentType.domestic"));
	}

	@Test
	void passportNumbersHaveFiveToTwentyLettersOrDigits() {
		PersonForm form = foreign();
		form.setDocumentNumber("E12-3");
		assertThat(PersonRules.check(form).problems())
			.containsExactly(new PersonRules.Problem("documentNumber", "badge.documentNumber.passport"));
		form.setDocumentNumber("A1234");
		assertThat(PersonRules.check(form).problems()).isEmpty();
	}

	@Test
	void entryDatesMustBeInOrderAndBirthDateInThePast() {
		PersonForm form = foreign();
		form.setEntryFrom("2027-04-19");
		form.setEntryTo("2027-04-15");
		form.setBirthDate(LocalDate.now().plusDays(1).toString());
		assertThat(PersonRules.check(form).problems()).containsExactlyInAnyOrder(
				new PersonRules.Problem("entryTo", "badge.entry.order"),
				new PersonRules.Problem("birthDate", "badge.birthDate.past"));
	}

	@Test
	void unknownValuesGetTheFieldsOwnMessages() {
		PersonForm form = domestic();
		form.setNationality("XX");
		form.setGender("robot");
		form.setBadgeType("GOLD");
		form.setEntryFrom("15.04.2027");
		assertThat(PersonRules.check(form).problems()).contains(
				new PersonRules.Problem("nationality", "badge.nationality.invalid"),
				new PersonRules.Problem("gender", "badge.gender.required"),
				new PersonRules.Problem("badgeType", "badge.badgeType.required"),
				new PersonRules.Problem("entryFrom", "badge.date.invalid"));
	}

	@Test
	void documentNumbersAreMaskedKeepingTheFirstAndLastFour() {
		assertThat(PersonRules.mask("310101199003080012")).isEqualTo("3101**********0012");
		assertThat(PersonRules.mask("E12345678")).isEqualTo("E123*5678");
		assertThat(PersonRules.mask("A1234")).doesNotContain("123");
	}

}
