package org.fairflow.workers.meeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The online rooms opened for bookings, effectively once per booking reference, and
 * fairflow's record of them ({@code online_room}).
 *
 * <p>
 * As {@code invoice.RedLetters} does, the side effect is recorded before it is attempted:
 * the row (ATTEMPTING, attempts + 1) is committed in its own transaction before the
 * provider is asked, and completed after (OPEN with the meeting number, password, host
 * key and join URL). An open that finds its reference still ATTEMPTING does not know
 * whether the last call reached the provider, so it asks {@link MeetingRoomService#find}
 * first and records what the provider has; only when the provider has nothing does it
 * open again. A refusal opened nothing: its attempt is removed and the refusal passed on.
 * A fault (no answer, the provider down) leaves the row ATTEMPTING with the error, for
 * the next call to reconcile.
 *
 * <p>
 * Opens of one reference take turns in this process (a lock per reference's stripe), so
 * two concurrent jobs of one booking make one provider call; across processes the
 * provider's own idempotency per reference keeps it to one room. The provider is never
 * called inside a database transaction. Passwords and host keys are never logged.
 */
public class OnlineRooms {

	private static final Logger log = LoggerFactory.getLogger(OnlineRooms.class);

	private static final String COLUMNS = "reference, meeting_number, password, host_key, join_url, starts_at, state";

	private static final int MAX_ERROR = 1000;

	private final JdbcTemplate jdbc;

	private final MeetingRoomService provider;

	private final TransactionTemplate ownTransaction;

	private final ZoneId zone;

	private final Clock clock;

	private final ReentrantLock[] stripes = new ReentrantLock[64];

	OnlineRooms(JdbcTemplate jdbc, MeetingRoomService provider, TransactionTemplate transaction, ZoneId zone,
			Clock clock) {
		this.jdbc = jdbc;
		this.provider = provider;
		this.ownTransaction = new TransactionTemplate(transaction.getTransactionManager());
		// Committed before the call even when the caller has a transaction open.
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.zone = zone;
		this.clock = clock;
		for (int i = 0; i < this.stripes.length; i++) {
			this.stripes[i] = new ReentrantLock();
		}
	}

	/**
	 * Opens the booking's room, or returns the one recorded for its reference.
	 * @return the room, state OPEN
	 * @throws OnlineRoomRefusedException the provider refuses, or the reference is
	 * recorded for another meeting (nothing opened, nothing recorded)
	 * @throws RuntimeException the provider's fault; the attempt stays recorded and the
	 * next call reconciles it
	 */
	public OnlineRoomView open(OnlineRoomRequest request) {
		ReentrantLock lock = stripe(request.reference());
		lock.lock();
		try {
			return openInTurn(request);
		}
		finally {
			lock.unlock();
		}
	}

	/** The room recorded for a booking's reference (ATTEMPTING or OPEN), if any. */
	public Optional<OnlineRoomView> find(String reference) {
		return this.jdbc.query("select " + COLUMNS + " from online_room where reference = ?", view(), reference)
			.stream()
			.findFirst();
	}

	/**
	 * The open room with this meeting number, if any: what a participant's link names
	 * (the simulated room page).
	 */
	public Optional<OnlineRoomView> findByMeetingNumber(String meetingNumber) {
		return this.jdbc
			.query("select " + COLUMNS + " from online_room where meeting_number = ? and state = 'OPEN'", view(),
					meetingNumber)
			.stream()
			.findFirst();
	}

	/** Whether another open of the reference waits for its turn (for tests). */
	boolean waiting(String reference) {
		return stripe(reference).hasQueuedThreads();
	}

	private OnlineRoomView openInTurn(OnlineRoomRequest request) {
		Optional<Recorded> recorded = recorded(request.reference());
		if (recorded.isPresent() && !recorded.get()
			.request()
			.sameRoomAs(request.topic(), request.startsAt(), request.endsAt(), request.capacity())) {
			throw new OnlineRoomRefusedException(OnlineRoomRefusedException.Reason.REFERENCE_REUSED, "Reference "
					+ request.reference() + " is recorded for another topic, time or capacity; no room opened");
		}
		if (recorded.isPresent() && recorded.get().open()) {
			log.info("Online room of {} is recorded (meeting {}); not opened again", request.reference(),
					recorded.get().meetingNumber());
			return find(request.reference()).orElseThrow();
		}
		if (recorded.isEmpty()) {
			beginFirstAttempt(request);
		}
		else {
			// Recorded, not open: an earlier attempt's outcome is unknown.
			Optional<OnlineRoom> found = this.provider.find(request.reference());
			if (found.isPresent()) {
				log.warn("Online room of {} had an unknown outcome; the provider has it ({}): recorded, not opened "
						+ "again", request.reference(), found.get().meetingNumber());
				return record(found.get(), true);
			}
			beginNextAttempt(request.reference());
			log.info("Online room of {} had an unknown outcome and the provider has none: opening again",
					request.reference());
		}
		OnlineRoom room;
		try {
			room = this.provider.open(request);
		}
		catch (OnlineRoomRefusedException ex) {
			this.ownTransaction.executeWithoutResult((status) -> this.jdbc
				.update("delete from online_room where reference = ? and state = 'ATTEMPTING'", request.reference()));
			log.info("Online room of {} refused by the provider ({}): nothing opened", request.reference(),
					ex.reason());
			throw ex;
		}
		catch (RuntimeException ex) {
			String error = cut(ex.getClass().getSimpleName() + ": " + ex.getMessage());
			this.ownTransaction.executeWithoutResult((status) -> this.jdbc.update(
					"update online_room set last_error = ? where reference = ? and state = 'ATTEMPTING'", error,
					request.reference()));
			log.warn("Online room of {}: the provider failed or did not answer ({}); the next attempt asks it first",
					request.reference(), error);
			throw ex;
		}
		return record(room, false);
	}

	private void beginFirstAttempt(OnlineRoomRequest request) {
		try {
			this.ownTransaction.executeWithoutResult((status) -> this.jdbc.update(
					"insert into online_room (reference, topic, starts_at, ends_at, capacity, state, attempts, "
							+ "attempt_started_at) values (?, ?, ?, ?, ?, 'ATTEMPTING', 1, ?)",
					request.reference(), request.topic(), Timestamp.from(request.startsAt()),
					Timestamp.from(request.endsAt()), request.capacity(), now()));
		}
		catch (DuplicateKeyException ex) {
			// Another process began the same booking's room a moment ago; the provider's
			// idempotency per reference keeps it to one room.
			beginNextAttempt(request.reference());
		}
	}

	private void beginNextAttempt(String reference) {
		this.ownTransaction.executeWithoutResult(
				(status) -> this.jdbc.update("update online_room set attempts = attempts + 1, attempt_started_at = ? "
						+ "where reference = ? and state = 'ATTEMPTING'", now(), reference));
	}

	private OnlineRoomView record(OnlineRoom room, boolean reconciled) {
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc.update(
				"update online_room set state = 'OPEN', meeting_number = ?, password = ?, host_key = ?, join_url = ?, "
						+ "opened_at = ?, reconciled = ?, last_error = null where reference = ? and state = 'ATTEMPTING'",
				room.meetingNumber(), room.password(), room.hostKey(), room.joinUrl(), now(), reconciled,
				room.reference()));
		log.info("Online room of {} recorded: meeting {}{}", room.reference(), room.meetingNumber(),
				reconciled ? " (reconciled)" : "");
		return find(room.reference()).orElseThrow();
	}

	private Optional<Recorded> recorded(String reference) {
		return this.jdbc
			.query("select reference, topic, starts_at, ends_at, capacity, state, meeting_number from online_room "
					+ "where reference = ?",
					(rs, i) -> new Recorded(
							new OnlineRoomRequest(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
									rs.getTimestamp(4).toInstant(), rs.getInt(5)),
							"OPEN".equals(rs.getString(6)), rs.getString(7)),
					reference)
			.stream()
			.findFirst();
	}

	private RowMapper<OnlineRoomView> view() {
		return (rs, i) -> {
			RoomWindow window = RoomWindow.of(rs.getTimestamp(6).toInstant(), this.zone);
			return new OnlineRoomView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), window.opensAt(), window.closesAt(), rs.getString(7));
		};
	}

	private ReentrantLock stripe(String reference) {
		return this.stripes[Math.floorMod(reference.hashCode(), this.stripes.length)];
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private static String cut(String text) {
		return (text.length() > MAX_ERROR) ? text.substring(0, MAX_ERROR) : text;
	}

	private record Recorded(OnlineRoomRequest request, boolean open, String meetingNumber) {
	}

}
