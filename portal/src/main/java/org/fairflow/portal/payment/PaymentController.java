package org.fairflow.portal.payment;

import java.io.IOException;
import java.util.List;

import org.fairflow.portal.engine.EngineException;
import org.fairflow.portal.security.PortalUser;

import org.springframework.dao.OptimisticLockingFailureException;
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
 * The unit's payment pages: persons awaiting payment, confirm an order, pay online,
 * upload a transfer receipt, cancel. Finance and the organiser open receipts.
 */
@Controller
@RequestMapping("/payment")
class PaymentController {

	private final PayingUnits payers;

	private final Orders orders;

	private final BankTransfers transfers;

	PaymentController(PayingUnits payers, Orders orders, BankTransfers transfers) {
		this.payers = payers;
		this.orders = orders;
		this.transfers = transfers;
	}

	@GetMapping
	String index(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "0") int orderPage, Model model) {
		Long unitId = this.payers.approvedUnit(user).orElse(null);
		if (unitId == null) {
			// The menu offers this page to every unit: one not approved learns why there
			// is
			// nothing to pay, instead of an error page.
			model.addAttribute("unitStatus", this.payers.unitStatusOf(user));
			model.addAttribute("titleKey", "payment.title");
			model.addAttribute("textKey", "payment.unavailable");
			model.addAttribute("boxId", "payment-unavailable");
			return "unit-not-approved";
		}
		model.addAttribute("items", this.orders.openItems(unitId, page));
		model.addAttribute("orders", this.orders.orders(unitId, orderPage));
		model.addAttribute("refundable", this.orders.refundable(unitId));
		return "payment/index";
	}

	/** Shows the chosen lines and their total; stores nothing. */
	@PostMapping("/confirm")
	String confirm(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) List<Long> itemIds,
			Model model, RedirectAttributes redirect) {
		Long unitId = this.payers.approvedUnitOf(user);
		try {
			model.addAttribute("preview", this.orders.preview(unitId, itemIds));
			return "payment/confirm";
		}
		catch (PaymentException ex) {
			return fail(redirect, ex, "redirect:/payment");
		}
	}

	@PostMapping("/orders")
	String create(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) List<Long> itemIds,
			RedirectAttributes redirect) {
		Long unitId = this.payers.approvedUnitOf(user);
		try {
			PaymentOrder order = this.orders.create(unitId, itemIds, user.getUsername());
			redirect.addFlashAttribute("successKey", "payment.order.created");
			return "redirect:/payment/orders/" + order.getId();
		}
		catch (PaymentException ex) {
			return fail(redirect, ex, "redirect:/payment");
		}
	}

	@GetMapping("/orders/{id}")
	String order(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		Long unitId = this.payers.approvedUnitOf(user);
		PaymentOrder order = this.orders.order(unitId, id);
		model.addAttribute("order", order);
		model.addAttribute("lines", this.orders.lines(id));
		model.addAttribute("maxReceiptMb", ReceiptFile.MAX_BYTES / 1024 / 1024);
		return "payment/order";
	}

	@PostMapping("/orders/{id}/cancel")
	String cancel(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		Long unitId = this.payers.approvedUnitOf(user);
		try {
			this.orders.cancel(unitId, id);
			redirect.addFlashAttribute("successKey", "payment.order.cancelled");
			return "redirect:/payment";
		}
		catch (PaymentException ex) {
			return fail(redirect, ex, "redirect:/payment/orders/" + id);
		}
		catch (OptimisticLockingFailureException ex) {
			return fail(redirect, new PaymentException("payment.order.changedMeanwhile"),
					"redirect:/payment/orders/" + id);
		}
	}

	@PostMapping("/orders/{id}/pay")
	String pay(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		Long unitId = this.payers.approvedUnitOf(user);
		try {
			return "redirect:" + this.orders.payOnline(unitId, id);
		}
		catch (PaymentException ex) {
			return fail(redirect, ex, "redirect:/payment/orders/" + id);
		}
	}

	@PostMapping("/orders/{id}/receipt")
	String upload(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(name = "receipt", required = false) MultipartFile receipt, RedirectAttributes redirect) {
		Long unitId = this.payers.approvedUnitOf(user);
		try {
			byte[] content = (receipt == null || receipt.isEmpty()) ? null : receipt.getBytes();
			ReceiptFile file = ReceiptFile.of((receipt != null) ? receipt.getOriginalFilename() : null, content);
			this.transfers.submit(unitId, id, file, user.getUsername());
			redirect.addFlashAttribute("successKey", "payment.receipt.submitted");
		}
		catch (PaymentException ex) {
			fail(redirect, ex, null);
		}
		catch (EngineException ex) {
			fail(redirect, new PaymentException("engine.unavailable"), null);
		}
		catch (IOException | OptimisticLockingFailureException ex) {
			fail(redirect, new PaymentException("payment.order.changedMeanwhile"), null);
		}
		return "redirect:/payment/orders/" + id;
	}

	/** Finance and the organiser only; anyone else is told it does not exist. */
	@GetMapping("/orders/{id}/receipt")
	ResponseEntity<byte[]> receipt(@AuthenticationPrincipal PortalUser user, @PathVariable long id) {
		if (!PayingUnits.mayReadReceipts(user)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		PaymentReceipt receipt = this.transfers.receipt(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(receipt.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(receipt.getFileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(receipt.getContent());
	}

	private static String fail(RedirectAttributes redirect, PaymentException ex, String view) {
		redirect.addFlashAttribute("errorKey", ex.messageKey());
		redirect.addFlashAttribute("errorArgs", ex.arguments());
		return view;
	}

}
