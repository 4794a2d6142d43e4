package org.fairflow.portal.room;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.fairflow.portal.export.ExportFormat;
import org.fairflow.portal.export.Exports;
import org.fairflow.portal.web.RequestValues;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organiser's room plan ({@code /rooms}, organiser only: SecurityConfiguration):
 * list, add, edit, and deactivate after a confirmation page that says how many bookings
 * the room keeps. The list exports to XLSX and CSV at {@code /rooms/export}.
 */
@Controller
@RequestMapping("/rooms")
class RoomController {

	private static final String FORM = "room/form";

	private static final String LIST = "redirect:/rooms";

	private final RoomPlan plan;

	private final RoomBookings bookings;

	private final RoomListExport export;

	private final Exports exports;

	RoomController(RoomPlan plan, RoomBookings bookings, RoomListExport export, Exports exports) {
		this.plan = plan;
		this.bookings = bookings;
		this.export = export;
		this.exports = exports;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rooms", this.plan.list());
		return "room/list";
	}

	@GetMapping("/export")
	void export(@RequestParam(required = false) String format, Locale locale, HttpServletResponse response)
			throws IOException {
		ExportFormat chosen = ExportFormat.of(format);
		this.exports.write(this.export.table(locale), chosen, response);
	}

	@GetMapping("/new")
	String addForm(Model model) {
		model.addAttribute("form", new RoomForm());
		return FORM;
	}

	@PostMapping
	String add(@ModelAttribute("form") RoomForm form, BindingResult errors, RedirectAttributes redirect) {
		if (!check(form, errors)) {
			return FORM;
		}
		try {
			MeetingRoom room = this.plan.add(form);
			redirect.addFlashAttribute("successKey", "room.added");
			redirect.addFlashAttribute("successArgs", new Object[] { room.getName() });
		}
		catch (RoomException ex) {
			errors.rejectValue(ex.field(), ex.getMessage());
			return FORM;
		}
		return LIST;
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable String id, Model model) {
		MeetingRoom room = room(id);
		model.addAttribute("room", room);
		model.addAttribute("form", RoomForm.of(room));
		return FORM;
	}

	@PostMapping("/{id}")
	String edit(@PathVariable String id, @ModelAttribute("form") RoomForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		MeetingRoom room = room(id);
		model.addAttribute("room", room);
		if (!check(form, errors)) {
			return FORM;
		}
		try {
			this.plan.update(room.getId(), form);
		}
		catch (RoomException ex) {
			errors.rejectValue(ex.field(), ex.getMessage());
			return FORM;
		}
		redirect.addFlashAttribute("successKey", "room.saved");
		redirect.addFlashAttribute("successArgs", new Object[] { form.getName().strip() });
		return LIST;
	}

	/** The confirmation: the room keeps its bookings and gets no new ones. */
	@GetMapping("/{id}/deactivate")
	String confirmDeactivation(@PathVariable String id, Model model) {
		MeetingRoom room = room(id);
		if (!room.isActive()) {
			return LIST;
		}
		model.addAttribute("room", room);
		model.addAttribute("kept", this.bookings.upcoming(room.getId(), Instant.now()));
		return "room/deactivate";
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable String id, @RequestParam(defaultValue = "false") boolean confirm,
			RedirectAttributes redirect) {
		MeetingRoom room = room(id);
		if (!confirm) {
			return "redirect:/rooms/" + room.getId() + "/deactivate";
		}
		this.plan.deactivate(room.getId());
		redirect.addFlashAttribute("successKey", "room.deactivated");
		redirect.addFlashAttribute("successArgs", new Object[] { room.getName() });
		return LIST;
	}

	private MeetingRoom room(String id) {
		return RequestValues.id(id).flatMap(this.plan::find).orElseThrow(RoomNotFoundException::new);
	}

	private static boolean check(RoomForm form, BindingResult errors) {
		form.problems().forEach((p) -> errors.rejectValue(p.field(), p.messageKey()));
		return !errors.hasErrors();
	}

}
