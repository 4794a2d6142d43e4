package org.fairflow.workers.meeting;

import java.time.Instant;

/**
 * An online meeting room as the portal shows it to the booking unit.
 *
 * @param reference the booking's reference ({@code meeting-<id>})
 * @param meetingNumber 会议号, null while the provider's answer is not known
 * @param password 加会密码
 * @param hostKey 主持人秘钥
 * @param joinUrl where participants join
 * @param opensAt the room's window ({@link RoomWindow})
 * @param closesAt end of the window
 * @param state {@code ATTEMPTING} (asked, answer not known yet) or {@code OPEN}
 */
public record OnlineRoomView(String reference, String meetingNumber, String password, String hostKey, String joinUrl,
		Instant opensAt, Instant closesAt, String state) {

	public boolean isOpen() {
		return "OPEN".equals(this.state);
	}

	/** For log lines: without the password and the host key. */
	@Override
	public String toString() {
		return "OnlineRoomView[" + this.reference + ", meeting " + this.meetingNumber + ", " + this.state + ", "
				+ this.opensAt + ".." + this.closesAt + "]";
	}

}
