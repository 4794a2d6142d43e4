package org.fairflow.workers.payment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A SIMULATION of an online payment provider: no money moves and no bank is asked.
 *
 * <p>
 * A session is a row of table {@code payment_session}, unique per reference. Its pay URL
 * is the portal's page {@code /payment/simulated/{sessionId}}, which says that it is a
 * simulation and lets the payer {@link #complete(String) pay} or {@link #fail(String)
 * fail}. The outcome is stored by a conditional update ({@code where status = 'OPEN'}) in
 * one transaction with the {@link PaymentListener} call, so a session is completed at
 * most once and the listener hears each outcome once, even if the page is submitted twice
 * or concurrently.
 *
 * <p>
 * Refunds are rows of {@code payment_refund_simulated}, unique per reference. A refund
 * locks its session's row first, so refunds of one session (and two calls with one
 * reference) take turns: the second sees the first's row and returns it, or finds that
 * the session has too little left and is refused. No money moves here either.
 */
public class SimulatedPaymentGateway implements PaymentGateway {

	/** The pay URL of a session, relative to the portal. */
	public static final String PAGE = "/payment/simulated/";

	private static final Logger log = LoggerFactory.getLogger(SimulatedPaymentGateway.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final TransactionTemplate ownTransaction;

	private final ObjectProvider<PaymentListener> listeners;

	SimulatedPaymentGateway(JdbcTemplate jdbc, TransactionTemplate transaction,
			ObjectProvider<PaymentListener> listeners) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.ownTransaction = new TransactionTemplate(transaction.getTransactionManager());
		// A refund is the provider's own act: committed (or refused) whatever the
		// caller's
		// transaction does afterwards, as a remote provider's would be.
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.listeners = listeners;
		log.warn("Payment is a SIMULATION: no money moves; the payer confirms on the portal's simulated page {}", PAGE);
	}

	@Override
	public PaymentSession open(PaymentRequest request) {
		Optional<PaymentSession> existing = findByReference(request.reference());
		if (existing.isPresent()) {
			return existing.get();
		}
		String sessionId = UUID.randomUUID().toString();
		try {
			this.jdbc.update(
					"insert into payment_session (session_id, reference, amount, description, return_url, status, "
							+ "created_at) values (?, ?, ?, ?, ?, 'OPEN', ?)",
					sessionId, request.reference(), request.amount(), request.description(), request.returnUrl(),
					Timestamp.from(Instant.now()));
		}
		catch (DuplicateKeyException ex) {
			// A concurrent first call won; its row is the session.
			return findByReference(request.reference()).orElseThrow(() -> ex);
		}
		log.info("SIMULATED payment session {} opened for {} ({} yuan)", sessionId, request.reference(),
				request.amount());
		return find(sessionId).orElseThrow();
	}

	@Override
	public Optional<PaymentSession> find(String sessionId) {
		return query("session_id = ?", sessionId);
	}

	/**
	 * The payer pressed "pay": the session becomes PAID and the listener hears it, once.
	 * @return whether this call paid it (false: unknown, or completed before)
	 */
	public boolean complete(String sessionId) {
		return finish(sessionId, PaymentStatus.PAID, PaymentListener::paid);
	}

	/**
	 * The payer pressed "fail": the session becomes FAILED and the listener hears it,
	 * once.
	 * @return whether this call failed it (false: unknown, or completed before)
	 */
	public boolean fail(String sessionId) {
		return finish(sessionId, PaymentStatus.FAILED, PaymentListener::failed);
	}

	private boolean finish(String sessionId, PaymentStatus outcome, BiConsumer<PaymentListener, PaymentSession> tell) {
		Boolean changed = this.transaction.execute((status) -> {
			int rows = this.jdbc.update(
					"update payment_session set status = ?, completed_at = ? where session_id = ? and status = 'OPEN'",
					outcome.name(), Timestamp.from(Instant.now()), sessionId);
			if (rows == 0) {
				return false;
			}
			PaymentSession session = find(sessionId).orElseThrow();
			PaymentListener listener = this.listeners.getIfAvailable();
			if (listener == null) {
				log.warn("SIMULATED payment session {} is {}, but no PaymentListener is there to hear it", sessionId,
						outcome);
			}
			else {
				tell.accept(listener, session);
			}
			return true;
		});
		if (Boolean.TRUE.equals(changed)) {
			log.info("SIMULATED payment session {} completed: {}", sessionId, outcome);
		}
		return Boolean.TRUE.equals(changed);
	}

