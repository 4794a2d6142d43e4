package org.fairflow.portal.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.fairflow.processes.BilingualName;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as the reader writes them ({@code @formats.date(x)} in a template):
 * {@code 2026-11-05 14:30} in Chinese, {@code 5 Nov 2026 14:30} in English. Never a short
 * numeric form such as {@code 11/5/26}, which readers of the two languages read
 * differently.
 */
@Component("formats")
public class Formats {

	private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final ZoneId zone;

	/**
	 * @param zone the fair's time zone ({@code fairflow.fair.zone}): every page shows the
	 * fair's clock, whatever zone the server runs in, so the times on a page agree with
	 * finance's business day
	 */
	public Formats(@Value("${fairflow.fair.zone:Asia/Shanghai}") ZoneId zone) {
		this.zone = zone;
	}

	/** The fair's time zone: a day on a page or in a filter starts at its midnight. */
	public ZoneId zone() {
		return this.zone;
	}

	/** A date (a local date, or the day of an instant in the portal's time zone). */
	public String date(TemporalAccessor value) {
		return format(value, dateFormat());
	}

	/** A date with hours and minutes. */
	public String dateTime(TemporalAccessor value) {
		return format(value, dateFormat(), MINUTES);
	}

	/** A date with the time to the second, for a history. */
	public String dateTimeSeconds(TemporalAccessor value) {
		return format(value, dateFormat(), SECONDS);
	}

	/**
	 * A text the process owner wrote in both languages ({@code 中文 / English}, e.g. a
	 * decision table's reason), in the reader's. The first {@code " / "} separates the
	 * two, so an English part may name a Chinese name ({@code 张三：… / 张三: …}); without
	 * one, the Chinese part runs to the last Chinese character ({@link BilingualName}).
	 */
	public String inLanguage(String bilingual) {
		if (bilingual == null) {
			return null;
		}
		int separator = bilingual.indexOf(" / ");
		BilingualName name = (separator > 0) ? new BilingualName(bilingual.substring(0, separator).strip(),
				bilingual.substring(separator + 3).strip()) : BilingualName.of(bilingual);
		return name.in(LocaleContextHolder.getLocale());
	}

	private String format(TemporalAccessor value, DateTimeFormatter... parts) {
		if (value == null) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		for (DateTimeFormatter part : parts) {
			if (!text.isEmpty()) {
				text.append(' ');
			}
			text.append(part.withZone(this.zone).format(value));
		}
		return text.toString();
	}

	private static DateTimeFormatter dateFormat() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? EN_DATE : ZH_DATE;
	}

}
