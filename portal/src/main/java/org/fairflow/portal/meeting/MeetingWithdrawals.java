package org.fairflow.portal.meeting;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.engine.EngineException;
import org.fairflow.portal.engine.EngineGateway;
import org.fairflow.portal.engine.EngineReadyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The applicant withdraws a booking while a review round waits. The reason and the time
 * are stored (and a history line written) before the engine hears of it; the message
 * {@code meeting-withdrawn} is then published, and published again after every engine
 * start for a withdrawal whose case still waits in a review, so a withdrawal is never
 * lost to an engine that was down. The status becomes {@code WITHDRAWN} when the process
 * says so ({@link MeetingReactions}); from then on the booking no longer holds its time.
 */
@Service
class MeetingWithdrawals {

	static final String MESSAGE = "meeting-withdrawn";

	static final int MAX_REASON = 500;

	/** The statuses in which the process catches the message. */
	private static final Set<MeetingStatus> CATCHING = EnumSet.of(MeetingStatus.AWAITING_PRE_REVIEW,
			MeetingStatus.AWAITING_RE_REVIEW);

	private static final Logger log = LoggerFactory.getLogger(MeetingWithdrawals.class);

	private final MeetingRepository meetings;

	private final Cases cases;

	private final EngineGateway engine;

	private final TransactionTemplate transactions;

	MeetingWithdrawals(MeetingRepository meetings, Cases cases, EngineGateway engine,
			PlatformTransactionManager transactionManager) {
		this.meetings = meetings;
		this.cases = cases;
		this.engine = engine;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Stores the withdrawal, then tells the engine.
	 * @return whether the engine took the message now (else it is told after its next
	 * start)
	 * @throws MeetingNotFoundException for another unit's booking
	 * @throws BookingRefusedException for a missing or long reason, or a booking that can
	 * no longer be withdrawn
	 */
	boolean withdraw(Long unitId, Long meetingId, String reason, String actor) {
		String clean = (reason == null) ? "" : reason.strip();
		if (clean.isEmpty()) {
			throw new BookingRefusedException("reason", "meeting.withdraw.reasonRequired");
		}
		if (clean.length() > MAX_REASON) {
			throw new BookingRefusedException("reason", "meeting.withdraw.reasonSize", MAX_REASON);
		}
		Meeting meeting = this.transactions.execute((tx) -> {
			Meeting locked = this.meetings.lockById(meetingId)
				.filter((m) -> m.getUnitId().equals(unitId))
				.orElseThrow(MeetingNotFoundException::new);
			if (!locked.getStatus().withdrawable() || locked.getWithdrawnAt() != null || locked.getCaseId() == null) {
				throw new BookingRefusedException(null, "meeting.withdraw.notWithdrawable");
			}
			locked.setWithdrawReason(clean);
			locked.setWithdrawnAt(Instant.now());
			locked.touch();
			this.cases.record(locked.getCaseId(), actor, null, "WITHDRAW_REQUESTED", null, clean, null);
			return locked;
		});
		log.info("Unit {} withdrew meeting {} (case {})", unitId, meetingId, meeting.getCaseId());
		return publish(meeting);
	}

	/** Withdrawals stored while the engine was down, or before it restarted. */
	@EventListener
	void engineReady(EngineReadyEvent ready) {
		for (Meeting meeting : this.meetings.withdrawalsNotSeen(CATCHING)) {
			log.info("Publishing the withdrawal of meeting {} again (case {})", meeting.getId(), meeting.getCaseId());
			publish(meeting);
		}
	}

	private boolean publish(Meeting meeting) {
		try {
			this.engine.publishMessage(MESSAGE, meeting.getCaseId(),
					Map.of("withdrawReason", meeting.getWithdrawReason()));
			return true;
		}
		catch (EngineException ex) {
			log.warn("The engine did not take the withdrawal of meeting {} now ({}); it is published again after"
					+ " the next engine start", meeting.getId(), ex.getMessage());
			return false;
		}
	}

}
