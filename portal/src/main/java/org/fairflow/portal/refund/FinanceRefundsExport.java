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

/** Finance's refund list as an export, in the list's state filter and order. */
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
		List<String> headers = Stream
			.of("refund.number", "refund.requestedAt", "refund.finance.unit", "refund.persons", "refund.amount",
					"refund.channel", "refund.state", "refund.redLetter")
			.map((key) -> text(key, locale))
			.toList();
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
					text("refund.state." + refund.getState().name(), locale), redLetter(row, locale)));
		}));
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
