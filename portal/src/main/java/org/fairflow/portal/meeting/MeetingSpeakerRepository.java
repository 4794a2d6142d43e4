package org.fairflow.portal.meeting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingSpeakerRepository extends JpaRepository<MeetingSpeaker, Long> {

	List<MeetingSpeaker> findByMeetingIdOrderByKindAscPositionAsc(Long meetingId);

	List<MeetingSpeaker> findByMeetingIdOrderByPositionAscIdAsc(Long meetingId);

}
