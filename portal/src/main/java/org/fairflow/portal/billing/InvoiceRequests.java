package org.fairflow.portal.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.cases.NewCase;
import org.fairflow.portal.engine.EngineException;
import org.fairflow.portal.payment.Payments;
import org.fairflow.portal.refund.OpenRefunds;
import org.fairflow.portal.unit.UnitDirectory;
import org.fairflow.workers.invoice.InvoiceRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Invoice requests of paid orders: one invoice per order, issued by an
 * {@code invoice-request} case (business key = order id).
 *
 * <p>
 * The payer is the unit (it paid online or by transfer), so the invoice's title is the
 * unit's registered Chinese name and its buyer the unit, whatever the form sends. The
 * request row and the case are stored in one transaction; the row's unique order id makes
 * a second request for the order (two submits at once included) fail as a whole, answered
 * with a message, nothing half-stored.
 */
@Service
class InvoiceRequests {

	static final String FLOW = "invoice-request";

	private static final Logger log = LoggerFactory.getLogger(InvoiceRequests.class);

	/**
	 * Amounts inside {@code invoiceRequest} travel as strings with their 2 places, like
	 * every amount of billing (a JSON number loses trailing zeros).
	 */
	private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

	static {
		JSON.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
	}

	private final OrderInvoiceRepository invoices;

	private final Payments payments;

	private final UnitDirectory units;

	private final Cases cases;

	private final OpenRefunds openRefunds;

	private final TransactionTemplate transactions;

