package org.fairflow.workers.meeting;

/**
 * A room as the provider opened it.
 *
 * @param reference the booking's reference
 * @param meetingNumber 会议号 (the simulation's: 10 digits)
 * @param password 加会密码, a secret of the booking unit: never logged
 * @param hostKey 主持人秘钥, likewise
 * @param joinUrl where participants join
 */
public record OnlineRoom(String reference, String meetingNumber, String password, String hostKey, String joinUrl) {

	/** For log lines: the numbers without the secrets. */
	@Override
	public String toString() {
		return "OnlineRoom[" + this.reference + ", meeting " + this.meetingNumber + ", " + this.joinUrl + "]";
	}

}
