package org.fairflow.workers.invoice;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reverses the blue invoice of a refunded order by a red-letter invoice (红字发票),
 * effectively once per refund, and keeps fairflow's record of it
 * ({@code red_letter_record}).
 *
 * <p>
 * As {@link Invoices} does, the side effect is recorded before it is attempted: the row
 * (ATTEMPTING, attempts + 1) is committed in its own transaction before the platform is
 * asked, and completed after (AWAITING_BUYER with the confirmation, or ISSUED with the
 * red invoice). A request that finds its refund still ATTEMPTING does not know whether
 * the last call reached the platform, so it asks {@link EInvoicingPlatform#findRedLetter}
 * first and records what the platform has; only when the platform has nothing does it
 * request again. A refusal (more than is left of the blue invoice) reversed nothing: its
 * attempt is removed and the refusal passed on.
 *
 * <p>
 * The public read methods serve the portal's refund and billing pages.
 */
public class RedLetters {

	private static final Logger log = LoggerFactory.getLogger(RedLetters.class);

	private static final String COLUMNS = "refund_ref, order_ref, blue_invoice_number, status, amount, "
			+ "confirmation_id, opened_at, lapses_at, red_invoice_number, issue_date, amount_without_tax, tax_amount, "
			+ "total, verification_code";

	private final JdbcTemplate jdbc;

	private final EInvoicingPlatform platform;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	RedLetters(JdbcTemplate jdbc, EInvoicingPlatform platform, TransactionTemplate transaction, Clock clock) {
		this.jdbc = jdbc;
		this.platform = platform;
		this.ownTransaction = new TransactionTemplate(transaction.getTransactionManager());
		// Committed before the call even when the caller has a transaction open.
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Asks the platform to reverse {@code amount} of the order's blue invoice for a
	 * refund, or returns what is recorded for the refund.
	 * @param blueInvoiceNumber the blue invoice as fairflow knows it (recorded; the
	 * platform's own number wins when they differ)
	 * @return ISSUED (the red invoice) or AWAITING_BUYER (the confirmation)
	 * @throws RedLetterRefusedException the platform refuses (nothing reversed, nothing
	 * recorded)
	 * @throws RuntimeException the platform's fault; the attempt stays recorded and the
	 * next call reconciles it
	 */
	public RedLetterAnswer request(String refundRef, String orderRef, BigDecimal amount, String blueInvoiceNumber) {
		if (refundRef == null || refundRef.isBlank() || orderRef == null || orderRef.isBlank()) {
			throw new IllegalArgumentException("A red letter needs a refund and an order reference");
		}
		if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > TaxSplit.SCALE) {
			throw new IllegalArgumentException("A red letter needs a positive amount with at most 2 decimals");
		}
		BigDecimal reversed = amount.setScale(TaxSplit.SCALE);
		Optional<RedLetterAnswer> recorded = recorded(refundRef);
		if (recorded.isPresent()) {
			log.info("Red letter of {} is recorded ({}); not requested again", refundRef, recorded.get().state());
			return recorded.get();
		}
		if (!beginFirstAttempt(refundRef, orderRef, reversed, blueInvoiceNumber)) {
			// Not recorded as done, but an attempt began before: its outcome is unknown.
			Optional<RedLetterAnswer> found = this.platform.findRedLetter(refundRef);
			if (found.isPresent()) {
				log.warn("Red letter of {} had an unknown outcome; the platform has it ({}): recorded, not "
						+ "requested again", refundRef, found.get().state());
				return record(found.get(), true);
			}
			beginNextAttempt(refundRef);
			log.info("Red letter of {} had an unknown outcome and the platform has none: requesting again", refundRef);
		}
		RedLetterAnswer answer;
		try {
			answer = this.platform.requestRedLetter(refundRef, orderRef, reversed);
		}
		catch (RedLetterRefusedException ex) {
			this.ownTransaction.executeWithoutResult((status) -> this.jdbc
				.update("delete from red_letter_record where refund_ref = ? and status = 'ATTEMPTING'", refundRef));
			log.info("Red letter of {} refused by the platform ({}): nothing reversed", refundRef, ex.reason());
			throw ex;
		}
		return record(answer, false);
	}

	/**
	 * Issues the red invoice of a refund whose confirmation the buyer confirmed, or
	 * returns the recorded one. Asks the platform first whether it was issued (an earlier
	 * call whose answer was lost).
	 * @throws RedLetterRefusedException ({@link RedLetterRefusedException#LAPSED}) the
	 * confirmation lapsed
	 * @throws IllegalStateException nothing requested for the refund, or not confirmed
	 * yet
	 */
	public RedLetterAnswer issue(String refundRef) {
		List<String> statuses = this.jdbc.queryForList("select status from red_letter_record where refund_ref = ?",
				String.class, refundRef);
		if (statuses.isEmpty()) {
			throw new IllegalStateException("No red letter is recorded for " + refundRef);
		}
		if ("ISSUED".equals(statuses.get(0))) {
			return recorded(refundRef).orElseThrow();
		}
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc.update(
				"update red_letter_record set attempts = attempts + 1, attempt_started_at = ? where refund_ref = ?",
				now(), refundRef));
		Optional<RedLetterAnswer> found = this.platform.findRedLetter(refundRef);
		if (found.isPresent() && found.get().state() == RedLetterAnswer.State.ISSUED) {
			log.info("Red letter of {} was issued by the platform before ({}); recorded", refundRef,
					found.get().redLetterNumber());
			return record(found.get(), true);
		}
		return record(this.platform.issueRedLetter(refundRef), false);
	}

	/** What the platform knows now about the refund's reversal. */
	Optional<RedLetterAnswer> atPlatform(String refundRef) {
		return this.platform.findRedLetter(refundRef);
	}

	/** fairflow's record of a refund's reversal, if one was requested. */
	public Optional<RedLetterView> find(String refundRef) {
		return this.jdbc.query("select " + COLUMNS + " from red_letter_record where refund_ref = ?", view(), refundRef)
			.stream()
			.findFirst();
	}

	/** The reversals of an order's blue invoice, oldest first. */
	public List<RedLetterView> forOrder(String orderRef) {
		return this.jdbc.query("select " + COLUMNS + " from red_letter_record where order_ref = ? order by id", view(),
				orderRef);
	}

	/** The red invoice's document; empty until it is issued. */
	public Optional<byte[]> pdf(String refundRef) {
		return this.jdbc
			.queryForList("select pdf from red_letter_record where refund_ref = ? and status = 'ISSUED'", byte[].class,
					refundRef)
			.stream()
			.findFirst();
	}

	/** The recorded outcome (AWAITING_BUYER or ISSUED), as the platform answered it. */
	Optional<RedLetterAnswer> recorded(String refundRef) {
		return this.jdbc
			.query("select " + COLUMNS + ", pdf from red_letter_record where refund_ref = ? and status <> 'ATTEMPTING'",
					(rs, i) -> new RedLetterAnswer(rs.getString(1), rs.getString(2), rs.getString(3),
							RedLetterAnswer.State.valueOf(rs.getString(4)), rs.getBigDecimal(5), rs.getString(6),
							instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), rs.getString(9),
							(rs.getDate(10) != null) ? rs.getDate(10).toLocalDate() : null, rs.getBigDecimal(11),
							rs.getBigDecimal(12), rs.getBigDecimal(13), rs.getString(14), rs.getBytes(15)),
					refundRef)
			.stream()
			.findFirst();
	}

	private boolean beginFirstAttempt(String refundRef, String orderRef, BigDecimal amount, String blueInvoiceNumber) {
		try {
			this.ownTransaction.executeWithoutResult((status) -> this.jdbc.update(
					"insert into red_letter_record (refund_ref, order_ref, blue_invoice_number, amount, status, "
							+ "attempts, attempt_started_at) values (?, ?, ?, ?, 'ATTEMPTING', 1, ?)",
					refundRef, orderRef, blueInvoiceNumber, amount, now()));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private void beginNextAttempt(String refundRef) {
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc
			.update("update red_letter_record set attempts = attempts + 1, attempt_started_at = ? "
					+ "where refund_ref = ? and status = 'ATTEMPTING'", now(), refundRef));
	}

	/**
	 * Records the platform's answer. A confirmation that the buyer confirmed (or that
	 * lapsed) is still recorded as AWAITING_BUYER: fairflow learns the rest from the
	 * listener and the issue call.
	 */
	private RedLetterAnswer record(RedLetterAnswer answer, boolean reconciled) {
		boolean issued = answer.state() == RedLetterAnswer.State.ISSUED;
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc.update(
				"update red_letter_record set status = ?, blue_invoice_number = ?, confirmation_id = ?, opened_at = ?, "
						+ "lapses_at = ?, red_invoice_number = ?, issue_date = ?, amount_without_tax = ?, "
						+ "tax_amount = ?, total = ?, verification_code = ?, pdf = ?, reconciled = ?, issued_at = ? "
						+ "where refund_ref = ? and status <> 'ISSUED'",
				issued ? "ISSUED" : "AWAITING_BUYER", answer.blueInvoiceNumber(), answer.confirmationId(),
				timestamp(answer.openedAt()), timestamp(answer.lapsesAt()), answer.redLetterNumber(),
				(answer.issueDate() != null) ? Date.valueOf(answer.issueDate()) : null, answer.amountWithoutTax(),
				answer.taxAmount(), answer.total(), answer.verificationCode(), issued ? answer.pdf() : null, reconciled,
				issued ? now() : null, answer.refundRef()));
		log.info("Red letter of {} recorded: {}{}", answer.refundRef(),
				issued ? "issued " + answer.redLetterNumber() + " (" + answer.total() + ")"
						: "confirmation " + answer.confirmationId() + " awaits the buyer",
				reconciled ? " (reconciled)" : "");
		return recorded(answer.refundRef()).orElseThrow();
	}

	private RowMapper<RedLetterView> view() {
		Instant now = this.clock.instant();
		return (rs, i) -> {
			String state = rs.getString(4);
			Instant lapsesAt = instant(rs.getTimestamp(8));
			if ("AWAITING_BUYER".equals(state) && lapsesAt != null && !now.isBefore(lapsesAt)) {
				state = "LAPSED";
			}
			return new RedLetterView(rs.getString(1), rs.getString(2), rs.getString(3), state, rs.getString(6),
					lapsesAt, rs.getString(9), rs.getBigDecimal(13),
					(rs.getDate(10) != null) ? rs.getDate(10).toLocalDate() : null);
		};
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

}
