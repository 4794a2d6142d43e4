package org.fairflow.portal.meeting;

import java.time.Instant;

/**
 * A booking as other modules see it (the organiser's calendar, the room plan, the public
 * programme). The published fields are null until the applicant supplements.
 *
 * @param id the meeting id (the case's business key)
 * @param caseId its case
 * @param unitId the booking unit
 * @param status where it stands
 * @param format online or offline
 * @param name 会议名称
 * @param theme 会议主题
 * @param field 会议领域 (a code; message key {@code meeting.field.<code>})
 * @param summary 会议简介
 * @param host 主办单位
 * @param coHost 承办单位, or null
 * @param plannedAttendance 参会人数
 * @param startsAt start
 * @param endsAt end (same day in the fair's zone)
 * @param agenda 会议议程, or null
 * @param highlights 会议亮点, or null
 * @param publishContent 拟发布内容, or null
 * @param recorded 是否需要录播, or null
 * @param hasPosters whether both posters are stored (served by
 * {@code /meetings/{id}/poster/pc|app})
 * @param room the offline room, or null
 */
public record MeetingSummary(Long id, String caseId, Long unitId, MeetingStatus status, MeetingFormat format,
		String name, String theme, String field, String summary, String host, String coHost, int plannedAttendance,
		Instant startsAt, Instant endsAt, String agenda, String highlights, String publishContent, Boolean recorded,
		boolean hasPosters, AssignedRoom room) {

}
