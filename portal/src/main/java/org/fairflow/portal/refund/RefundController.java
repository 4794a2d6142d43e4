package org.fairflow.portal.refund;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.fairflow.portal.engine.EngineException;
import org.fairflow.portal.export.ExportFormat;
import org.fairflow.portal.export.Exports;
import org.fairflow.portal.payment.PaymentException;
import org.fairflow.portal.payment.ReceiptFile;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.unit.UnitDirectory;
import org.fairflow.workers.invoice.SimulatedTaxPlatform;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The unit's refund pages (list, choose lines of a paid order, confirm, request) and
 * finance's bank receipt of a transfer refund.
 */
@Controller
@RequestMapping("/refunds")
class RefundController {

	private final UnitDirectory units;

	private final RefundRequests requests;

	private final RefundList list;

	private final BankRefunds bankRefunds;

	private final ObjectProvider<SimulatedTaxPlatform> taxSimulation;

	private final FinanceRefundsExport export;

	private final Exports exports;

	RefundController(UnitDirectory units, RefundRequests requests, RefundList list, BankRefunds bankRefunds,
			ObjectProvider<SimulatedTaxPlatform> taxSimulation, FinanceRefundsExport export, Exports exports) {
		this.export = export;
		this.exports = exports;
		this.taxSimulation = taxSimulation;
		this.units = units;
		this.requests = requests;
		this.list = list;
		this.bankRefunds = bankRefunds;
	}

	@GetMapping
	String index(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		Long unitId = this.units.approvedUnitOf(user).orElse(null);
		if (unitId == null) {
			// The menu offers this page to every unit: one not approved learns why there
			// is
			// nothing to refund, instead of an error page (as on /payment).
			String status = java.util.Optional.ofNullable(user.unitId())
				.flatMap(this.units::findById)
				.map(UnitDirectory.RegisteredUnit::status)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
			model.addAttribute("unitStatus", status);
			model.addAttribute("titleKey", "refund.title");
			model.addAttribute("textKey", "refund.unavailable");
			model.addAttribute("boxId", "refund-unavailable");
			return "unit-not-approved";
		}
		model.addAttribute("refunds", this.list.of(unitId, page));
		model.addAttribute("taxSimulation", this.taxSimulation.getIfAvailable() != null);
		return "refund/index";
	}

	/** The unit's own refunds as XLSX or CSV; a unit not approved has none. */
	@GetMapping("/export")
	void export(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String format, Locale locale,
			HttpServletResponse response) throws IOException {
		ExportFormat chosen = ExportFormat.of(format);
		this.exports.write(this.export.ofUnit(unitOf(user), locale), chosen, response);
	}

	@GetMapping("/new")
	String choose(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) Long orderId, Model model,
			RedirectAttributes redirect) {
		Long unitId = unitOf(user);
		if (orderId == null) {
			return fail(redirect, new RefundException("refund.order.choose"), "redirect:/payment");
		}
		try {
			model.addAttribute("preview", this.requests.order(unitId, orderId));
			return "refund/new";
		}
		catch (RefundException ex) {
			return fail(redirect, ex, "redirect:/payment/orders/" + orderId);
		}
	}

	/** Shows the chosen lines and the amount paid back; stores nothing. */
	@PostMapping("/confirm")
	String confirm(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) Long orderId,
			@RequestParam(required = false) List<Long> itemIds, Model model, RedirectAttributes redirect) {
		Long unitId = unitOf(user);
		if (orderId == null) {
			throw new RefundNotFoundException();
		}
		try {
			model.addAttribute("preview", this.requests.preview(unitId, orderId, itemIds));
			return "refund/confirm";
		}
		catch (RefundException ex) {
			return fail(redirect, ex, "redirect:/refunds/new?orderId=" + orderId);
		}
	}

	@PostMapping
	String request(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) Long orderId,
			@RequestParam(required = false) List<Long> itemIds, RedirectAttributes redirect) {
		Long unitId = unitOf(user);
		if (orderId == null) {
			throw new RefundNotFoundException();
		}
		try {
			Refund refund = this.requests.request(unitId, orderId, itemIds, user.getUsername());
			redirect.addFlashAttribute("successKey", "refund.requested");
			redirect.addFlashAttribute("successArgs", new Object[] { refund.getId() });
			return "redirect:/refunds";
		}
		catch (RefundException ex) {
			return fail(redirect, ex, "redirect:/refunds/new?orderId=" + orderId);
		}
		catch (EngineException ex) {
			return fail(redirect, new RefundException("engine.unavailable"),
					"redirect:/refunds/new?orderId=" + orderId);
		}
	}

	/** Finance uploads the bank's receipt from the bank-refund task. */
	@PostMapping("/{id}/bank-receipt")
	String uploadBankReceipt(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(name = "receipt", required = false) MultipartFile receipt,
			@RequestParam(required = false) Long taskId, RedirectAttributes redirect) {
		if (user == null || user.role() != Role.FINANCE) {
			throw new RefundNotFoundException();
		}
		try {
			byte[] content = (receipt == null || receipt.isEmpty()) ? null : receipt.getBytes();
			this.bankRefunds.upload(id,
					ReceiptFile.of((receipt != null) ? receipt.getOriginalFilename() : null, content),
					user.getUsername());
			redirect.addFlashAttribute("successKey", "refund.bank.uploaded");
		}
		catch (PaymentException ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
		}
		catch (RefundException ex) {
			fail(redirect, ex, null);
		}
		catch (IOException ex) {
			fail(redirect, new RefundException("refund.bank.unreadable"), null);
		}
		return (taskId != null) ? "redirect:/tasks/" + taskId : "redirect:/tasks";
	}

	/** Finance and the organiser only; anyone else is told it does not exist. */
	@GetMapping("/{id}/bank-receipt")
	ResponseEntity<byte[]> bankReceipt(@AuthenticationPrincipal PortalUser user, @PathVariable long id) {
		if (user == null || (user.role() != Role.FINANCE && user.role() != Role.ORGANISER)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		BankRefundReceipt receipt = this.bankRefunds.receipt(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(receipt.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(receipt.getFileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(receipt.getContent());
	}

	private Long unitOf(PortalUser user) {
		return this.units.approvedUnitOf(user).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

	private static String fail(RedirectAttributes redirect, RefundException ex, String view) {
		redirect.addFlashAttribute("errorKey", ex.messageKey());
		redirect.addFlashAttribute("errorArgs", ex.arguments());
		return view;
	}

}
