package org.fairflow.portal.meeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.persistence.criteria.Predicate;
import org.fairflow.portal.export.Pages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/** The unit's bookings (我的预约), newest meeting first, filtered and ten a page. */
@Component
class MeetingList {

	static final int PAGE_SIZE = 10;

	private static final int EXPORT_PAGE = 500;

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("startsAt"), Sort.Order.desc("id"));

	private final MeetingRepository meetings;

	private final FairCalendar calendar;

	MeetingList(MeetingRepository meetings, FairCalendar calendar) {
		this.meetings = meetings;
		this.calendar = calendar;
	}

	/**
	 * The list's filters; an unknown format or status (a hand-made link) filters nothing.
	 */
	record Filter(String name, MeetingFormat format, MeetingStatus status) {

		static Filter of(String name, String format, String status) {
			return new Filter((name == null || name.isBlank()) ? null : name.strip(),
					parse(MeetingFormat.class, format), parse(MeetingStatus.class, status));
		}

		/**
		 * The export's address with these filters; the format filter is
		 * {@code meetingFormat} there, since {@code format} names the file's. The name is
		 * encoded strictly, so a {@code +} or {@code &} in it arrives as typed.
		 */
		String exportLink() {
			Map<String, Object> values = new HashMap<>();
			UriComponentsBuilder link = UriComponentsBuilder.fromPath("/meetings/export");
			add(link, values, "name", this.name);
			add(link, values, "meetingFormat", this.format);
			add(link, values, "status", this.status);
			return link.encode().buildAndExpand(values).toUriString();
		}

		private static void add(UriComponentsBuilder link, Map<String, Object> values, String param, Object value) {
			if (value != null) {
				link.queryParam(param, "{" + param + "}");
				values.put(param, value);
			}
		}

		private static <E extends Enum<E>> E parse(Class<E> type, String value) {
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				return Enum.valueOf(type, value.strip());
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

	}

	/** A line of the list. */
	record Row(Meeting meeting, String date, boolean morning, String time) {

		public boolean roomAssigned() {
			return this.meeting.getStatus() == MeetingStatus.ROOM_ALLOCATED || this.meeting.room() != null;
		}

		public boolean withdrawable() {
			return this.meeting.getStatus().withdrawable() && this.meeting.getWithdrawnAt() == null;
		}

		public boolean awaitingSupplement() {
			return this.meeting.getStatus() == MeetingStatus.AWAITING_SUPPLEMENT;
		}

	}

	@Transactional(readOnly = true)
	Page<Row> of(Long unitId, Filter filter, int page) {
		return find(unitId, filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE, NEWEST_FIRST));
	}

	/**
	 * Every booking of the unit matching the filter, in the list's order, a chunk at a
	 * time; called inside the export's read-only transaction.
	 */
	void export(Long unitId, Filter filter, Consumer<Row> sink) {
		Pages.each((number) -> find(unitId, filter, PageRequest.of(number, EXPORT_PAGE, NEWEST_FIRST)), sink);
	}

	private Page<Row> find(Long unitId, Filter filter, PageRequest request) {
		Specification<Meeting> spec = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("unitId"), unitId));
			if (filter.name() != null) {
				where.add(cb.like(cb.lower(root.get("name")),
						"%" + escape(filter.name().toLowerCase(Locale.ROOT)) + "%", '\\'));
			}
			if (filter.format() != null) {
				where.add(cb.equal(root.get("format"), filter.format()));
			}
			if (filter.status() != null) {
				where.add(cb.equal(root.get("status"), filter.status()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		return this.meetings.findAll(spec, request)
			.map((m) -> new Row(m, this.calendar.date(m.getStartsAt()).toString(),
					this.calendar.morning(m.getStartsAt()), this.calendar.time(m.getStartsAt(), m.getEndsAt())));
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
