package org.fairflow.portal.quota;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.fairflow.portal.export.ExportTable;
import org.fairflow.portal.quota.QuotaView.Usage;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The quota boards as files, with the numbers the page shows per badge type: allocated,
 * used, allocated on, used here and free. Built from the board the page reads, so the
 * export has exactly the page's scope. A unit without an allocation of its own shares its
 * organisation's quota: its number cells stay empty, as the page shows no numbers.
 */
@Component
class QuotaBoardExport {

	private static final List<String> NUMBERS = List.of("quota.export.allocated", "quota.export.used",
			"quota.export.onward", "quota.export.usedHere", "quota.export.free");

	private final MessageSource messages;

	QuotaBoardExport(MessageSource messages) {
		this.messages = messages;
	}

	/** The organiser's overview: a line per delegation, then the total. */
	ExportTable overview(QuotaBoards.Overview overview, Locale locale) {
		List<String> headers = headers(locale, "quota.delegations");
		return ExportTable.of("quotas", text("quota.title", locale), headers, () -> overview.delegations().size() + 1L,
				(sink) -> {
					overview.delegations()
						.forEach((row) -> sink.accept(line(row.org().name(locale), row.staff(), row.vip())));
					sink.accept(line(text("quota.total", locale), overview.staff(), overview.vip()));
				});
	}

	/** One organisation's board: its own line, its sub-delegations', its units'. */
	ExportTable board(QuotaBoards.Board board, Locale locale) {
		List<String> headers = new ArrayList<>(List.of(text("quota.export.row", locale),
				text("quota.creditCode", locale), text("quota.registration", locale)));
		headers.addAll(headers(locale, "quota.export.name"));
		String name = board.org().name(locale);
		return ExportTable.of("quotas-" + board.org().getId(), name + " · " + text("quota.title", locale), headers,
				() -> 1L + board.subs().size() + board.units().size(), (sink) -> rows(board, locale, sink));
	}

	private void rows(QuotaBoards.Board board, Locale locale, Consumer<List<?>> sink) {
		sink.accept(prefixed(text("quota.own", locale), null, null,
				line(board.org().name(locale), board.staff(), board.vip())));
		board.subs()
			.forEach((row) -> sink.accept(prefixed(text("quota.subs", locale), null, null,
					line(row.org().name(locale), row.staff(), row.vip()))));
		board.units()
			.forEach((row) -> sink.accept(prefixed(text("quota.unitName", locale), row.creditCode(),
					text("quota.registration." + row.registration(), locale),
					line((row.unit() != null) ? row.unit().name(locale) : null, row.staff(), row.vip()))));
	}

	private static List<?> prefixed(String kind, String creditCode, String registration, List<Object> line) {
		List<Object> cells = new ArrayList<>(Arrays.asList(kind, creditCode, registration));
		cells.addAll(line);
		return cells;
	}

	/** The name, then five numbers per type; empty cells where the type has none. */
	private static List<Object> line(String name, Usage staff, Usage vip) {
		List<Object> cells = new ArrayList<>();
		cells.add(name);
		cells.addAll(numbers(staff));
		cells.addAll(numbers(vip));
		return cells;
	}

	private static List<Integer> numbers(Usage usage) {
		return (usage != null)
				? List.of(usage.allocated(), usage.used(), usage.onward(), usage.directUsed(), usage.free())
				: Arrays.asList(null, null, null, null, null);
	}

	private List<String> headers(Locale locale, String nameKey) {
		List<String> headers = new ArrayList<>();
		headers.add(text(nameKey, locale));
		for (BadgeType type : List.of(BadgeType.STAFF, BadgeType.VIP)) {
			String typeName = text("quota.type." + type.name(), locale);
			NUMBERS
				.forEach((key) -> headers.add(this.messages.getMessage(key, new Object[] { typeName }, key, locale)));
		}
		return headers;
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
