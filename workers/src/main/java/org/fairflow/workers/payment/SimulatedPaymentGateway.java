package org.fairflow.workers.payment;

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
 */
public class SimulatedPaymentGateway implements PaymentGateway {

	/** The pay URL of a session, relative to the portal. */
	public static final String PAGE = "/payment/simulated/";

	private static final Logger log = LoggerFactory.getLogger(SimulatedPaymentGateway.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final ObjectProvider<PaymentListener> listeners;

	SimulatedPaymentGateway(JdbcTemplate jdbc, TransactionTemplate transaction,
			ObjectProvider<PaymentListener> listeners) {
		this.jdbc = jdbc;
		this.transaction = transaction;
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
