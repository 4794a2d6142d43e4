package org.fairflow.portal.refund;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.fairflow.portal.export.ExportTable;
import org.fairflow.portal.unit.UnitDirectory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Refund lists as exports, in their filters and order: finance's (every unit's) and a
 * unit's own.
 */
@Component
class FinanceRefundsExport {

	private final RefundList list;

	private final UnitDirectory units;

	private final MessageSource messages;

	FinanceRefundsExport(RefundList list, UnitDirectory units, MessageSource messages) {
		this.list = list;
		this.units = units;
		this.messages = messages;
	}

	ExportTable table(Refund.State state, Locale locale) {
		List<String> headers = headers(locale, "refund.number", "refund.requestedAt", "refund.finance.unit",
				"refund.persons", "refund.amount", "refund.channel", "refund.state", "refund.redLetter");
		String description = text("refund.finance.title", locale)
				+ ((state != null) ? " · " + text("refund.state." + state.name(), locale) : "");
		// Unit names repeat across refunds: each is looked up once per export.
		Map<Long, String> unitNames = new HashMap<>();
		return ExportTable.of("refunds", description, headers, () -> -1, (sink) -> this.list.export(state, (row) -> {
			Refund refund = row.refund();
			String unit = unitNames.computeIfAbsent(refund.getUnitId(),
					(id) -> this.units.findById(id).map((u) -> u.name(locale)).orElse("#" + id));
			sink.accept(Arrays.asList(refund.getId(), refund.getRequestedAt(), unit + " · #" + refund.getOrderId(),
					row.persons(), refund.getAmount(), text("refund.channel." + refund.getChannel(), locale),
					state(refund, locale), redLetter(row, locale)));
		}));
	}

	/** The unit's own refunds, with the columns of its /refunds page. */
	ExportTable ofUnit(long unitId, Locale locale) {
		List<String> headers = headers(locale, "refund.number", "refund.requestedAt", "refund.persons", "refund.amount",
				"refund.state", "refund.redLetter");
		return ExportTable.of("my-refunds", text("refund.title", locale), headers, () -> -1,
				(sink) -> this.list.exportOf(unitId, (row) -> {
					Refund refund = row.refund();
					sink.accept(Arrays.asList(refund.getId(), refund.getRequestedAt(), row.persons(),
							refund.getAmount(), state(refund, locale), redLetter(row, locale)));
				}));
	}

	private List<String> headers(Locale locale, String... keys) {
		return Stream.of(keys).map((key) -> text(key, locale)).toList();
	}

	private String state(Refund refund, Locale locale) {
		return text("refund.state." + refund.getState().name(), locale);
	}

	private String redLetter(RefundList.Row row, Locale locale) {
		if (row.redLetterState() != null) {
			return text("refund.redLetter." + row.redLetterState(), locale);
		}
		return text(
				(row.refund().getInvoiceNumber() != null) ? "refund.redLetter.none" : "refund.redLetter.notInvoiced",
				locale);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
