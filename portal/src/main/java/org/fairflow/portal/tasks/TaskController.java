package org.fairflow.portal.tasks;

import java.util.Locale;
import java.util.Map;

import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.forms.FormRejectedException;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.PortalUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/tasks")
class TaskController {

	private static final int PAGE_SIZE = 20;

	private final HumanTasks tasks;

	private final Cases cases;

	private final Organisations organisations;

	private final TaskForms forms;

	TaskController(HumanTasks tasks, Cases cases, Organisations organisations, TaskForms forms) {
		this.tasks = tasks;
		this.cases = cases;
		this.organisations = organisations;
		this.forms = forms;
	}

	@GetMapping
	String inbox(@AuthenticationPrincipal PortalUser user, InboxFilter filter,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("flows", this.tasks.flows());
		model.addAttribute("page", this.tasks.inbox(user, filter, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
		model.addAttribute("organisations",
				this.organisations.joinable()
					.stream()
					.filter((o) -> this.organisations.subtree(user.organisationId()).contains(o.getId()))
					.toList());
		return "tasks/inbox";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Locale locale, Model model) {
		HumanTask task = this.tasks.visible(id, user);
		var record = this.cases.find(task.getCaseId()).orElseThrow(TaskNotFoundException::new);
		FlowView view = this.tasks.view(task);
		model.addAttribute("task", task);
		model.addAttribute("flow", task.getFlow());
		model.addAttribute("caseRecord", record);
		model.addAttribute("history", this.cases.history(record.getId()));
		model.addAttribute("mayAct", task.offeredTo(user.groups()));
		if (view != null) {
			model.addAttribute("viewTemplate", view.template());
			model.addAllAttributes(view.model(record.getBusinessKey(), locale));
		}
		this.forms.show(task, model);
		return "tasks/task";
	}

	@PostMapping("/{id}/claim")
	String claim(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, id, () -> this.tasks.claim(id, user), "task.claimed");
	}

	@PostMapping("/{id}/unclaim")
	String unclaim(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, id, () -> this.tasks.unclaim(id, user), "task.unclaimed");
	}

	@PostMapping("/{id}/decide")
	String decide(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @RequestParam String decision,
			@RequestParam(required = false) String comment, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		try {
			this.tasks.decide(id, user, decision, comment, params);
			redirect.addFlashAttribute("successKey", "task.decided");
			return "redirect:/tasks";
		}
		catch (DecisionException ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
			redirect.addFlashAttribute("comment", comment);
			return "redirect:/tasks/" + id;
		}
		catch (FormRejectedException ex) {
			redirect.addFlashAttribute("errorKey", "form.invalid");
			redirect.addFlashAttribute("errorArgs", new Object[] { ex.errors().size() });
			redirect.addFlashAttribute("formErrors", ex.errors());
			String kept = TaskForms.kept(params.get("formData"));
			if (kept != null) {
				redirect.addFlashAttribute("formData", kept);
			}
			if (comment != null) {
				redirect.addFlashAttribute("comment", comment);
			}
			return "redirect:/tasks/" + id;
		}
	}

	private String act(RedirectAttributes redirect, long id, Runnable action, String successKey) {
		try {
			action.run();
			redirect.addFlashAttribute("successKey", successKey);
		}
		catch (DecisionException ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
		}
		return "redirect:/tasks/" + id;
	}

}
