package org.fairflow.portal.meeting;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The booking form (云会议预约). Bean Validation checks each field on its own;
 * {@link MeetingBookings} checks what depends on other fields or on stored data (the
 * fair's days, the time window, online capacity, overlaps, the plan).
 */
public class MeetingForm {

	/** Rows of speakers of one kind, each at most this many. */
	static final int MAX_ROWS = 20;

	@NotNull(message = "{meeting.format.required}")
	private MeetingFormat format;

	@NotBlank(message = "{meeting.name.required}")
	@Size(max = 100, message = "{meeting.name.size}")
	private String name;

	@NotBlank(message = "{meeting.theme.required}")
	@Size(max = 100, message = "{meeting.theme.size}")
	private String theme;

	@NotBlank(message = "{meeting.field.required}")
	private String field;

	@NotBlank(message = "{meeting.summary.required}")
	@Size(max = 1000, message = "{meeting.summary.size}")
	private String summary;

	@NotBlank(message = "{meeting.host.required}")
	@Size(max = 200, message = "{meeting.host.size}")
	private String host;

	@Size(max = 200, message = "{meeting.coHost.size}")
	private String coHost;

	@NotNull(message = "{meeting.plannedAttendance.required}")
	@Min(value = 1, message = "{meeting.plannedAttendance.between}")
	@Max(value = 1000, message = "{meeting.plannedAttendance.between}")
	private Integer plannedAttendance;

	@NotBlank(message = "{meeting.date.required}")
	private String date;

	@NotBlank(message = "{meeting.startTime.required}")
	private String startTime;

	@NotBlank(message = "{meeting.endTime.required}")
	private String endTime;

	@Valid
	private List<Speaker> domestic = new ArrayList<>();

	@Valid
	private List<Speaker> foreign = new ArrayList<>();

	@Valid
	private List<Speaker> guests = new ArrayList<>();

	@NotBlank(message = "{meeting.contactName.required}")
	@Size(max = 100, message = "{meeting.contactName.size}")
	private String contactName;

	/** A contact abroad gives an e-mail; one in China a mobile. */
	private boolean contactAbroad;

	@Pattern(regexp = "^$|^(\\+86)?1[3-9]\\d{9}$", message = "{meeting.contactMobile.pattern}")
	private String contactMobile;

	@Email(message = "{meeting.contactEmail.pattern}")
	@Size(max = 200, message = "{meeting.contactEmail.pattern}")
	private String contactEmail;

	@NotNull(message = "{meeting.plan.required}")
	private Long planFileId;

	/** The plan's name as uploaded, shown again when the form comes back with errors. */
	private String planFileName;

	/** A speaker or guest: name and affiliation/position (单位及职务). */
	public static class Speaker {

		@Size(max = 100, message = "{meeting.speaker.name.size}")
		private String name;

		@Size(max = 200, message = "{meeting.speaker.affiliation.size}")
		private String affiliation;

		public Speaker() {
		}

		Speaker(String name, String affiliation) {
			this.name = name;
			this.affiliation = affiliation;
		}

		/** A row left empty (the form always offers one) is no speaker. */
		boolean isBlank() {
			return (this.name == null || this.name.isBlank())
					&& (this.affiliation == null || this.affiliation.isBlank());
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getAffiliation() {
			return this.affiliation;
		}

		public void setAffiliation(String affiliation) {
			this.affiliation = affiliation;
		}

	}

	/** A new form offers one empty row of each kind. */
	static MeetingForm blank() {
		MeetingForm form = new MeetingForm();
		form.ensureRows();
		return form;
	}

	/** Every list shows at least one row (after rows were removed or on errors). */
	void ensureRows() {
		for (List<Speaker> rows : List.of(this.domestic, this.foreign, this.guests)) {
			rows.removeIf((s) -> s == null);
			if (rows.isEmpty()) {
				rows.add(new Speaker());
			}
		}
	}

	public MeetingFormat getFormat() {
		return this.format;
	}

	public void setFormat(MeetingFormat format) {
		this.format = format;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getTheme() {
		return this.theme;
	}

	public void setTheme(String theme) {
		this.theme = theme;
	}

	public String getField() {
		return this.field;
	}

	public void setField(String field) {
		this.field = field;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getHost() {
		return this.host;
	}

	public void setHost(String host) {
		this.host = host;
	}

	public String getCoHost() {
		return this.coHost;
	}

	public void setCoHost(String coHost) {
		this.coHost = coHost;
	}

	public Integer getPlannedAttendance() {
		return this.plannedAttendance;
	}

	public void setPlannedAttendance(Integer plannedAttendance) {
		this.plannedAttendance = plannedAttendance;
	}

	public String getDate() {
		return this.date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getStartTime() {
		return this.startTime;
	}

	public void setStartTime(String startTime) {
		this.startTime = startTime;
	}

	public String getEndTime() {
		return this.endTime;
	}

	public void setEndTime(String endTime) {
		this.endTime = endTime;
	}

	public List<Speaker> getDomestic() {
		return this.domestic;
	}

	public void setDomestic(List<Speaker> domestic) {
		this.domestic = domestic;
	}

	public List<Speaker> getForeign() {
		return this.foreign;
	}

	public void setForeign(List<Speaker> foreign) {
		this.foreign = foreign;
	}

	public List<Speaker> getGuests() {
		return this.guests;
	}

	public void setGuests(List<Speaker> guests) {
		this.guests = guests;
	}

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public boolean isContactAbroad() {
		return this.contactAbroad;
	}

	public void setContactAbroad(boolean contactAbroad) {
		this.contactAbroad = contactAbroad;
	}

	public String getContactMobile() {
		return this.contactMobile;
	}

	public void setContactMobile(String contactMobile) {
		this.contactMobile = contactMobile;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public Long getPlanFileId() {
		return this.planFileId;
	}

	public void setPlanFileId(Long planFileId) {
		this.planFileId = planFileId;
	}

	public String getPlanFileName() {
		return this.planFileName;
	}

	public void setPlanFileName(String planFileName) {
		this.planFileName = planFileName;
	}

}
