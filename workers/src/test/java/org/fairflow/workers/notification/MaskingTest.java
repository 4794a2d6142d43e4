package org.fairflow.workers.notification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

	@ParameterizedTest
	@CsvSource({ "+8613812345678, +86138****5678", "13812345678, 138****5678", "+12025550123, +120****0123",
			"+447911123456, +4479****3456", "'+86 138 1234 5678', +86138****5678", "'010-8888 1234', 010****1234",
			"88881234, ****1234", "12345, ****45", "123, ****" })
	void keepsTheFirstAndLastDigitsOfPhoneNumbers(String phone, String masked) {
		assertThat(Masking.phone(phone)).isEqualTo(masked);
	}

	@ParameterizedTest
	@CsvSource({ "zhang.san@example.com, z***@example.com", "li@mail.example.cn, l***@mail.example.cn",
			"not-an-address, ***", "@example.com, ***" })
	void keepsTheFirstLetterAndTheDomainOfEmailAddresses(String email, String masked) {
		assertThat(Masking.email(email)).isEqualTo(masked);
	}

	@Test
	void masksNothingIntoEmptyText() {
		assertThat(Masking.phone(null)).isEmpty();
		assertThat(Masking.email(" ")).isEmpty();
	}

	@Test
	void scrubsNumbersAndAddressesOutOfErrorTexts() {
		String scrubbed = Masking.scrub("The 'To' number +8613812345678 is not valid (code 21211); "
				+ "To=%2B8613812345678; mail zhang.san@example.com bounced");
		assertThat(scrubbed).doesNotContain("13812345678", "zhang.san")
			.contains("+86138****5678", "code 21211", "z***@example.com");
	}

}