	@Override
	public RefundResult refund(RefundRequest request) {
		RefundResult result;
		try {
			result = this.ownTransaction.execute((status) -> refundLocked(request));
		}
		catch (DuplicateKeyException ex) {
			// A concurrent first call with this reference won; its row is the refund.
			result = findRefund(request.reference()).orElseThrow(() -> ex);
		}
		return sameRefund(request, result);
	}

	private RefundResult refundLocked(RefundRequest request) {
		List<String> statuses = this.jdbc.queryForList(
				"select status from payment_session where session_id = ? for update", String.class,
				request.sessionId());
		Optional<RefundResult> earlier = findRefund(request.reference());
		if (earlier.isPresent()) {
			log.info("SIMULATED refund {} was made before; not paid back again", request.reference());
			return earlier.get();
		}
		if (statuses.isEmpty()) {
			throw new RefundRefusedException(RefundRefusedException.SESSION_UNKNOWN,
					"No payment session " + request.sessionId() + " to refund " + request.reference() + " on");
		}
		if (!PaymentStatus.PAID.name().equals(statuses.get(0))) {
			throw new RefundRefusedException(RefundRefusedException.SESSION_NOT_PAID, "Payment session "
					+ request.sessionId() + " is " + statuses.get(0) + ", not paid: nothing to refund");
		}
		BigDecimal paid = this.jdbc.queryForObject("select amount from payment_session where session_id = ?",
				BigDecimal.class, request.sessionId());
		BigDecimal refunded = this.jdbc.queryForObject(
				"select coalesce(sum(amount), 0) from payment_refund_simulated where session_id = ?", BigDecimal.class,
				request.sessionId());
		BigDecimal left = paid.subtract(refunded);
		if (request.amount().compareTo(left) > 0) {
			throw new RefundRefusedException(RefundRefusedException.EXCEEDS_PAID,
					"Refund " + request.reference() + " of " + request.amount() + " exceeds what session "
							+ request.sessionId() + " has left to pay back (" + left.setScale(2) + " of "
							+ paid.setScale(2) + ")");
		}
		Instant now = Instant.now();
		this.jdbc.update(
				"insert into payment_refund_simulated (reference, session_id, amount, refunded_at) values (?, ?, ?, ?)",
				request.reference(), request.sessionId(), request.amount(), Timestamp.from(now));
		log.info("SIMULATED refund {}: {} yuan paid back on session {} (no money moved)", request.reference(),
				request.amount(), request.sessionId());
		return findRefund(request.reference()).orElseThrow();
	}

	/**
	 * A reference names one refund: reused for another one, it is refused, not merged.
	 */
	private static RefundResult sameRefund(RefundRequest request, RefundResult result) {
		if (!result.sessionId().equals(request.sessionId()) || result.amount().compareTo(request.amount()) != 0) {
			throw new RefundRefusedException(RefundRefusedException.REFERENCE_REUSED, "Refund reference "
					+ request.reference() + " was used for " + result.amount() + " on session " + result.sessionId());
		}
		return result;
	}

	@Override
	public Optional<RefundResult> findRefund(String reference) {
		return this.jdbc
			.query("select reference, session_id, amount, refunded_at from payment_refund_simulated "
					+ "where reference = ?", REFUND, reference)
			.stream()
			.findFirst();
	}

	private static final RowMapper<RefundResult> REFUND = (rs, i) -> new RefundResult(rs.getString(1), rs.getString(2),
			rs.getBigDecimal(3), rs.getTimestamp(4).toInstant());

	private Optional<PaymentSession> findByReference(String reference) {
		return query("reference = ?", reference);
	}

	private Optional<PaymentSession> query(String where, String value) {
		List<PaymentSession> rows = this.jdbc.query(
				"select session_id, reference, amount, description, return_url, status from payment_session where "
						+ where,
				(rs, i) -> new PaymentSession(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4),
						PAGE + rs.getString(1), rs.getString(5), PaymentStatus.valueOf(rs.getString(6))),
				value);
		return rows.stream().findFirst();
	}

}
