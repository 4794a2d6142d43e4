package org.fairflow.portal.billing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.fairflow.portal.export.ExportFormat;
import org.fairflow.portal.export.Exports;
import org.fairflow.portal.payment.Payments;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.unit.UnitDirectory;
import org.fairflow.workers.invoice.RedLetterView;

import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The unit's billing page (its orders with their invoices), the invoice request form and
 * the invoice PDFs. A unit sees only its own orders; another unit's order is not found.
 * Finance and the organiser download any invoice.
 */
@Controller
@RequestMapping("/billing")
class BillingController {

	private final Billing billing;

	private final InvoiceRequests requests;

	private final UnitDirectory units;

	private final BillingExport export;

	private final Exports exports;

	BillingController(Billing billing, InvoiceRequests requests, UnitDirectory units, BillingExport export,
			Exports exports) {
		this.export = export;
		this.exports = exports;
		this.billing = billing;
		this.requests = requests;
		this.units = units;
	}

	@GetMapping
	String index(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		Optional<Long> unitId = this.units.approvedUnitOf(user);
		Page<Billing.OrderRow> rows = unitId.map((id) -> this.billing.ordersOf(id, page)).orElse(Page.empty());
		model.addAttribute("rows", rows);
		model.addAttribute("approved", unitId.isPresent());
		return "billing/index";
	}

	/**
	 * The unit's own orders and invoices as XLSX or CSV; a unit not approved has none.
	 */
	@GetMapping("/export")
	void export(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String format, Locale locale,
			HttpServletResponse response) throws IOException {
		ExportFormat chosen = ExportFormat.of(format);
		this.exports.write(this.export.ofUnit(unitOf(user), locale), chosen, response);
	}

	@GetMapping("/orders/{orderId}/invoice")
	String form(@AuthenticationPrincipal PortalUser user, @PathVariable long orderId, Model model) {
		Long unitId = unitOf(user);
		Payments.OrderView order = this.requests.orderOf(unitId, orderId);
		Optional<OrderInvoice> invoice = this.requests.invoiceOf(orderId);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", this.requests.prefilled(unitId, orderId));
		}
		return formPage(model, order, invoice.orElse(null), Map.of());
	}

	@PostMapping("/orders/{orderId}/invoice")
	String request(@AuthenticationPrincipal PortalUser user, @PathVariable long orderId,
			@ModelAttribute("form") InvoiceForm form, Model model, RedirectAttributes redirect) {
		Long unitId = unitOf(user);
		Payments.OrderView order = this.requests.orderOf(unitId, orderId);
		try {
			Map<String, List<String>> problems = this.requests.request(unitId, orderId, form, user.getUsername());
			if (!problems.isEmpty()) {
				model.addAttribute("form", form);
				return formPage(model, order, this.requests.invoiceOf(orderId).orElse(null), problems);
			}
		}
		catch (BillingException ex) {
			ex.flash(redirect);
			return "redirect:/billing/orders/" + orderId + "/invoice";
		}
		redirect.addFlashAttribute("successKey", "billing.invoice.requested");
		redirect.addFlashAttribute("successArgs", new Object[] { orderId });
		return "redirect:/billing";
	}

	/** The unit's own invoice; finance and the organiser any. */
	@GetMapping("/orders/{orderId}/invoice.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal PortalUser user, @PathVariable long orderId) {
		Payments.OrderView order = mayReadAll(user)
				? this.requests.order(orderId).orElseThrow(BillingController::notFound)
				: this.requests.orderOf(unitOf(user), orderId);
		byte[] pdf = this.billing.invoicePdf(order).orElseThrow(BillingController::notFound);
		return pdf(pdf, "invoice-" + order.orderRef() + ".pdf");
	}

	/**
	 * A red-letter invoice: the unit's if it reverses the invoice of one of its orders;
	 * finance and the organiser any.
	 */
	@GetMapping("/refunds/{refundRef}/red-letter.pdf")
	ResponseEntity<byte[]> redLetterPdf(@AuthenticationPrincipal PortalUser user, @PathVariable String refundRef) {
		RedLetterView redLetter = this.billing.redLetter(refundRef).orElseThrow(BillingController::notFound);
		if (!mayReadAll(user)) {
			Long orderId = orderIdOf(redLetter.orderRef());
			// Not found unless the order is the unit's own.
			this.requests.orderOf(unitOf(user), orderId);
		}
		byte[] pdf = this.billing.redLetterPdf(refundRef).orElseThrow(BillingController::notFound);
		return pdf(pdf, "red-letter-" + refundRef + ".pdf");
	}

	/** {@code order-42} → 42; anything else is no order of anybody's. */
	private static Long orderIdOf(String orderRef) {
		if (orderRef == null || !orderRef.matches("order-[0-9]{1,18}")) {
			throw notFound();
		}
		return Long.valueOf(orderRef.substring("order-".length()));
	}

	static ResponseEntity<byte[]> pdf(byte[] content, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

	private String formPage(Model model, Payments.OrderView order, OrderInvoice invoice,
			Map<String, List<String>> problems) {
		model.addAttribute("order", order);
		model.addAttribute("lines", InvoiceLines.paid(order));
		model.addAttribute("kept", InvoiceLines.kept(order));
		model.addAttribute("invoice", invoice);
		model.addAttribute("paid", "PAID".equals(order.status()));
		// A refused request is corrected on this form; a requested or issued one is
		// shown.
		model.addAttribute("open", invoice == null || invoice.getStatus() == OrderInvoice.Status.REFUSED);
		model.addAttribute("problems", problems);
		return "billing/invoice";
	}

	static boolean mayReadAll(PortalUser user) {
		return user != null && (user.role() == Role.FINANCE || user.role() == Role.ORGANISER);
	}

	private Long unitOf(PortalUser user) {
		return this.units.approvedUnitOf(user).orElseThrow(BillingController::notFound);
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
