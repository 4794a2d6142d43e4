package org.fairflow.portal.tasks;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.fairflow.portal.export.ExportFormat;
import org.fairflow.portal.export.Exports;
import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.PortalUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reviewer's task list: filters, counts, pages, and claiming several tasks at once.
 */
@Controller
@RequestMapping("/tasks")
class TaskListController {

	private final HumanTasks tasks;

	private final TaskList list;

	private final BulkClaim bulkClaim;

	private final Organisations organisations;

	private final TaskListExport export;

	private final Exports exports;

	TaskListController(HumanTasks tasks, TaskList list, BulkClaim bulkClaim, Organisations organisations,
			TaskListExport export, Exports exports) {
		this.export = export;
		this.exports = exports;
		this.tasks = tasks;
		this.list = list;
		this.bulkClaim = bulkClaim;
		this.organisations = organisations;
	}

	@GetMapping
	String inbox(@AuthenticationPrincipal PortalUser user, InboxFilter filter,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Page<HumanTask> rows = this.tasks.inbox(user, filter, PageRequest.of(Math.max(0, page), filter.size()));
		if (rows.getNumber() >= rows.getTotalPages() && rows.getTotalPages() > 0) {
			// A page beyond the end (tasks were decided meanwhile): show the last one.
			rows = this.tasks.inbox(user, filter, PageRequest.of(rows.getTotalPages() - 1, filter.size()));
		}
		Set<Long> subtree = this.organisations.subtree(user.organisationId());
		List<Organisation> organisations = this.organisations.joinable()
			.stream()
			.filter((o) -> subtree.contains(o.getId()))
			.toList();
		model.addAttribute("filter", filter);
		model.addAttribute("flows", this.tasks.flows());
		model.addAttribute("page", rows);
		model.addAttribute("total", this.list.total(rows));
		model.addAttribute("counts", this.list.counts(user, filter));
		model.addAttribute("organisations", organisations);
		model.addAttribute("organisationsById",
				organisations.stream().collect(Collectors.toMap(Organisation::getId, Function.identity())));
		// Only what this person may take gets a checkbox (the claim checks it again).
		model.addAttribute("claimable",
				rows.stream()
					.filter((t) -> t.getClaimedBy() == null && t.offeredTo(user.groups()))
					.map(HumanTask::getId)
					.collect(Collectors.toSet()));
		return "tasks/inbox";
	}

	/** Every page of the list with the page's tab, filters and order. */
	@GetMapping("/export")
	void export(@AuthenticationPrincipal PortalUser user, InboxFilter filter,
			@RequestParam(required = false) String format, Locale locale, HttpServletResponse response)
			throws IOException {
		ExportFormat chosen = ExportFormat.of(format);
		this.exports.write(this.export.table(user, filter, locale), chosen, response);
	}

	@PostMapping("/claim")
	String claimSelected(@AuthenticationPrincipal PortalUser user,
			@RequestParam(name = "ids", required = false) List<Long> ids, @RequestParam(required = false) String back,
			RedirectAttributes redirect) {
		if (ids == null || ids.isEmpty()) {
			redirect.addFlashAttribute("errorKey", "tasks.bulk.noneSelected");
			redirect.addFlashAttribute("errorArgs", new Object[0]);
		}
		else {
			redirect.addFlashAttribute("bulkReport", this.bulkClaim.claim(ids, user));
		}
		return "redirect:" + InboxFilter.fromQuery(back).link(0);
	}

}
