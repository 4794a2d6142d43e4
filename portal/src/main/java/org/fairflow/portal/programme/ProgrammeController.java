package org.fairflow.portal.programme;

import java.time.LocalDate;

import org.fairflow.portal.web.RequestValues;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public programme ({@code /programme?day=2027-11-06&page=}, no login): the day's
 * approved meetings, twenty a page, the fair's days as tabs.
 */
@Controller
class ProgrammeController {

	private final Programme programme;

	ProgrammeController(Programme programme) {
		this.programme = programme;
	}

	@GetMapping("/programme")
	String programme(@RequestParam(required = false) String day, @RequestParam(required = false) String page,
			Model model) {
		LocalDate picked = this.programme.pick(day);
		Page<Programme.Item> items = this.programme.day(picked, RequestValues.page(page));
		model.addAttribute("day", picked);
		model.addAttribute("days", this.programme.days());
		model.addAttribute("items", items);
		return "programme/day";
	}

}
