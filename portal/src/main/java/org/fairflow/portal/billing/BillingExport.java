package org.fairflow.portal.billing;

import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fairflow.portal.export.ExportTable;
import org.fairflow.portal.payment.Payments;
import org.fairflow.workers.invoice.RedLetterView;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A unit's own orders with their invoices, as its billing page shows them: amounts as
 * numbers, states in the requester's language.
 */
@Component
class BillingExport {

	private final Billing billing;

	private final MessageSource messages;

	BillingExport(Billing billing, MessageSource messages) {
		this.billing = billing;
		this.messages = messages;
	}

	ExportTable ofUnit(long unitId, Locale locale) {
		List<String> headers = Stream
			.of("billing.order.number", "billing.order.lines", "billing.export.refunded", "billing.order.total",
					"billing.export.kept", "billing.order.payment", "billing.export.channel", "billing.export.paidAt",
					"billing.order.invoice", "billing.invoice.number", "billing.redLetters.title")
			.map((key) -> text(key, locale))
			.toList();
		return ExportTable.of("orders", text("billing.title", locale), headers, () -> -1,
				(sink) -> this.billing.exportOrdersOf(unitId, (row) -> {
					Payments.OrderView order = row.order();
					OrderInvoice invoice = row.invoice();
					sink.accept(Arrays.asList(order.id(), lines(row.lines()), lines(row.refunded()), order.total(),
							row.kept(), text("billing.orderState." + order.status(), locale),
							(order.paidBy() != null) ? text("billing.channel." + order.paidBy(), locale) : null,
							order.paidAt(),
							text("billing.invoiceState." + ((invoice != null) ? invoice.getStatus().name() : "NONE"),
									locale),
							(invoice != null) ? invoice.getInvoiceNumber() : null, redLetters(row, locale)));
				}));
	}

	private static String lines(List<Payments.OrderLine> lines) {
		return lines.stream()
			.map((l) -> l.personName() + " · " + l.fee().setScale(2, RoundingMode.HALF_UP).toPlainString())
			.collect(Collectors.joining("、"));
	}

	private String redLetters(Billing.OrderRow row, Locale locale) {
		return row.redLetters().stream().map((rl) -> redLetter(rl, locale)).collect(Collectors.joining("; "));
	}

	private String redLetter(RedLetterView rl, Locale locale) {
		return Stream
			.of(text("billing.redLetter.state." + rl.state(), locale), rl.redLetterNumber(),
					(rl.total() != null) ? rl.total().toPlainString() : null)
			.filter((part) -> part != null)
			.collect(Collectors.joining(" "));
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
