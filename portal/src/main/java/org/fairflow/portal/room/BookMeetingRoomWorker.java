package org.fairflow.portal.room;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.camunda.client.api.response.ActivatedJob;
import org.fairflow.workers.job.BusinessError;
import org.fairflow.workers.job.Worker;

import org.springframework.stereotype.Component;

/**
 * Job type {@code book-meeting-room} ({@code Task_BookRoom} of meeting-booking): books
 * the room the organiser chose ({@link RoomBookings}, the authority when two allocations
 * race). A room another meeting took in the meantime, or one deactivated or made too
 * small since the decision, is BPMN error {@code ROOM_TAKEN}: the case goes back to the
 * allocation task. A retried job finds its own booking and does nothing again.
 */
@Component
class BookMeetingRoomWorker implements Worker {

	static final String JOB_TYPE = "book-meeting-room";

	static final String ROOM_TAKEN = "ROOM_TAKEN";

	private final RoomBookings bookings;

	BookMeetingRoomWorker(RoomBookings bookings) {
		this.bookings = bookings;
	}

	@Override
	public String jobType() {
		return JOB_TYPE;
	}

	@Override
	public Map<String, Object> handle(ActivatedJob job) {
		Input input = job.getVariablesAsType(Input.class);
		if (input.meetingId() == null || input.roomId() == null) {
			// A model or start fault: the job fails, retries and ends as an incident.
			throw new IllegalStateException(
					"Task " + job.getElementId() + " of " + job.getBpmnProcessId() + " needs meetingId and roomId");
		}
		try {
			this.bookings.book(input.meetingId(), input.roomId(), instant(input.meetingStart()),
					instant(input.meetingEnd()));
		}
		catch (RoomTakenException ex) {
			throw new BusinessError(ROOM_TAKEN, ex.getMessage());
		}
		catch (RoomUnavailableException ex) {
			throw new BusinessError(ROOM_TAKEN, "room " + input.roomId() + " cannot be booked: " + ex.messageKey() + " "
					+ Arrays.toString(ex.arguments()));
		}
		return Map.of();
	}

	private static Instant instant(String value) {
		if (value == null) {
			throw new IllegalStateException("book-meeting-room needs meetingStart and meetingEnd");
		}
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalStateException("book-meeting-room: not an ISO instant: " + value, ex);
		}
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Input(Long meetingId, Long roomId, String meetingStart, String meetingEnd) {
	}

}
