package org.fairflow.portal.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A proposed speaker (domestic, foreign) or important guest of a booking, in order. */
@Entity
@Table(name = "meeting_speaker")
class MeetingSpeaker {

	enum Kind {

		DOMESTIC, FOREIGN, GUEST

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "meeting_id", nullable = false, updatable = false)
	private Long meetingId;

	@Column(name = "position", nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false)
	private Kind kind;

	@Column(name = "name", nullable = false)
	private String name;

	@Column(name = "affiliation", nullable = false)
	private String affiliation;

	protected MeetingSpeaker() {
	}

	MeetingSpeaker(Long meetingId, int position, Kind kind, String name, String affiliation) {
		this.meetingId = meetingId;
		this.position = position;
		this.kind = kind;
		this.name = name;
		this.affiliation = affiliation;
	}

	public Long getMeetingId() {
		return this.meetingId;
	}

	public int getPosition() {
		return this.position;
	}

	public Kind getKind() {
		return this.kind;
	}

	public String getName() {
		return this.name;
	}

	public String getAffiliation() {
		return this.affiliation;
	}

}
