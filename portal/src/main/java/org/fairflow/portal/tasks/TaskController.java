package org.fairflow.portal.tasks;

import java.util.Locale;
import java.util.Map;

import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.forms.FormRejectedException;
import org.fairflow.portal.security.PortalUser;

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

	private final HumanTasks tasks;

	private final Cases cases;

	private final TaskList list;

	private final TaskForms forms;

	TaskController(HumanTasks tasks, Cases cases, TaskList list, TaskForms forms) {
		this.tasks = tasks;
		this.cases = cases;
		this.list = list;
		this.forms = forms;
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) String back, Locale locale, Model model) {
		HumanTask task = this.tasks.visible(id, user);
		// The list the task was opened from, read again so that only its own parameters
		// travel on.
		model.addAttribute("listFilter", (back != null) ? InboxFilter.fromQuery(back) : null);
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
	String claim(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		return act(redirect, id, back, () -> this.tasks.claim(id, user), "task.claimed");
	}

	@PostMapping("/{id}/unclaim")
	String unclaim(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		return act(redirect, id, back, () -> this.tasks.unclaim(id, user), "task.unclaimed");
	}

	@PostMapping("/{id}/decide")
	String decide(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) String decision, @RequestParam(required = false) String comment,
			@RequestParam(required = false) String back, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		try {
			this.tasks.decide(id, user, decision, comment, params);
			redirect.addFlashAttribute("successKey", "task.decided");
			return afterDecision(user, id, back, redirect);
		}
		catch (DecisionException ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
			redirect.addFlashAttribute("comment", comment);
			return taskPage(id, back);
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
			return taskPage(id, back);
		}
	}

	private String act(RedirectAttributes redirect, long id, String back, Runnable action, String successKey) {
		try {
			action.run();
			redirect.addFlashAttribute("successKey", successKey);
		}
		catch (DecisionException ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
		}
		return taskPage(id, back);
	}

	/**
	 * Opened from the list, the next task of the same list opens, so that a reviewer
	 * works through it; else (or when none is left) the list.
	 */
	private String afterDecision(PortalUser user, long id, String back, RedirectAttributes redirect) {
		if (back == null) {
			return "redirect:/tasks";
		}
		InboxFilter list = InboxFilter.fromQuery(back);
		return this.list.next(user, list, id).map((next) -> "redirect:" + list.taskLink(next.getId())).orElseGet(() -> {
			redirect.addFlashAttribute("listDone", true);
			return "redirect:" + list.link(0);
		});
	}

	private static String taskPage(long id, String back) {
		return "redirect:" + ((back != null) ? InboxFilter.fromQuery(back).taskLink(id) : "/tasks/" + id);
	}

}
