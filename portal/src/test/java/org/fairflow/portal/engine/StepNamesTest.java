package org.fairflow.portal.engine;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StepNamesTest {

	@Test
	void aBilingualNameShowsThePartInTheReadersLanguage() {
		assertThat(StepNames.inLanguage("邮件：初审通过 E-mail: first review passed", Locale.ENGLISH))
			.isEqualTo("E-mail: first review passed");
		assertThat(StepNames.inLanguage("邮件：初审通过 E-mail: first review passed", Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("邮件：初审通过");
		assertThat(StepNames.inLanguage("2 天无结果 No answer in 2 days", Locale.ENGLISH)).isEqualTo("No answer in 2 days");
	}

	@Test
	void aNameInOneLanguageIsShownAsItIs() {
		assertThat(StepNames.inLanguage("复审", Locale.ENGLISH)).isEqualTo("复审");
		assertThat(StepNames.inLanguage("Second review", Locale.SIMPLIFIED_CHINESE)).isEqualTo("Second review");
	}

}
