package org.fairflow.portal.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

	private final Formats formats = new Formats(ZoneId.of("Asia/Shanghai"));

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aChineseReaderSeesIsoDatesAndAnEnglishReaderTheMonthByName() {
		LocalDate day = LocalDate.of(2026, 11, 5);
		var instant = LocalDateTime.of(2026, 11, 5, 14, 30, 15).atZone(ZoneId.of("Asia/Shanghai")).toInstant();

		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(this.formats.date(day)).isEqualTo("2026-11-05");
		assertThat(this.formats.dateTime(instant)).isEqualTo("2026-11-05 14:30");
		assertThat(this.formats.dateTimeSeconds(instant)).isEqualTo("2026-11-05 14:30:15");

		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.formats.date(day)).isEqualTo("5 Nov 2026");
		assertThat(this.formats.dateTime(instant)).isEqualTo("5 Nov 2026 14:30");
		assertThat(this.formats.date(null)).isEmpty();
	}

	@Test
	void aTextOfTheModelInBothLanguagesIsShownInTheReadersOnly() {
		String reason = "R1 企业信用代码核验通过 / Enterprise, credit code verified";

		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(this.formats.inLanguage(reason)).isEqualTo("R1 企业信用代码核验通过");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.formats.inLanguage(reason)).isEqualTo("Enterprise, credit code verified");
		assertThat(this.formats.inLanguage(null)).isNull();
		String named = "张三：因个人原因申请的退款不予办理 / 张三: Refunds for own reasons are not granted";
		assertThat(this.formats.inLanguage(named)).isEqualTo("张三: Refunds for own reasons are not granted");
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(this.formats.inLanguage(named)).isEqualTo("张三：因个人原因申请的退款不予办理");
	}

	@Test
	void timesAreShownOnTheFairsClockWhateverZoneTheServerRunsIn() {
		var instant = java.time.Instant.parse("2026-12-03T14:21:00Z");
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

		assertThat(new Formats(ZoneId.of("Asia/Shanghai")).dateTime(instant)).isEqualTo("2026-12-03 22:21");
		assertThat(new Formats(ZoneId.of("UTC")).dateTime(instant)).isEqualTo("2026-12-03 14:21");
		assertThat(new Formats(ZoneId.of("Asia/Shanghai")).date(java.time.Instant.parse("2026-12-03T17:00:00Z")))
			.isEqualTo("2026-12-04");
	}

}
