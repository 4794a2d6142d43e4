package org.fairflow.portal.room;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.fairflow.portal.export.ExportTable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The organiser's room plan as an export: every room with both names and venues, as the
 * page shows them, active rooms first.
 */
@Component
class RoomListExport {

	private final RoomPlan plan;

	private final MessageSource messages;

	RoomListExport(RoomPlan plan, MessageSource messages) {
		this.plan = plan;
		this.messages = messages;
	}

	ExportTable table(Locale locale) {
		List<String> headers = Stream
			.of("room.name.zh", "room.name.en", "room.venue.zh", "room.venue.en", "room.capacity", "room.state")
			.map((key) -> text(key, locale))
			.toList();
		String active = text("room.active", locale);
		String inactive = text("room.inactive", locale);
		// A plan holds a few dozen rooms: read in the request, no stream needed.
		List<MeetingRoom> rooms = this.plan.list();
		return ExportTable.of("meeting-rooms", text("room.title", locale), headers, rooms::size,
				(sink) -> rooms.forEach((room) -> sink.accept(Arrays.asList(room.getName(), room.getNameEn(),
						room.getVenue(), room.getVenueEn(), room.getCapacity(), room.isActive() ? active : inactive))));
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
