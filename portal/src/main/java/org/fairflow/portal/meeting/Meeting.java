package org.fairflow.portal.meeting;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A unit's booking of a side meeting (云会议预约); its status follows the booking's case
 * (process {@code meeting-booking}, business key = this id). Columns: Flyway
 * {@code V11_20}.
 */
@Entity
@Table(name = "meeting")
class Meeting {

	private static final String REFERENCE_PREFIX = "meeting-";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "case_id")
	private String caseId;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false)
	private MeetingStatus status;

	@Enumerated(EnumType.STRING)
	@Column(name = "format", nullable = false, updatable = false)
	private MeetingFormat format;

	@Column(name = "name", nullable = false)
	private String name;

	@Column(name = "theme", nullable = false)
	private String theme;

	@Column(name = "field", nullable = false)
	private String field;

	@Column(name = "summary", nullable = false)
	private String summary;

	@Column(name = "host", nullable = false)
	private String host;

	@Column(name = "co_host")
	private String coHost;

	@Column(name = "planned_attendance", nullable = false)
	private int plannedAttendance;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "ends_at", nullable = false)
	private Instant endsAt;

	@Column(name = "contact_name", nullable = false)
	private String contactName;

	@Column(name = "contact_mobile")
	private String contactMobile;

	@Column(name = "contact_email")
	private String contactEmail;

	@Column(name = "plan_file_id")
	private Long planFileId;

	@Column(name = "agenda")
	private String agenda;

	@Column(name = "intl_associations")
	private String intlAssociations;

	@Column(name = "domestic_associations")
	private String domesticAssociations;

	@Column(name = "highlights")
	private String highlights;

	@Column(name = "outcomes")
	private String outcomes;

	@Column(name = "publish_content")
	private String publishContent;

	@Column(name = "recorded")
	private Boolean recorded;

	@Column(name = "poster_pc_file_id")
	private Long posterPcFileId;

	@Column(name = "poster_app_file_id")
	private Long posterAppFileId;

	@Column(name = "supplemented_at")
	private Instant supplementedAt;

	@Column(name = "withdraw_reason")
	private String withdrawReason;

	@Column(name = "withdrawn_at")
	private Instant withdrawnAt;

	@Column(name = "room_id")
	private Long roomId;

	@Column(name = "room_name")
	private String roomName;

	@Column(name = "room_name_en")
	private String roomNameEn;

	@Column(name = "room_venue")
	private String roomVenue;

	@Column(name = "room_venue_en")
	private String roomVenueEn;

	@Column(name = "booked_by", nullable = false, updatable = false)
	private String bookedBy;

	@Column(name = "booked_at", nullable = false, updatable = false)
	private Instant bookedAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Meeting() {
	}

	Meeting(Long unitId, MeetingFormat format, String bookedBy) {
		this.unitId = unitId;
		this.format = format;
		this.bookedBy = bookedBy;
		this.status = MeetingStatus.AWAITING_PRE_REVIEW;
		this.bookedAt = Instant.now();
		this.updatedAt = this.bookedAt;
	}

	String reference() {
		return reference(this.id);
	}

	static String reference(Long id) {
		return REFERENCE_PREFIX + id;
	}

	/** The meeting a reference ({@code meeting-<id>}) names, if it names one. */
	static java.util.Optional<Long> idOf(String reference) {
		return (reference != null && reference.startsWith(REFERENCE_PREFIX))
				? org.fairflow.portal.web.RequestValues.id(reference.substring(REFERENCE_PREFIX.length()))
				: java.util.Optional.empty();
	}

	void opened(String caseId) {
		this.caseId = caseId;
	}

	/** Moves to the case's status; a finished booking stays as it ended. */
	boolean moveTo(MeetingStatus next) {
		if (this.status == next || this.status.finished()) {
			return false;
		}
		this.status = next;
		this.updatedAt = Instant.now();
		return true;
	}

	void assignRoom(AssignedRoom room) {
		this.roomId = room.roomId();
		this.roomName = room.name();
		this.roomNameEn = room.nameEn();
		this.roomVenue = room.venue();
		this.roomVenueEn = room.venueEn();
		this.updatedAt = Instant.now();
	}

	AssignedRoom room() {
		return (this.roomId != null)
				? new AssignedRoom(this.roomId, this.roomName, this.roomNameEn, this.roomVenue, this.roomVenueEn)
				: null;
	}

	MeetingSummary summary() {
		return new MeetingSummary(this.id, this.caseId, this.unitId, this.status, this.format, this.name, this.theme,
				this.field, this.summary, this.host, this.coHost, this.plannedAttendance, this.startsAt, this.endsAt,
				this.agenda, this.highlights, this.publishContent, this.recorded,
				this.posterPcFileId != null && this.posterAppFileId != null, room());
	}

	public Long getId() {
		return this.id;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public String getCaseId() {
		return this.caseId;
	}

	public MeetingStatus getStatus() {
		return this.status;
	}

	public MeetingFormat getFormat() {
		return this.format;
	}

	public String getName() {
		return this.name;
	}

	public String getTheme() {
		return this.theme;
	}

	public String getField() {
		return this.field;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getHost() {
		return this.host;
	}

	public String getCoHost() {
		return this.coHost;
	}

	public int getPlannedAttendance() {
		return this.plannedAttendance;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public Instant getEndsAt() {
		return this.endsAt;
	}

	public String getContactName() {
		return this.contactName;
	}

	public String getContactMobile() {
		return this.contactMobile;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public Long getPlanFileId() {
		return this.planFileId;
	}

	public String getAgenda() {
		return this.agenda;
	}

	public String getIntlAssociations() {
		return this.intlAssociations;
	}

	public String getDomesticAssociations() {
		return this.domesticAssociations;
	}

	public String getHighlights() {
		return this.highlights;
	}

	public String getOutcomes() {
		return this.outcomes;
	}

	public String getPublishContent() {
		return this.publishContent;
	}

	public Boolean getRecorded() {
		return this.recorded;
	}

	public Long getPosterPcFileId() {
		return this.posterPcFileId;
	}

	public Long getPosterAppFileId() {
		return this.posterAppFileId;
	}

	public Instant getSupplementedAt() {
		return this.supplementedAt;
	}

	public String getWithdrawReason() {
		return this.withdrawReason;
	}

	public Instant getWithdrawnAt() {
		return this.withdrawnAt;
	}

	public Long getRoomId() {
		return this.roomId;
	}

	public String getRoomName() {
		return this.roomName;
	}

	public String getRoomNameEn() {
		return this.roomNameEn;
	}

	public String getRoomVenue() {
		return this.roomVenue;
	}

	public String getRoomVenueEn() {
		return this.roomVenueEn;
	}

	public String getBookedBy() {
		return this.bookedBy;
	}

	public Instant getBookedAt() {
		return this.bookedAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	void setName(String name) {
		this.name = name;
	}

	void setTheme(String theme) {
		this.theme = theme;
	}

	void setField(String field) {
		this.field = field;
	}

	void setSummary(String summary) {
		this.summary = summary;
	}

	void setHost(String host) {
		this.host = host;
	}

	void setCoHost(String coHost) {
		this.coHost = coHost;
	}

	void setPlannedAttendance(int plannedAttendance) {
		this.plannedAttendance = plannedAttendance;
	}

	void setStartsAt(Instant startsAt) {
		this.startsAt = startsAt;
	}

	void setEndsAt(Instant endsAt) {
		this.endsAt = endsAt;
	}

	void setContactName(String contactName) {
		this.contactName = contactName;
	}

	void setContactMobile(String contactMobile) {
		this.contactMobile = contactMobile;
	}

	void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	void setPlanFileId(Long planFileId) {
		this.planFileId = planFileId;
	}

	void setAgenda(String agenda) {
		this.agenda = agenda;
	}

	void setIntlAssociations(String intlAssociations) {
		this.intlAssociations = intlAssociations;
	}

	void setDomesticAssociations(String domesticAssociations) {
		this.domesticAssociations = domesticAssociations;
	}

	void setHighlights(String highlights) {
		this.highlights = highlights;
	}

	void setOutcomes(String outcomes) {
		this.outcomes = outcomes;
	}

	void setPublishContent(String publishContent) {
		this.publishContent = publishContent;
	}

	void setRecorded(Boolean recorded) {
		this.recorded = recorded;
	}

	void setPosterPcFileId(Long posterPcFileId) {
		this.posterPcFileId = posterPcFileId;
	}

	void setPosterAppFileId(Long posterAppFileId) {
		this.posterAppFileId = posterAppFileId;
	}

	void setSupplementedAt(Instant supplementedAt) {
		this.supplementedAt = supplementedAt;
	}

	void setWithdrawReason(String withdrawReason) {
		this.withdrawReason = withdrawReason;
	}

	void setWithdrawnAt(Instant withdrawnAt) {
		this.withdrawnAt = withdrawnAt;
	}

	void setRoomId(Long roomId) {
		this.roomId = roomId;
	}

	void setRoomName(String roomName) {
		this.roomName = roomName;
	}

	void setRoomNameEn(String roomNameEn) {
		this.roomNameEn = roomNameEn;
	}

	void setRoomVenue(String roomVenue) {
		this.roomVenue = roomVenue;
	}

	void setRoomVenueEn(String roomVenueEn) {
		this.roomVenueEn = roomVenueEn;
	}

	void touch() {
		this.updatedAt = Instant.now();
	}

}
