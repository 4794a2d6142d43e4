package org.fairflow.workers.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * When a meeting's room can be entered: from two hours before the start until the
 * midnight that ends the start's day in the fair's zone (the guide:
 * 可在会议开始前两小时加入会议，最晚不能超过当日24点).
 *
 * @param opensAt first instant the room may be entered
 * @param closesAt first instant it may no longer be entered
 */
public record RoomWindow(Instant opensAt, Instant closesAt) {

	static final Duration EARLY_ENTRY = Duration.ofHours(2);

	public static RoomWindow of(Instant start, ZoneId zone) {
		Instant midnight = start.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
		return new RoomWindow(start.minus(EARLY_ENTRY), midnight);
	}

	public boolean isOpen(Instant now) {
		return !now.isBefore(this.opensAt) && now.isBefore(this.closesAt);
	}

}
