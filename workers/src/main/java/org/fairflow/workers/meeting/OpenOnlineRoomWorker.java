package org.fairflow.workers.meeting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.camunda.client.api.response.ActivatedJob;
import org.fairflow.workers.job.BusinessError;
import org.fairflow.workers.job.Worker;

import org.springframework.stereotype.Component;

/**
 * Job type {@code open-online-room}: opens the online room of the booking
 * {@code meetingRef} through {@link OnlineRooms}, at most once per booking.
 *
 * <p>
 * Input: {@code meetingRef}, {@code meetingName}, {@code meetingStart} and
 * {@code meetingEnd} (ISO-8601 instants), {@code plannedAttendance} (number). Output:
 * {@code meetingNumber}, {@code meetingPassword}, {@code hostKey}, {@code joinUrl},
 * {@code roomOpensAt} and {@code roomClosesAt} (ISO instants, {@link RoomWindow}). A
 * refusal by the provider is BPMN error {@value #REFUSED} whose message names the reason;
 * a missing or malformed variable (a model fault) and a provider fault fail the job,
 * whose retry reconciles before opening again.
 */
@Component
class OpenOnlineRoomWorker implements Worker {

	static final String JOB_TYPE = "open-online-room";

	/** BPMN error code of a refusal by the meeting-room provider. */
	static final String REFUSED = "ONLINE_ROOM_REFUSED";

	private final OnlineRooms rooms;

	OpenOnlineRoomWorker(OnlineRooms rooms) {
		this.rooms = rooms;
	}

	@Override
	public String jobType() {
		return JOB_TYPE;
	}

	@Override
	public Map<String, Object> handle(ActivatedJob job) {
		Input input = job.getVariablesAsType(Input.class);
		OnlineRoomRequest request;
		try {
			request = new OnlineRoomRequest(required(job, "meetingRef", input.meetingRef()),
					required(job, "meetingName", input.meetingName()),
					instant(job, "meetingStart", input.meetingStart()), instant(job, "meetingEnd", input.meetingEnd()),
					attendance(job, input.plannedAttendance()));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(
					"Task " + job.getElementId() + " of " + job.getBpmnProcessId() + ": " + ex.getMessage(), ex);
		}
		OnlineRoomView room;
		try {
			room = this.rooms.open(request);
		}
		catch (OnlineRoomRefusedException ex) {
			throw new BusinessError(REFUSED, ex.reason() + ": " + ex.getMessage());
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("meetingNumber", room.meetingNumber());
		result.put("meetingPassword", room.password());
		result.put("hostKey", room.hostKey());
		result.put("joinUrl", room.joinUrl());
		result.put("roomOpensAt", room.opensAt().toString());
		result.put("roomClosesAt", room.closesAt().toString());
		return result;
	}

	private static String required(ActivatedJob job, String name, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(
					"Task " + job.getElementId() + " of " + job.getBpmnProcessId() + " has no variable '" + name + "'");
		}
		return value.strip();
	}

	private static Instant instant(ActivatedJob job, String name, String value) {
		String text = required(job, name, value);
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalStateException("Task " + job.getElementId() + " of " + job.getBpmnProcessId()
					+ ": variable '" + name + "' is not an ISO-8601 instant: " + text, ex);
		}
	}

	private static int attendance(ActivatedJob job, String value) {
		String text = required(job, "plannedAttendance", value);
		try {
			return new BigDecimal(text).intValueExact();
		}
		catch (NumberFormatException | ArithmeticException ex) {
			throw new IllegalStateException("Task " + job.getElementId() + " of " + job.getBpmnProcessId()
					+ ": variable 'plannedAttendance' is not a whole number: " + text, ex);
		}
	}

	/** Read as text: a JSON number arrives as its text. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Input(String meetingRef, String meetingName, String meetingStart, String meetingEnd,
			String plannedAttendance) {
	}

}
