package org.fairflow.workers.registry;

import org.fairflow.workers.registry.CreditCode.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CreditCodeTest {

	/**
	 * Codes as printed on published business licences. The first is worked by hand:
	 * values 9,1,3,5,0,1,0,0,M=21,0,0,0,1,0,0,Y=30,4 times weights
	 * 1,3,9,27,19,26,16,17,20,29,25,13,8, 24,10,30,28 sum to 1640; 1640 mod 31 = 28; 31 -
	 * 28 = 3, the last character.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y43", "914403001922038216", "9144030071526726XG", "91110108551385082Q",
			"91330100716105852F", "91110000802100433B", "91440300708461136T", "91310000132200821H",
			"12100000400000624D" })
	void acceptsPublishedCodes(String code) {
		assertThat(CreditCode.check(code)).isEmpty();
		assertThat(CreditCode.isValid(code)).isTrue();
	}

	@Test
	void theCategoryComesFromTheFirstTwoCharactersInAnyCase() {
		assertThat(CreditCode.categoryOf("12100000400000624D")).isEqualTo("PUBLIC_INSTITUTION");
		assertThat(CreditCode.categoryOf(" 91350100m000100y43 ")).isEqualTo("ENTERPRISE");
		assertThat(CreditCode.categoryOf("y1")).isEqualTo("OTHER");
		assertThat(CreditCode.categoryOf(null)).isEqualTo("OTHER");
		assertThat(CreditCode.categoryOf("9")).isEqualTo("OTHER");
	}

	@Test
	void acceptsLowerCaseAndSurroundingSpace() {
		assertThat(CreditCode.check("  9144030071526726xg ")).isEmpty();
		assertThat(CreditCode.normalise("  9144030071526726xg ")).isEqualTo("9144030071526726XG");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\t" })
	void reportsMissingCodesAsEmpty(String code) {
		assertThat(CreditCode.check(code)).contains(Problem.EMPTY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y4", "91350100M000100Y433", "913501", "91 350100M000100Y43" })
	void reportsWrongLength(String code) {
		assertThat(CreditCode.check(code)).contains(Problem.LENGTH);
	}

	/** I, O, S, V and Z are excluded by the standard because they are easily misread. */
	@ParameterizedTest
	@ValueSource(strings = { "91350100I000100Y43", "91350100O000100Y43", "91350100S000100Y43", "91350100V000100Y43",
			"91350100Z000100Y43", "91350100-000100Y43", "91350100M000100Y4冂" })
	void reportsCharactersOutsideTheStandardSet(String code) {
		assertThat(CreditCode.check(code)).contains(Problem.CHARACTER);
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y44", "91350100M000100Y40", "9144030071526726XH",
			// two neighbouring characters swapped: the weighted sum catches
			// transpositions
			"91350100M000010Y43",
			// quoted to us as an example; its first 17 characters give check character 7
			"911100001000017533" })
	void reportsWrongCheckCharacter(String code) {
		assertThat(CreditCode.check(code)).contains(Problem.CHECK_CHARACTER);
	}

	@Test
	void computesTheCheckCharacterOfPublishedCodes() {
		assertThat(CreditCode.withCheckCharacter("91350100M000100Y4")).isEqualTo("91350100M000100Y43");
		assertThat(CreditCode.withCheckCharacter("9144030071526726x")).isEqualTo("9144030071526726XG");
	}

	@Test
	void mapsACheckValueOf31ToZero() {
		// 17 zeros sum to 0: 31 - 0 = 31, which the standard maps to 0.
		assertThat(CreditCode.withCheckCharacter("00000000000000000")).isEqualTo("000000000000000000");
		assertThat(CreditCode.check("000000000000000000")).isEmpty();
	}

	@Test
	void everyFirst17HasExactlyOneValidCheckCharacter() {
		String first17 = "91310115MA1H8JQ41";
		long valid = CreditCode.CHARACTERS.chars().filter((c) -> CreditCode.isValid(first17 + (char) c)).count();
		assertThat(valid).isOne();
	}

	@Test
	void refusesToCompleteMalformedPrefixes() {
		assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.withCheckCharacter("9135010"));
		assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.withCheckCharacter("91350100O000100Y4"))
			.withMessageContaining("position 9");
		assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.withCheckCharacter(null));
	}

}
