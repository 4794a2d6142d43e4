package org.fairflow.portal.meeting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.fairflow.portal.export.ExportTable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A unit's own bookings (我的预约) as a file: every one matching the page's filters, in the
 * page's order, with the page's columns (the day and time in the fair's zone).
 */
@Component
class MeetingListExport {

	private final MeetingList list;

	private final FairCalendar calendar;

	private final MessageSource messages;

	MeetingListExport(MeetingList list, FairCalendar calendar, MessageSource messages) {
		this.list = list;
		this.calendar = calendar;
		this.messages = messages;
	}

	ExportTable table(long unitId, MeetingList.Filter filter, Locale locale) {
		List<String> headers = Stream
			.of("meeting.export.number", "meeting.name", "meeting.format", "meeting.date", "meeting.halfDay",
					"meeting.when", "meeting.status", "meeting.roomStatus")
			.map((key) -> text(key, locale))
			.toList();
		return ExportTable.of("meetings", text("meeting.title", locale), headers, () -> -1,
				(sink) -> this.list.export(unitId, filter, (row) -> {
					Meeting m = row.meeting();
					sink.accept(Arrays.asList(m.getId(), m.getName(), text("meeting.format." + m.getFormat(), locale),
							this.calendar.date(m.getStartsAt()),
							text(row.morning() ? "meeting.morning" : "meeting.afternoon", locale), row.time(),
							text("status." + m.getStatus().name(), locale), room(row, locale)));
				}));
	}

	/** The room's name where one is assigned; otherwise what the page says. */
	private String room(MeetingList.Row row, Locale locale) {
		AssignedRoom room = row.meeting().room();
		if (room == null) {
			return text(row.roomAssigned() ? "meeting.room.assigned" : "meeting.room.unassigned", locale);
		}
		boolean english = "en".equals(locale.getLanguage()) && room.nameEn() != null;
		return english ? room.nameEn() : room.name();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
