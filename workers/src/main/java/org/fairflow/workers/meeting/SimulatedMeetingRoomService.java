package org.fairflow.workers.meeting;

import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.fairflow.workers.meeting.OnlineRoomRefusedException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A SIMULATION of an online meeting-room provider: no meeting service is asked, and the
 * numbers only open the portal's simulated room page ({@value #PAGE}). It keeps its rooms
 * in {@code simulated_meeting_room}, one per reference, and refuses as a provider would:
 * more than {@value #MAX_CAPACITY} participants, more than {@value #MAX_ROOMS_A_DAY}
 * rooms on one day (in the fair's zone), a reference reused for another meeting.
 *
 * <p>
 * A room is opened in one transaction that locks its day's counter first, so concurrent
 * opens of one day (and so of one reference) take turns: one room per reference, never
 * more than the day's limit.
 */
class SimulatedMeetingRoomService implements MeetingRoomService {

	private static final Logger log = LoggerFactory.getLogger(SimulatedMeetingRoomService.class);

	static final String PAGE = "/simulated/meeting-room/";

	static final int MAX_CAPACITY = 100;

	static final int MAX_ROOMS_A_DAY = 500;

	private static final String COLUMNS = "reference, meeting_number, password, host_key";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final ZoneId zone;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SimulatedMeetingRoomService(JdbcTemplate jdbc, TransactionTemplate transaction, ZoneId zone, Clock clock) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transaction.getTransactionManager());
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.zone = zone;
		this.clock = clock;
		log.warn("Online meeting rooms are a SIMULATION: no meeting service is asked; a room's numbers only open "
				+ "the portal's simulated page {}<meeting number>", PAGE);
	}

	@Override
	public OnlineRoom open(OnlineRoomRequest request) {
		if (request.capacity() > MAX_CAPACITY) {
			throw new OnlineRoomRefusedException(Reason.CAPACITY, "SIMULATED provider: " + request.capacity()
					+ " participants for " + request.reference() + ", at most " + MAX_CAPACITY);
		}
		LocalDate day = request.startsAt().atZone(this.zone).toLocalDate();
		ensureDay(day);
		try {
			return this.ownTransaction.execute((status) -> openLocked(request, day));
		}
		catch (DuplicateKeyException ex) {
			// A concurrent first open of this reference on another day won; its row is
			// the
			// room.
			return sameRoom(request);
		}
	}

	@Override
	public Optional<OnlineRoom> find(String reference) {
		return this.jdbc
			.query("select " + COLUMNS + " from simulated_meeting_room where reference = ?",
					(rs, i) -> new OnlineRoom(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
							PAGE + rs.getString(2)),
					reference)
			.stream()
			.findFirst();
	}

	private OnlineRoom openLocked(OnlineRoomRequest request, LocalDate day) {
		Integer rooms = this.jdbc.queryForObject(
				"select rooms from simulated_meeting_day where fair_day = ? for update", Integer.class,
				Date.valueOf(day));
		if (find(request.reference()).isPresent()) {
			log.info("SIMULATED meeting room of {} was opened before; not opened again", request.reference());
			return sameRoom(request);
		}
		if (rooms >= MAX_ROOMS_A_DAY) {
			throw new OnlineRoomRefusedException(Reason.DAY_FULL, "SIMULATED provider: " + MAX_ROOMS_A_DAY
					+ " rooms on " + day + " already; none for " + request.reference());
		}
		String number = freeMeetingNumber();
		this.jdbc.update(
				"insert into simulated_meeting_room (reference, topic, starts_at, ends_at, capacity, fair_day, "
						+ "meeting_number, password, host_key, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				request.reference(), request.topic(), Timestamp.from(request.startsAt()),
				Timestamp.from(request.endsAt()), request.capacity(), Date.valueOf(day), number, digits(6), digits(6),
				Timestamp.from(this.clock.instant()));
		this.jdbc.update("update simulated_meeting_day set rooms = rooms + 1 where fair_day = ?", Date.valueOf(day));
		log.info("SIMULATED meeting room {} opened for {} on {} ({} participants)", number, request.reference(), day,
				request.capacity());
		return find(request.reference()).orElseThrow();
	}

	/** The day's counter row, created once (its own transaction: a lost race is fine). */
	private void ensureDay(LocalDate day) {
		try {
			this.ownTransaction.executeWithoutResult((status) -> {
				if (this.jdbc.queryForObject("select count(*) from simulated_meeting_day where fair_day = ?",
						Integer.class, Date.valueOf(day)) == 0) {
					this.jdbc.update("insert into simulated_meeting_day (fair_day, rooms) values (?, 0)",
							Date.valueOf(day));
				}
			});
		}
		catch (DuplicateKeyException ex) {
			// Another open created it meanwhile.
		}
	}

	/**
	 * The room recorded for the reference, provided it was opened for the same meeting: a
	 * reference names one room.
	 */
	private OnlineRoom sameRoom(OnlineRoomRequest request) {
		return this.jdbc
			.query("select topic, starts_at, ends_at, capacity from simulated_meeting_room where reference = ?",
					(rs, i) -> request.sameRoomAs(rs.getString(1), rs.getTimestamp(2).toInstant(),
							rs.getTimestamp(3).toInstant(), rs.getInt(4)),
					request.reference())
			.stream()
			.findFirst()
			.filter((same) -> {
				if (!same) {
					throw new OnlineRoomRefusedException(Reason.REFERENCE_REUSED, "SIMULATED provider: reference "
							+ request.reference() + " was used for another topic, time or capacity");
				}
				return true;
			})
			.flatMap((same) -> find(request.reference()))
			.orElseThrow(() -> new IllegalStateException("No simulated room for " + request.reference()));
	}

	/** Ten digits, not starting with 0, that no room has yet. */
	private String freeMeetingNumber() {
		while (true) {
			String number = (1 + this.random.nextInt(9)) + digits(9);
			if (this.jdbc.queryForObject("select count(*) from simulated_meeting_room where meeting_number = ?",
					Integer.class, number) == 0) {
				return number;
			}
		}
	}

	private String digits(int count) {
		StringBuilder digits = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			digits.append(this.random.nextInt(10));
		}
		return digits.toString();
	}

}
