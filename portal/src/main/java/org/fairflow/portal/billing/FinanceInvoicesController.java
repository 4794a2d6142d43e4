package org.fairflow.portal.billing;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import org.fairflow.portal.export.ExportFormat;
import org.fairflow.portal.export.ExportTable;
import org.fairflow.portal.export.Exports;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Finance's list of issued invoices (roles FINANCE and ORGANISER, by the security
 * configuration): newest first, optionally of one day; exported with the same day.
 */
@Controller
@RequestMapping("/finance/invoices")
class FinanceInvoicesController {

	private final Billing billing;

	private final Exports exports;

	private final MessageSource messages;

	FinanceInvoicesController(Billing billing, Exports exports, MessageSource messages) {
		this.billing = billing;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String day, @RequestParam(defaultValue = "0") int page, Model model) {
		LocalDate chosen = day(day);
		if (chosen == null && day != null && !day.isBlank()) {
			// A hand-edited address: say so and list every day.
			model.addAttribute("errorKey", "billing.finance.badDay");
			model.addAttribute("errorArgs", new Object[0]);
		}
		model.addAttribute("day", chosen);
		model.addAttribute("rows", this.billing.issued(chosen, page));
		model.addAttribute("exportBase",
				UriComponentsBuilder.fromPath("/finance/invoices/export")
					.queryParamIfPresent("day", Optional.ofNullable(chosen))
					.build()
					.toUriString());
		return "billing/finance";
	}

	/** The list of the page's day (an unreadable day: every day, as the page shows). */
	@GetMapping("/export")
	void export(@RequestParam(required = false) String format, @RequestParam(required = false) String day,
			Locale locale, HttpServletResponse response) throws IOException {
		ExportFormat chosen = ExportFormat.of(format);
		this.exports.write(table(day(day), locale), chosen, response);
	}

	private ExportTable table(LocalDate day, Locale locale) {
		List<String> headers = Stream
			.of("billing.finance.order", "billing.finance.unit", "billing.invoice.number", "billing.invoice.date",
					"billing.invoice.total", "billing.finance.state")
			.map((key) -> text(key, locale))
			.toList();
		String description = text("billing.finance.title", locale) + ((day != null) ? " · " + day : "");
		return ExportTable.of("invoices" + ((day != null) ? "-" + day : ""), description, headers, () -> -1,
				(sink) -> this.billing.exportIssued(day, (row) -> {
					OrderInvoice invoice = row.invoice();
					sink.accept(
							Arrays.asList(invoice.getOrderId(), (row.unit() != null) ? row.unit().name(locale) : null,
									invoice.getInvoiceNumber(), invoice.getIssueDate(), invoice.getInvoiceTotal(),
									text("billing.invoiceState." + invoice.getStatus().name(), locale)));
				}));
	}

	/** The day chosen; null for none or one that does not parse. */
	private static LocalDate day(String day) {
		if (day == null || day.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(day.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
