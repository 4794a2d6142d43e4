package org.fairflow.processes;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BilingualNameTest {

	@Test
	void theChinesePartEndsAtTheLastChineseCharacterOrFullWidthMark() {
		assertThat(BilingualName.of("初审 First review")).isEqualTo(new BilingualName("初审", "First review"));
		assertThat(BilingualName.of("制证前（可注销） Before production (cancellable)"))
			.isEqualTo(new BilingualName("制证前（可注销）", "Before production (cancellable)"));
		assertThat(BilingualName.of("可无感审核？ Auto-approve?")).isEqualTo(new BilingualName("可无感审核？", "Auto-approve?"));
		assertThat(BilingualName.of("2 天无结果 No answer in 2 days"))
			.isEqualTo(new BilingualName("2 天无结果", "No answer in 2 days"));
		assertThat(BilingualName.of("单位审核 / Unit review")).isEqualTo(new BilingualName("单位审核", "Unit review"));
	}

	@Test
	void aReaderGetsThePartOfItsLanguage() {
		BilingualName name = BilingualName.of("短信：初审通过 SMS: first review passed");

		assertThat(name.in(Locale.ENGLISH)).isEqualTo("SMS: first review passed");
		assertThat(name.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("短信：初审通过");
	}

	@Test
	void aNameInOneLanguageIsShownToEverybodyButBreaksTheRule() {
		assertThat(BilingualName.of("First review").in(Locale.CHINESE)).isEqualTo("First review");
		assertThat(BilingualName.of("初审").in(Locale.ENGLISH)).isEqualTo("初审");
		assertThat(BilingualName.followsRule("初审")).isFalse();
		assertThat(BilingualName.followsRule("First review")).isFalse();
		assertThat(BilingualName.followsRule("初审 First review")).isTrue();
	}

}
