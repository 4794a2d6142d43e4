package org.fairflow.portal.badge;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReuseRuleTest {

	private static final int EDITION = 8;

	private static final byte[] PHOTO = BadgeTestData.jpeg(600, 800);

	private static final PersonForm BASE = PersonRulesTest.domestic();

	@Test
	void aPassedHolderUnderTheSameOrganisationFromTheLastTwoEditionsMayReuse() {
		assertThat(ReuseRule.refusal(holder("SH-PD", 7, true), "SH-PD", EDITION)).isEmpty();
		assertThat(ReuseRule.refusal(holder("SH-PD", 6, true), "SH-PD", EDITION)).isEmpty();
	}

	@Test
	void aHolderWhoDidNotPassTheReviewMayNotReuse() {
		assertThat(ReuseRule.refusal(holder("SH-PD", 7, false), "SH-PD", EDITION)).contains("badge.reuse.notPassed");
	}

	@Test
	void aUnitNowUnderAnotherOrganisationMayNotReuse() {
		assertThat(ReuseRule.refusal(holder("SH-PD", 7, true), "SH-XH", EDITION))
			.contains("badge.reuse.otherOrganisation");
	}

	@Test
	void aBadgeOlderThanTheLastTwoEditionsMayNotBeReused() {
		assertThat(ReuseRule.refusal(holder("SH-PD", 5, true), "SH-PD", EDITION)).contains("badge.reuse.tooOld");
	}

	@Test
	void savingTheSameValuesChangesNoPrintedField() {
		assertThat(changes((f) -> {
		})).isFalse();
	}

	@Test
	void eachPrintedTextFieldCountsAsAChange() {
		assertThat(changes((f) -> f.setNameZh("李四"))).as("name zh").isTrue();
		assertThat(changes((f) -> f.setNameEn("Zhang San"))).as("name en").isTrue();
		assertThat(changes((f) -> f.setBadgeType("VIP"))).as("badge type").isTrue();
		assertThat(changes((f) -> f.setEntryFrom("2027-04-16"))).as("entry from").isTrue();
		assertThat(changes((f) -> f.setEntryTo("2027-04-18"))).as("entry to").isTrue();
	}

	@Test
	void theNationalityCountsAsAChangeBecauseItPrintsAsRegion() {
		assertThat(changes((f) -> {
			f.setNationality("HK");
			f.setNameEn("Zhang San");
			f.setDocumentType("HK_MACAO_PERMIT");
			f.setDocumentNumber("H12345678");
		})).isTrue();
	}

	@Test
	void fieldsThatAreNotPrintedAreNoChange() {
		assertThat(changes((f) -> f.setJobTitle("总经理"))).as("job title").isFalse();
		assertThat(changes((f) -> f.setMobile("13800001111"))).as("mobile").isFalse();
		assertThat(changes((f) -> f.setEmail("new@example.com"))).as("e-mail").isFalse();
		assertThat(changes((f) -> f.setGender("FEMALE"))).as("gender").isFalse();
	}

	@Test
	void anotherPhotoIsAChangeButTheSamePhotoUploadedAgainIsNot() {
		Person person = new Person(1L, checked((f) -> {
		}));
		PersonRules.Checked same = checked((f) -> {
		});
		byte[] other = Arrays.copyOf(PHOTO, PHOTO.length);
		other[PHOTO.length / 2] ^= 1;

		assertThat(ReuseRule.changesPrintedFields(person, same, new PersonPhoto(PHOTO), () -> PHOTO)).isFalse();
		assertThat(ReuseRule.changesPrintedFields(person, same, new PersonPhoto(other), () -> PHOTO)).isTrue();
		assertThat(ReuseRule.changesPrintedFields(person, same, new PersonPhoto(PHOTO), () -> null)).isTrue();
	}

	@Test
	void theStoredPhotoIsNotReadWhenNoNewPhotoCame() {
		AtomicBoolean read = new AtomicBoolean();
		Supplier<byte[]> stored = () -> {
			read.set(true);
			return PHOTO;
		};
		Person person = new Person(1L, checked((f) -> {
		}));

		assertThat(ReuseRule.changesPrintedFields(person, checked((f) -> {
		}), null, stored)).isFalse();
		assertThat(read).isFalse();
	}

	private static boolean changes(Consumer<PersonForm> edit) {
		Person person = new Person(1L, checked((f) -> {
		}));
		return ReuseRule.changesPrintedFields(person, checked(edit), null, () -> PHOTO);
	}

	/** The base form (same document number every time), edited, then checked. */
	private static PersonRules.Checked checked(Consumer<PersonForm> edit) {
		PersonForm form = PersonRulesTest.domestic();
		form.setDocumentNumber(BASE.getDocumentNumber());
		edit.accept(form);
		PersonRules.Result result = PersonRules.check(form);
		assertThat(result.problems()).isEmpty();
		return result.checked();
	}

	private static PreviousHolder holder(String organisationCode, int edition, boolean passed) {
		return new PreviousHolder(
				PreviousHolderTestData.entry("91310115MA1K4ABCDD", organisationCode, edition, passed));
	}

}