	InvoiceRequests(OrderInvoiceRepository invoices, Payments payments, UnitDirectory units, Cases cases,
			OpenRefunds openRefunds, PlatformTransactionManager transactionManager) {
		this.invoices = invoices;
		this.openRefunds = openRefunds;
		this.payments = payments;
		this.units = units;
		this.cases = cases;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** The unit's order; another unit's order does not exist for it (404). */
	Payments.OrderView orderOf(Long unitId, Long orderId) {
		return this.payments.order(orderId)
			.filter((o) -> unitId != null && unitId.equals(o.unitId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Any order, for finance and the organiser. */
	Optional<Payments.OrderView> order(Long orderId) {
		return this.payments.order(orderId);
	}

	Optional<OrderInvoice> invoiceOf(Long orderId) {
		return this.invoices.findByOrderId(orderId);
	}

	/**
	 * The form as it opens: a refused request as it was sent (to correct it), else the
	 * unit's credit code and contact; the title is always the payer's.
	 */
	InvoiceForm prefilled(Long unitId, Long orderId) {
		UnitDirectory.RegisteredUnit unit = this.units.findById(unitId).orElseThrow();
		InvoiceForm form = new InvoiceForm();
		Optional<OrderInvoice> earlier = this.invoices.findByOrderId(orderId);
		if (earlier.isPresent()) {
			OrderInvoice e = earlier.get();
			form.setKind(e.getKind());
			form.setTaxNumber(e.getTaxNumber());
			form.setPhone(e.getPhone());
			form.setEmail(e.getEmail());
			form.setAddress(e.getAddress());
			form.setBankName(e.getBankName());
			form.setBankAccount(e.getBankAccount());
		}
		else {
			form.setTaxNumber(unit.creditCode());
			this.units.contact(unitId).ifPresent((c) -> {
				form.setPhone(c.mobile());
				form.setEmail(c.email());
			});
		}
		payerOnly(form, unit);
		return form;
	}

	/**
	 * Validates and, when valid, stores the request and opens its case.
	 * @return the message keys per form field ({@code kind}, {@code taxNumber}, …; others
	 * under {@code global}); empty when the request was stored
	 * @throws BillingException when the order is not paid or already has an invoice
	 * request
	 */
	Map<String, List<String>> request(Long unitId, Long orderId, InvoiceForm form, String username) {
		Payments.OrderView order = orderOf(unitId, orderId);
		if (!"PAID".equals(order.status())) {
			throw new BillingException("billing.invoice.notPaid");
		}
		this.invoices.findByOrderId(orderId)
			.filter((invoice) -> invoice.getStatus() != OrderInvoice.Status.REFUSED)
			.ifPresent((invoice) -> {
				throw new BillingException((invoice.getStatus() == OrderInvoice.Status.ISSUED)
						? "billing.invoice.alreadyIssued" : "billing.invoice.alreadyRequested");
			});
		if (this.openRefunds.any(orderId)) {
			// Its case was opened without an invoice: it would pay back without
			// reversing.
			throw new BillingException("billing.invoice.refundOpen");
		}
		UnitDirectory.RegisteredUnit unit = this.units.findById(unitId).orElseThrow();
		payerOnly(form, unit);
		List<InvoiceRequest.Line> lines = InvoiceLines.of(order);
		if (lines.isEmpty()) {
			throw new BillingException("billing.invoice.nothingLeft");
		}
		if (InvoiceLines.sum(lines).compareTo(InvoiceLines.kept(order)) != 0) {
			// The invoice must state what was paid and kept; never invoice another
			// amount.
			log.error("Order {}: paid lines sum to {} but the order kept {}; no invoice requested", orderId,
					InvoiceLines.sum(lines), InvoiceLines.kept(order));
			throw new BillingException("billing.invoice.totalMismatch");
		}
		InvoiceRequest request = form.toRequest(lines);
		List<String> problems = request.problems();
		if (!problems.isEmpty()) {
			return byField(problems);
		}
		try {
			this.transactions.executeWithoutResult((status) -> store(order, unit, request, username));
		}
		catch (DataIntegrityViolationException | OptimisticLockingFailureException ex) {
			// Another request for this order was stored at the same moment: its row won.
			log.info("Invoice request for order {} refused: another one was stored meanwhile", orderId);
			throw new BillingException("billing.invoice.alreadyRequested");
		}
		catch (EngineException ex) {
			log.warn("Invoice request for order {} not stored: the engine refused the case ({})", orderId,
					ex.getMessage());
			throw new BillingException("engine.unavailable");
		}
		return Map.of();
	}

	private void store(Payments.OrderView order, UnitDirectory.RegisteredUnit unit, InvoiceRequest request,
			String username) {
		Instant now = Instant.now();
		OrderInvoice invoice = this.invoices.findByOrderId(order.id()).orElse(null);
		if (invoice == null) {
			invoice = new OrderInvoice(order.id(), unit.id(), InvoiceLines.kept(order), request, username, now);
		}
		else if (invoice.getStatus() == OrderInvoice.Status.REFUSED) {
			invoice.take(request, InvoiceLines.kept(order), username, now);
		}
		else {
			throw new BillingException((invoice.getStatus() == OrderInvoice.Status.ISSUED)
					? "billing.invoice.alreadyIssued" : "billing.invoice.alreadyRequested");
		}
		// Flushed before the case opens: a second request fails on the unique order id
		// (or
		// the row's version) before any process starts.
		invoice = this.invoices.saveAndFlush(invoice);
		CaseRecord record = this.cases.open(newCase(order, unit, request, username));
		invoice.opened(record.getId());
		log.info("Invoice of order {} requested ({}, attempt {}): case {}", order.id(), request.kind(),
				invoice.getAttempts(), record.getId());
	}

	private NewCase newCase(Payments.OrderView order, UnitDirectory.RegisteredUnit unit, InvoiceRequest request,
			String username) {
		UnitDirectory.UnitContact contact = this.units.contact(unit.id()).orElseThrow();
		Map<String, Object> vars = new HashMap<>();
		vars.put("orderId", order.id());
		vars.put("orderRef", order.orderRef());
		vars.put("unitId", unit.id());
		vars.put("unitName", unit.nameZh());
		vars.put("unitNameEn", unit.nameEn());
		vars.put("language", contact.language());
		vars.put("contactMobile", contact.mobile());
		vars.put("contactEmail", contact.email());
		// The invoice goes where the request says; an ordinary invoice may name no
		// address, and then the contact hears of it.
		vars.put("invoiceEmail",
				(request.email() != null && !request.email().isBlank()) ? request.email().strip() : contact.email());
		vars.put("amount", InvoiceLines.kept(order).toPlainString());
		vars.put("invoiceRequest", asVariable(request));
		String en = (unit.nameEn() == null || unit.nameEn().isBlank()) ? null
				: "Invoice for order #" + order.id() + " · " + unit.nameEn();
		return new NewCase(FLOW, String.valueOf(order.id()), "开票申请 #" + order.id() + " · " + unit.nameZh(), en,
				"unit:" + unit.id(), unit.organisationId(), "INVOICE_REQUESTED", username, vars);
	}

	/** The request as the worker reads it back: a JSON map, amounts as strings. */
	static Map<String, Object> asVariable(InvoiceRequest request) {
		Map<String, Object> map = new LinkedHashMap<>(JSON.convertValue(request, new TypeReference<>() {
		}));
		// A derived property of the record, not part of the request.
		map.remove("valid");
		return map;
	}

	/** The payer is the unit: its registered name is the title, the unit the buyer. */
	private static void payerOnly(InvoiceForm form, UnitDirectory.RegisteredUnit unit) {
		form.setTitle(unit.nameZh());
		form.setBuyerKind(InvoiceRequest.BuyerKind.UNIT.name());
	}

	/** {@code invoice.taxNumber.length} belongs to field {@code taxNumber}. */
	static Map<String, List<String>> byField(List<String> problems) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		for (String key : problems) {
			String[] parts = key.split("\\.");
			String field = (parts.length >= 3) ? parts[1] : "global";
			field = switch (field) {
				case "kind", "buyerKind", "title", "taxNumber", "phone", "email", "address", "bankName",
						"bankAccount" ->
					field;
				case "special" -> "kind";
				default -> "global";
			};
			fields.computeIfAbsent(field, (f) -> new java.util.ArrayList<>()).add(key);
		}
		return fields;
	}

	static BigDecimal scale2(BigDecimal value) {
		return (value == null) ? null : value.setScale(2, RoundingMode.HALF_UP);
	}

}
