package org.fairflow.workers.registry;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatedCreditRegistryTest {

	private final SimulatedCreditRegistry registry = new SimulatedCreditRegistry(List.of());

	@ParameterizedTest
	@CsvSource({ "11, GOVERNMENT", "12, PUBLIC_INSTITUTION", "13, OTHER", "19, OTHER", "51, SOCIAL_ORGANISATION",
			"52, SOCIAL_ORGANISATION", "53, SOCIAL_ORGANISATION", "91, ENTERPRISE", "92, ENTERPRISE", "93, ENTERPRISE",
			"31, OTHER", "Y1, OTHER" })
	void readsTheCategoryFromTheFirstTwoCharacters(String prefix, String category) {
		String code = CreditCode.withCheckCharacter(prefix + "110000MA0000001");
		assertThat(this.registry.lookup(code)).contains(new RegistryEntry(code, category));
	}

	@Test
	void findsPublishedCodesInAnyCase() {
		assertThat(this.registry.lookup(" 91350100m000100y43"))
			.contains(new RegistryEntry("91350100M000100Y43", "ENTERPRISE"));
	}

	@Test
	void doesNotFindMalformedCodes() {
		assertThat(this.registry.lookup("91350100M000100Y44")).isEmpty();
		assertThat(this.registry.lookup("")).isEmpty();
		assertThat(this.registry.lookup(null)).isEmpty();
	}

	@Test
	void treatsConfiguredCodesAsUnknown() {
		SimulatedCreditRegistry withUnknown = new SimulatedCreditRegistry(List.of("9144030071526726xg ", " "));
		assertThat(withUnknown.lookup("9144030071526726XG")).isEmpty();
		assertThat(withUnknown.lookup("91350100M000100Y43")).isPresent();
	}

}
