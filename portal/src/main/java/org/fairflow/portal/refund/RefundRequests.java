package org.fairflow.portal.refund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fairflow.portal.cases.CaseEvent;
import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.cases.NewCase;
import org.fairflow.portal.payment.Payments;
import org.fairflow.portal.unit.UnitDirectory;
import org.fairflow.workers.invoice.Invoices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A unit asks to refund some paid items of one of its orders. Each item is claimed in the
 * request's transaction (one claim per item), so no item is refunded twice, also when two
 * requests race. Whether a line is refunded is the DMN's to say (in the process): this
 * class only tells it how each badge ended.
 */
@Service
class RefundRequests {

	static final String FLOW = "refund";

	static final String FINANCE_GROUP = "finance";

	static final String INVOICE_FLOW = "invoice-request";

	private static final Logger log = LoggerFactory.getLogger(RefundRequests.class);

	private final Payments payments;

	private final Cases cases;

	private final UnitDirectory units;

	private final Invoices invoices;

	private final RefundRepository refunds;

	private final RefundLineRepository lines;

	private final RefundClaimRepository claims;

	private final TransactionTemplate transactions;

	private final String financeEmail;

	RefundRequests(Payments payments, Cases cases, UnitDirectory units, Invoices invoices, RefundRepository refunds,
			RefundLineRepository lines, RefundClaimRepository claims, PlatformTransactionManager transactionManager,
			@Value("${fairflow.refund.finance-email:}") String financeEmail) {
		this.payments = payments;
		this.cases = cases;
		this.units = units;
		this.invoices = invoices;
		this.refunds = refunds;
		this.lines = lines;
		this.claims = claims;
		this.transactions = new TransactionTemplate(transactionManager);
		this.financeEmail = financeEmail.isBlank() ? null : financeEmail.strip();
	}

	/**
	 * A line of the order as the unit chooses from it.
	 *
	 * @param itemStatus the payment item's status (PAID, REFUNDABLE, REFUNDED…)
	 * @param claimedBy the refund that holds the item, or null
	 */
	record Line(Long itemId, String caseId, String personName, BigDecimal fee, String itemStatus, EndedAs endedAs,
			Long claimedBy) {

		public boolean isSelectable() {
			return this.claimedBy == null && ("PAID".equals(this.itemStatus) || "REFUNDABLE".equals(this.itemStatus));
		}

	}

	/** The order and its lines; {@code total} is the sum of the chosen lines. */
	record Preview(Payments.OrderView order, List<Line> lines, BigDecimal total) {

		List<Line> chosen(Collection<Long> itemIds) {
			return this.lines.stream().filter((l) -> itemIds.contains(l.itemId())).toList();
		}

	}

	/**
	 * The unit's paid order with every line and how its badge ended.
	 * @throws RefundNotFoundException for another unit's order or an unknown one
	 * @throws RefundException for an order that is not paid
	 */
	Preview order(Long unitId, Long orderId) {
		Payments.OrderView order = (orderId == null) ? null
				: this.payments.order(orderId).filter((o) -> o.unitId().equals(unitId)).orElse(null);
		if (order == null) {
			throw new RefundNotFoundException();
		}
		if (!"PAID".equals(order.status())) {
			throw new RefundException("refund.order.notPaid");
		}
		List<Long> itemIds = order.lines().stream().map(Payments.OrderLine::itemId).toList();
		Map<Long, Long> claimedBy = new HashMap<>();
		if (!itemIds.isEmpty()) {
			this.claims.findAllById(itemIds).forEach((c) -> claimedBy.put(c.getItemId(), c.getRefundId()));
		}
		List<Line> result = order.lines()
			.stream()
			.map((l) -> new Line(l.itemId(), l.caseId(), l.personName(), l.fee(), l.status(), endedAs(l),
					claimedBy.get(l.itemId())))
			.toList();
		return new Preview(order, result, BigDecimal.ZERO.setScale(2));
	}

	/**
	 * What the confirmation page shows: the chosen lines and the exact amount paid back.
	 * Stores nothing.
	 */
	Preview preview(Long unitId, Long orderId, Collection<Long> itemIds) {
		Preview order = order(unitId, orderId);
		List<Line> chosen = chosenLines(order, itemIds);
		return new Preview(order.order(), chosen, sum(chosen));
	}

	/**
	 * Stores the request, claims its items and opens the refund case in one transaction:
	 * a refusal (claimed meanwhile, engine down) stores nothing.
	 */
	Refund request(Long unitId, Long orderId, Collection<Long> itemIds, String actor) {
		try {
			return this.transactions.execute((tx) -> store(unitId, orderId, itemIds, actor));
		}
		catch (DataIntegrityViolationException ex) {
			// The claim's primary key: another request took one of the items meanwhile.
			log.info("Refund of order {} refused: an item was claimed by another request meanwhile", orderId);
			throw new RefundException("refund.claimed");
		}
	}

