package org.fairflow.portal.meeting;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.fairflow.portal.engine.EngineException;
import org.fairflow.portal.export.ExportFormat;
import org.fairflow.portal.export.Exports;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.unit.UnitDirectory;
import org.fairflow.workers.meeting.OnlineRoomView;
import org.fairflow.workers.meeting.RoomWindow;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant's meeting pages: the list (我的预约), the booking form, a booking's detail
 * with its room, the way into the online room, and the withdrawal.
 */
@Controller
@RequestMapping("/meetings")
class MeetingController {

	private final UnitDirectory units;

	private final MeetingBookings bookings;

	private final MeetingList list;

	private final MeetingDetails details;

	private final MeetingWithdrawals withdrawals;

	private final FairCalendar calendar;

	private final PlanFiles plans;

	private final Clock clock;

	private final MeetingListExport export;

	private final Exports exports;

	MeetingController(UnitDirectory units, MeetingBookings bookings, MeetingList list, MeetingDetails details,
			MeetingWithdrawals withdrawals, FairCalendar calendar, PlanFiles plans, Clock clock,
			MeetingListExport export, Exports exports) {
		this.export = export;
		this.exports = exports;
		this.units = units;
		this.bookings = bookings;
		this.list = list;
		this.details = details;
		this.withdrawals = withdrawals;
		this.calendar = calendar;
		this.plans = plans;
		this.clock = clock;
	}

	@GetMapping
	String index(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String name,
			@RequestParam(required = false) String format, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Optional<Long> unitId = this.units.approvedUnitOf(user);
		if (unitId.isEmpty()) {
			return notApproved(user, model);
		}
		MeetingList.Filter filter = MeetingList.Filter.of(name, format, status);
		model.addAttribute("filter", filter);
		model.addAttribute("meetings", this.list.of(unitId.get(), filter, page));
		model.addAttribute("statuses", MeetingStatus.values());
		model.addAttribute("formats", MeetingFormat.values());
		model.addAttribute("exportBase", filter.exportLink());
		return "meeting/index";
	}

	/**
	 * The unit's own bookings with the page's filters as XLSX or CSV; a unit not approved
	 * has none to export. The page's format filter is {@code meetingFormat} here, since
	 * {@code format} names the file's.
	 */
	@GetMapping("/export")
	void export(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String name,
			@RequestParam(required = false) String meetingFormat, @RequestParam(required = false) String status,
			@RequestParam(required = false) String format, Locale locale, HttpServletResponse response)
			throws IOException {
		ExportFormat chosen = ExportFormat.of(format);
		MeetingList.Filter filter = MeetingList.Filter.of(name, meetingFormat, status);
		this.exports.write(this.export.table(unitOf(user), filter, locale), chosen, response);
	}

	@GetMapping("/new")
	String form(@AuthenticationPrincipal PortalUser user, Model model) {
		if (this.units.approvedUnitOf(user).isEmpty()) {
			return notApproved(user, model);
		}
		model.addAttribute("form", MeetingForm.blank());
		return formPage(model);
	}

	@PostMapping
	String book(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") MeetingForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Long unitId = unitOf(user);
		if (!errors.hasErrors()) {
			try {
				Meeting meeting = this.bookings.book(unitId, form, user.displayName());
				redirect.addFlashAttribute("successKey", "meeting.booked");
				redirect.addFlashAttribute("successArgs", new Object[] { meeting.getName() });
				return "redirect:/meetings/" + meeting.getId();
			}
			catch (BookingRefusedException ex) {
				for (BookingRefusedException.Problem problem : ex.problems()) {
					if (problem.field() != null) {
						errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(),
								problem.messageKey());
					}
					else {
						errors.reject(problem.messageKey(), problem.arguments(), problem.messageKey());
					}
				}
			}
			catch (EngineException ex) {
				errors.reject("engine.unavailable");
			}
		}
		form.ensureRows();
		return formPage(model);
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		MeetingDetails.Details d = this.details.of(unitOf(user), id);
		model.addAttribute("d", d);
		// The join button is a link only inside the room's window; outside it the
		// window's line says when the room opens or that it closed.
		model.addAttribute("joinable", d.window().isOpen(this.clock.instant()));
		model.addAttribute("maxReason", MeetingWithdrawals.MAX_REASON);
		return "meeting/detail";
	}

	/**
	 * Inside the room's window: to the online room. Before or after it (or while the room
	 * is not open yet): when it opens or closed.
	 */
	@GetMapping("/{id}/join")
	String join(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		MeetingDetails.Details d = this.details.of(unitOf(user), id);
		RoomWindow window = d.window();
		Instant now = this.clock.instant();
		OnlineRoomView room = d.onlineRoom();
		boolean usable = room != null && room.isOpen() && room.joinUrl() != null;
		if (d.online() && usable && window.isOpen(now)) {
			return "redirect:" + room.joinUrl();
		}
		String state = now.isBefore(window.opensAt()) ? "BEFORE" : (window.isOpen(now) ? "NO_ROOM" : "AFTER");
		model.addAttribute("d", d);
		model.addAttribute("joinState", state);
		return "meeting/join";
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Long unitId = unitOf(user);
		try {
			boolean told = this.withdrawals.withdraw(unitId, id, reason, user.displayName());
			redirect.addFlashAttribute("successKey", told ? "meeting.withdrawn" : "meeting.withdrawn.later");
		}
		catch (BookingRefusedException ex) {
			BookingRefusedException.Problem problem = ex.problems().get(0);
			redirect.addFlashAttribute("withdrawErrorKey", problem.messageKey());
			redirect.addFlashAttribute("withdrawErrorArgs", problem.arguments());
			redirect.addFlashAttribute("withdrawReason", reason);
		}
		return "redirect:/meetings/" + id;
	}

	private String formPage(Model model) {
		model.addAttribute("days", this.calendar.days());
		model.addAttribute("fields", MeetingBookings.FIELDS);
		model.addAttribute("formats", MeetingFormat.values());
		model.addAttribute("maxRows", MeetingForm.MAX_ROWS);
		model.addAttribute("planMaxMegabytes", this.plans.maxMegabytes());
		model.addAttribute("planMaxBytes", this.plans.maxBytes());
		return "meeting/new";
	}

	/**
	 * The menu offers the meetings to every unit: one not approved learns why, instead of
	 * an error page (as on /refunds).
	 */
	private String notApproved(PortalUser user, Model model) {
		String status = Optional.ofNullable(user.unitId())
			.flatMap(this.units::findById)
			.map(UnitDirectory.RegisteredUnit::status)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
		model.addAttribute("unitStatus", status);
		model.addAttribute("titleKey", "meeting.title");
		model.addAttribute("textKey", "meeting.unavailable");
		model.addAttribute("boxId", "meeting-unavailable");
		return "unit-not-approved";
	}

	private Long unitOf(PortalUser user) {
		return this.units.approvedUnitOf(user).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

}
