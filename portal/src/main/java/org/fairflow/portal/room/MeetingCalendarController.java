package org.fairflow.portal.room;

import org.fairflow.portal.meeting.FairCalendar;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organiser's meeting calendar ({@code /meetings/calendar?day=2027-11-06}, organiser
 * only: SecurityConfiguration); a day that is not one of the fair's shows the first.
 */
@Controller
class MeetingCalendarController {

	private final MeetingCalendar calendar;

	private final FairCalendar days;

	MeetingCalendarController(MeetingCalendar calendar, FairCalendar days) {
		this.calendar = calendar;
		this.days = days;
	}

	@GetMapping("/meetings/calendar")
	String calendar(@RequestParam(required = false) String day, Model model) {
		model.addAttribute("calendar", this.calendar.day(this.days.pick(day)));
		return "room/calendar";
	}

}
