package org.fairflow.portal.refund;

import java.util.ArrayList;
import java.util.List;

import org.fairflow.portal.engine.EngineException;
import org.fairflow.portal.payment.Payments;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.unit.UnitDirectory;
import org.fairflow.workers.invoice.Invoices;
import org.fairflow.workers.invoice.IssuedInvoice;
import org.fairflow.workers.invoice.RedLetterRefusedException;
import org.fairflow.workers.invoice.RedLetterView;
import org.fairflow.workers.invoice.RedLetters;
import org.fairflow.workers.invoice.SimulatedTaxPlatform;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SIMULATED tax platform's page, standing in for the buyer's side of the national
 * e-invoicing service: the unit (the buyer) books (入账) a blue invoice of its orders, and
 * confirms an open red-letter confirmation (红字确认单). Only with the simulation configured,
 * and only for the caller's own orders; it says SIMULATION on the page.
 */
@Controller
@RequestMapping("/simulated/tax")
class SimulatedTaxController {

	private final ObjectProvider<SimulatedTaxPlatform> simulation;

	private final UnitDirectory units;

	private final Payments payments;

	private final Invoices invoices;

	private final RedLetters redLetters;

	SimulatedTaxController(ObjectProvider<SimulatedTaxPlatform> simulation, UnitDirectory units, Payments payments,
			Invoices invoices, RedLetters redLetters) {
		this.simulation = simulation;
		this.units = units;
		this.payments = payments;
		this.invoices = invoices;
		this.redLetters = redLetters;
	}

	/** A blue invoice of the unit's order and the red letters against it. */
	record Entry(Payments.OrderView order, IssuedInvoice invoice, boolean booked, List<RedLetterView> redLetters) {
	}

	@GetMapping
	String show(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("entries", entries(user));
		return "refund/simulated-tax";
	}

	@PostMapping("/book")
	String book(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String invoiceNumber,
			RedirectAttributes redirect) {
		boolean ours = entries(user).stream().anyMatch((e) -> e.invoice().invoiceNumber().equals(invoiceNumber));
		if (!ours) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		this.simulation.getObject().book(invoiceNumber);
		redirect.addFlashAttribute("successKey", "refund.tax.booked");
		return "redirect:/simulated/tax";
	}

	@PostMapping("/confirm")
	String confirm(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String confirmationId,
			RedirectAttributes redirect) {
		boolean ours = entries(user).stream()
			.flatMap((e) -> e.redLetters().stream())
			.anyMatch((r) -> r.confirmationId() != null && r.confirmationId().equals(confirmationId));
		if (!ours) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		try {
			this.simulation.getObject().buyerConfirms(confirmationId);
			redirect.addFlashAttribute("successKey", "refund.tax.confirmed");
		}
		catch (EngineException ex) {
			redirect.addFlashAttribute("errorKey", "engine.unavailable");
		}
		catch (RedLetterRefusedException | IllegalArgumentException ex) {
			// The platform refuses (lapsed meanwhile, confirmed already): say so.
			redirect.addFlashAttribute("errorKey", "refund.tax.notConfirmable");
		}
		return "redirect:/simulated/tax";
	}

	/**
	 * The caller's invoiced orders; anybody but an approved unit, or no simulation: 404.
	 */
	private List<Entry> entries(PortalUser user) {
		if (this.simulation.getIfAvailable() == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Long unitId = this.units.approvedUnitOf(user)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		SimulatedTaxPlatform platform = this.simulation.getObject();
		List<Entry> entries = new ArrayList<>();
		Page<Payments.OrderView> page;
		int n = 0;
		do {
			page = this.payments.ordersOf(unitId, n++);
			for (Payments.OrderView order : page) {
				this.invoices.issued(order.orderRef())
					.ifPresent((invoice) -> entries.add(new Entry(order, invoice,
							platform.isBooked(invoice.invoiceNumber()), this.redLetters.forOrder(order.orderRef()))));
			}
		}
		while (page.hasNext());
		return entries;
	}

}
