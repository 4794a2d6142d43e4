package org.fairflow.portal.billing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finance's list of issued invoices (roles FINANCE and ORGANISER, by the security
 * configuration): newest first, optionally of one day.
 */
@Controller
@RequestMapping("/finance/invoices")
class FinanceInvoicesController {

	private final Billing billing;

	FinanceInvoicesController(Billing billing) {
		this.billing = billing;
	}

	@GetMapping
	String list(@RequestParam(required = false) String day, @RequestParam(defaultValue = "0") int page, Model model) {
		LocalDate date = null;
		if (day != null && !day.isBlank()) {
			try {
				date = LocalDate.parse(day.strip());
			}
			catch (DateTimeParseException ex) {
				// A hand-edited address: say so and list every day.
				model.addAttribute("errorKey", "billing.finance.badDay");
				model.addAttribute("errorArgs", new Object[0]);
			}
		}
		model.addAttribute("day", date);
		model.addAttribute("rows", this.billing.issued(date, page));
		return "billing/finance";
	}

}
