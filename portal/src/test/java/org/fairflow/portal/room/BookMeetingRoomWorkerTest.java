package org.fairflow.portal.room;

import java.time.LocalDate;
import java.util.Map;

import io.camunda.client.api.response.ActivatedJob;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.workers.job.BusinessError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * {@code book-meeting-room}: books once, answers ROOM_TAKEN when another meeting holds
 * the room.
 */
@PortalTest
class BookMeetingRoomWorkerTest {

	private static final LocalDate DAY = LocalDate.of(2027, 11, 7);

	@Autowired
	BookMeetingRoomWorker worker;

	@Autowired
	JdbcTemplate jdbc;

	MeetingRows rows;

	@BeforeEach
	void rows() {
		this.rows = new MeetingRows(this.jdbc);
	}

	@Test
	void aFreeRoomIsBookedAndARetriedJobBooksNothingMore() {
		Long room = this.rows.room(100);
		MeetingRows.Row meeting = this.rows.meeting("AWAITING_ROOM", "OFFLINE", DAY, "10:00", "12:00", 60);

		Map<String, Object> first = this.worker.handle(job(meeting, room));
		Map<String, Object> again = this.worker.handle(job(meeting, room));

		assertThat(first).isEmpty();
		assertThat(again).isEmpty();
		assertThat(this.rows.bookings(room)).isOne();
		assertThat(this.rows.roomOfMeeting(meeting.id())).isEqualTo(room);
	}

	@Test
	void aRoomAnotherMeetingHoldsIsTheBpmnErrorRoomTakenAndNothingIsBooked() {
		Long room = this.rows.room(100);
		MeetingRows.Row holder = this.rows.meeting("AWAITING_ROOM", "OFFLINE", DAY, "14:00", "16:00", 60);
		MeetingRows.Row late = this.rows.meeting("AWAITING_ROOM", "OFFLINE", DAY, "15:00", "17:00", 60);
		this.worker.handle(job(holder, room));

		assertThatThrownBy(() -> this.worker.handle(job(late, room))).isInstanceOfSatisfying(BusinessError.class,
				(error) -> assertThat(error.errorCode()).isEqualTo("ROOM_TAKEN"));
		assertThat(this.rows.bookings(room)).isOne();
		assertThat(this.rows.roomOfMeeting(late.id())).isNull();
	}

	@Test
	void aRoomDeactivatedSinceTheDecisionSendsTheCaseBackToAllocation() {
		Long room = this.rows.room(100);
		MeetingRows.Row meeting = this.rows.meeting("AWAITING_ROOM", "OFFLINE", DAY, "18:00", "19:00", 60);
		this.rows.deactivate(room);

		assertThatThrownBy(() -> this.worker.handle(job(meeting, room))).isInstanceOfSatisfying(BusinessError.class,
				(error) -> assertThat(error.errorCode()).isEqualTo("ROOM_TAKEN"));
		assertThat(this.rows.bookings(room)).isZero();
	}

	@Test
	void aJobWithoutItsRoomFailsAsAFaultNotABusinessOutcome() {
		MeetingRows.Row meeting = this.rows.meeting("AWAITING_ROOM", "OFFLINE", DAY, "08:00", "09:00", 60);
		ActivatedJob job = mock(ActivatedJob.class);
		when(job.getVariablesAsType(BookMeetingRoomWorker.Input.class)).thenReturn(new BookMeetingRoomWorker.Input(
				meeting.id(), null, meeting.start().toString(), meeting.end().toString()));

		assertThatThrownBy(() -> this.worker.handle(job)).isInstanceOf(IllegalStateException.class)
			.isNotInstanceOf(BusinessError.class);
	}

	private static ActivatedJob job(MeetingRows.Row meeting, Long room) {
		ActivatedJob job = mock(ActivatedJob.class);
		when(job.getVariablesAsType(BookMeetingRoomWorker.Input.class)).thenReturn(new BookMeetingRoomWorker.Input(
				meeting.id(), room, meeting.start().toString(), meeting.end().toString()));
		return job;
	}

}
