package org.fairflow.workers.meeting;

import java.time.Instant;

/**
 * A booking's request for an online room. Validates itself: a malformed request is a
 * fault of the model or the portal (an {@link IllegalArgumentException}), never a
 * provider's refusal.
 *
 * @param reference the booking's reference ({@code meeting-<id>}), at most 64 characters
 * @param topic the meeting's name, shown in the room (cut to 200 characters)
 * @param startsAt the meeting's start
 * @param endsAt its end, after the start
 * @param capacity planned attendance, at least 1 (the provider refuses more than 100)
 */
public record OnlineRoomRequest(String reference, String topic, Instant startsAt, Instant endsAt, int capacity) {

	static final int MAX_REFERENCE = 64;

	static final int MAX_TOPIC = 200;

	public OnlineRoomRequest {
		if (reference == null || reference.isBlank() || reference.strip().length() > MAX_REFERENCE) {
			throw new IllegalArgumentException("An online room needs a reference of 1 to 64 characters");
		}
		if (topic == null || topic.isBlank()) {
			throw new IllegalArgumentException("An online room needs a topic (" + reference + ")");
		}
		if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
			throw new IllegalArgumentException("An online room needs a start before its end (" + reference + ": "
					+ startsAt + ".." + endsAt + ")");
		}
		if (capacity < 1) {
			throw new IllegalArgumentException("An online room needs a capacity of at least 1 (" + reference + ")");
		}
		reference = reference.strip();
		topic = topic.strip();
		if (topic.length() > MAX_TOPIC) {
			topic = topic.substring(0, MAX_TOPIC);
		}
	}

	/** Whether another request asks for the same room (what a reused reference must). */
	boolean sameRoomAs(String otherTopic, Instant otherStart, Instant otherEnd, int otherCapacity) {
		return this.topic.equals(otherTopic) && this.startsAt.equals(otherStart) && this.endsAt.equals(otherEnd)
				&& this.capacity == otherCapacity;
	}

}
