package org.fairflow.portal.meeting;

/** 线上会议 or 线下会议. */
public enum MeetingFormat {

	ONLINE, OFFLINE

}
