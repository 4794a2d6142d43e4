package org.fairflow.portal.badge;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.fairflow.portal.export.ExportTable;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * A unit's own persons as a file, with the page's status filter, read a page at a time (a
 * unit has at most its quota of persons). Document and mobile numbers are masked as on
 * the page.
 */
@Component
class PersonListExport {

	private final Persons persons;

	private final MessageSource messages;

	PersonListExport(Persons persons, MessageSource messages) {
		this.persons = persons;
		this.messages = messages;
	}

	ExportTable table(long unitId, PersonStatus status, Locale locale) {
		List<String> headers = List.of(text("badge.nameZh", locale), text("badge.nameEn", locale),
				text("badge.documentNumber", locale), text("badge.mobile", locale), text("badge.badgeType", locale),
				text("badge.entry", locale), text("badge.status", locale));
		String title = text("badge.persons.title", locale)
				+ ((status != null) ? " (" + text("status." + status.name(), locale) + ")" : "");
		return ExportTable.of("persons", title, headers,
				() -> this.persons.counts(unitId)
					.entrySet()
					.stream()
					.filter((e) -> status == null || e.getKey() == status)
					.mapToLong(java.util.Map.Entry::getValue)
					.sum(),
				(sink) -> {
					for (int page = 0;; page++) {
						Page<Person> found = this.persons.list(unitId, status, page);
						found.forEach((p) -> sink
							.accept(Arrays.asList(p.getNameZh(), p.getNameEn(), p.getMaskedDocumentNumber(),
									p.getMaskedMobile(), text(p.getBadgeType().messageKey(), locale),
									p.getEntryFrom() + " ~ " + p.getEntryTo(), text(p.getStatusKey(), locale))));
						if (!found.hasNext()) {
							return;
						}
					}
				});
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
