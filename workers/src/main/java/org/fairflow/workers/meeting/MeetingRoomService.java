package org.fairflow.workers.meeting;

import java.util.Optional;

/**
 * The online meeting-room provider (云会议): opens a room with a meeting number, a join
 * password and a host key for a booking. Behind {@link OnlineRooms}, which records every
 * call before it is made; nothing else should call it.
 */
public interface MeetingRoomService {

	/**
	 * Opens the booking's room, or returns the one opened before for the same reference
	 * and the same data.
	 * @throws OnlineRoomRefusedException the provider refuses (nothing opened; a retry
	 * gives the same answer)
	 * @throws RuntimeException the provider's fault or no answer: a room may or may not
	 * have been opened, {@link #find} tells
	 */
	OnlineRoom open(OnlineRoomRequest request);

	/**
	 * The room the provider opened for a reference, if any: how a call whose answer was
	 * lost is reconciled.
	 * @throws RuntimeException the provider cannot be asked
	 */
	Optional<OnlineRoom> find(String reference);

}
