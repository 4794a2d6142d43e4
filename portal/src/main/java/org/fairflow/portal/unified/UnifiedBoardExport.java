package org.fairflow.portal.unified;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.fairflow.portal.export.ExportTable;
import org.fairflow.portal.org.Organisation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The units of a delegation's unified-payment board (every page of it, only its own
 * subtree), with the persons confirmed against the per-unit cap.
 */
@Component
class UnifiedBoardExport {

	private final UnifiedBoards boards;

	private final MessageSource messages;

	UnifiedBoardExport(UnifiedBoards boards, MessageSource messages) {
		this.boards = boards;
		this.messages = messages;
	}

	ExportTable table(Organisation delegation, Locale locale) {
		List<String> headers = Stream
			.of("unified.creditCode", "unified.unit", "unified.export.confirmed", "unified.cap",
					"unified.export.reached")
			.map((key) -> text(key, locale))
			.toList();
		return ExportTable.of("unified-payment", delegation.name(locale) + " · " + text("unified.title", locale),
				headers, () -> -1, (sink) -> this.boards.exportRows(delegation, (row) -> {
					CapStatus usage = row.usage();
					sink.accept(Arrays.asList(row.unit().creditCode(), row.unit().name(locale), usage.confirmed(),
							usage.cap(), usage.reached() ? text("unified.usage.reached", locale) : null));
				}));
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