	private Refund store(Long unitId, Long orderId, Collection<Long> itemIds, String actor) {
		Preview order = order(unitId, orderId);
		List<Line> chosen = chosenLines(order, itemIds);
		if (hasOpenInvoiceRequest(unitId, orderId)) {
			throw new RefundException("refund.invoicePending");
		}
		String orderRef = order.order().orderRef();
		var invoice = this.invoices.issued(orderRef);
		BigDecimal amount = sum(chosen);
		Refund refund = this.refunds.saveAndFlush(new Refund(unitId, orderId, order.order().paidBy(), amount,
				invoice.map((i) -> i.invoiceNumber()).orElse(null), actor));
		Instant now = Instant.now();
		for (Line line : chosen) {
			this.lines.save(new RefundLine(refund.getId(), line.itemId(), line.caseId(), line.personName(), line.fee(),
					line.endedAs()));
			this.claims.claim(line.itemId(), refund.getId(), now);
		}
		UnitDirectory.RegisteredUnit unit = this.units.findById(unitId).orElseThrow(RefundNotFoundException::new);
		UnitDirectory.UnitContact contact = this.units.contact(unitId).orElseThrow(RefundNotFoundException::new);
		Map<String, Object> vars = new HashMap<>();
		vars.put("refundId", refund.getId());
		vars.put("refundRef", refund.reference());
		vars.put("orderId", orderId);
		vars.put("orderRef", orderRef);
		vars.put("unitId", unitId);
		vars.put("unitName", unit.nameZh());
		vars.put("unitNameEn", (unit.nameEn() == null || unit.nameEn().isBlank()) ? unit.nameZh() : unit.nameEn());
		vars.put("language", contact.language());
		vars.put("contactMobile", contact.mobile());
		vars.put("contactEmail", contact.email());
		vars.put("financeGroup", FINANCE_GROUP);
		vars.put("financeEmail", this.financeEmail);
		vars.put("amount", money(amount));
		vars.put("channel", refund.getChannel());
		vars.put("invoiced", invoice.isPresent());
		vars.put("invoiceNumber", refund.getInvoiceNumber());
		vars.put("personNames", String.join(",", chosen.stream().map(Line::personName).toList()));
		List<Map<String, Object>> refundLines = new ArrayList<>();
		for (Line line : chosen) {
			Map<String, Object> l = new LinkedHashMap<>();
			l.put("itemId", line.itemId());
			l.put("personName", line.personName());
			l.put("amount", money(line.fee()));
			l.put("endedAs", line.endedAs().name());
			refundLines.add(l);
		}
		vars.put("refundLines", refundLines);
		String en = (unit.nameEn() == null || unit.nameEn().isBlank()) ? null
				: "Refund #" + refund.getId() + " · " + unit.nameEn();
		CaseRecord record = this.cases
			.open(new NewCase(FLOW, String.valueOf(refund.getId()), "退款 #" + refund.getId() + " · " + unit.nameZh(), en,
					"unit:" + unitId, unit.organisationId(), "REFUND_REQUESTED", actor, vars));
		refund.opened(record.getId());
		log.info("Unit {} requested refund {} of order {} ({} lines, {} yuan)", unitId, refund.getId(), orderId,
				chosen.size(), money(amount));
		return refund;
	}

	/**
	 * An invoice request of the order still running: its outcome decides whether to
	 * reverse.
	 */
	private boolean hasOpenInvoiceRequest(Long unitId, Long orderId) {
		return this.cases.forApplicant("unit:" + unitId)
			.stream()
			.anyMatch((c) -> INVOICE_FLOW.equals(c.getFlow()) && String.valueOf(orderId).equals(c.getBusinessKey())
					&& c.isActive() && !"INVOICE_ISSUED".equals(c.getStatus())
					&& !"INVOICE_REFUSED".equals(c.getStatus()));
	}

	private static List<Line> chosenLines(Preview order, Collection<Long> itemIds) {
		Set<Long> ids = new LinkedHashSet<>();
		if (itemIds != null) {
			itemIds.stream().filter(java.util.Objects::nonNull).forEach(ids::add);
		}
		if (ids.isEmpty()) {
			throw new RefundException("refund.lines.none");
		}
		List<Line> chosen = order.chosen(ids);
		if (chosen.size() != ids.size()) {
			throw new RefundException("refund.lines.unknown");
		}
		for (Line line : chosen) {
			if (line.claimedBy() != null || "REFUNDED".equals(line.itemStatus())) {
				throw new RefundException("refund.lines.claimed", line.personName());
			}
			if (!line.isSelectable()) {
				throw new RefundException("refund.lines.notPaid", line.personName());
			}
		}
		return chosen;
	}

	/**
	 * How the person's badge ended: from the case's status and, for a cancellation, who
	 * asked for it last (the organiser's request is its own history line).
	 */
	EndedAs endedAs(Payments.OrderLine line) {
		CaseRecord record = this.cases.find(line.caseId()).orElse(null);
		String status = (record != null) ? record.getStatus() : null;
		if ("REJECTED".equals(status)) {
			return EndedAs.REJECTED;
		}
		if ("CANCELLED".equals(status)) {
			List<CaseEvent> history = this.cases.history(line.caseId());
			for (int i = history.size() - 1; i >= 0; i--) {
				String event = history.get(i).getEvent();
				if ("ORGANISER_CANCEL_REQUESTED".equals(event)) {
					return EndedAs.CANCELLED_BY_ORGANISER;
				}
				if ("CANCEL_REQUESTED".equals(event)) {
					return EndedAs.CANCELLED_BY_UNIT;
				}
			}
			return EndedAs.CANCELLED_BY_UNIT;
		}
		return EndedAs.ACTIVE;
	}

	static BigDecimal sum(List<Line> lines) {
		return lines.stream()
			.map(Line::fee)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(2, RoundingMode.UNNECESSARY);
	}

	static String money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
	}

}
