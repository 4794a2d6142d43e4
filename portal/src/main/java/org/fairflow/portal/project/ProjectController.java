package org.fairflow.portal.project;

import org.fairflow.portal.booth.ExhibitionZone;
import org.fairflow.portal.product.ProductCategory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fairflow.portal.engine.EngineException;
import org.fairflow.portal.exhibit.ExhibitAudits;
import org.fairflow.portal.exhibit.ItemRefusedException;
import org.fairflow.portal.exhibit.ItemStatus;
import org.fairflow.portal.exhibitor.Exhibitor;
import org.fairflow.portal.exhibitor.Exhibitors;
import org.fairflow.portal.security.PortalUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The exhibitor's projects: the list (filters, pages), one project's page (status,
 * opinion, forced unlisting, withdrawal) and the form. Another exhibitor's project is
 * 404; a unit that is not an exhibitor is sent to register first.
 */
@Controller
@RequestMapping("/exhibitor/projects")
class ProjectController {

	static final int PAGE_SIZE = 20;

	private static final String REGISTER = "redirect:/exhibitor/register";

	private static final String LIST = "redirect:/exhibitor/projects";

	private final Exhibitors exhibitors;

	private final ProjectRepository projects;

	private final ProjectRevisions revisions;

	private final ProjectEditing editing;

	private final ExhibitAudits audits;

	private final JdbcTemplate jdbc;

	ProjectController(Exhibitors exhibitors, ProjectRepository projects, ProjectRevisions revisions,
			ProjectEditing editing, ExhibitAudits audits, JdbcTemplate jdbc) {
		this.exhibitors = exhibitors;
		this.projects = projects;
		this.revisions = revisions;
		this.editing = editing;
		this.audits = audits;
		this.jdbc = jdbc;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String status, @RequestParam(required = false) String listed,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Optional<Exhibitor> exhibitor = exhibitorOf(user);
		if (exhibitor.isEmpty()) {
			return REGISTER;
		}
		ItemStatus wanted = parseStatus(status);
		Boolean wantedListed = "yes".equals(listed) ? Boolean.TRUE : "no".equals(listed) ? Boolean.FALSE : null;
		Page<ProjectRow> rows = rows(exhibitor.get().getId(), new ProjectSearch(q, wanted, wantedListed),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("rows", rows);
		model.addAttribute("q", q);
		model.addAttribute("status", (wanted != null) ? wanted.name() : "");
		model.addAttribute("listed", (wantedListed == null) ? "" : wantedListed ? "yes" : "no");
		model.addAttribute("statuses", ItemStatus.values());
		return "project/index";
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		Optional<Exhibitor> exhibitor = exhibitorOf(user);
		if (exhibitor.isEmpty()) {
			return REGISTER;
		}
		Project project = own(exhibitor.get(), id);
		ItemStatus shown = shownStatus(project);
		model.addAttribute("projectId", project.getId());
		model.addAttribute("projectNumber", project.getNumber());
		model.addAttribute("projectOpinion", project.getRejectionOpinion());
		model.addAttribute("projectForced", project.getForcedReason());
		model.addAttribute("projectListed", project.isListed());
		model.addAttribute("projectListable", project.listable());
		model.addAttribute("projectCaseId", project.getCaseId());
		model.addAttribute("projectStatus", shown);
		model.addAttribute("projectLive", this.revisions.content(project.getLiveRevisionId()).orElse(null));
		model.addAttribute("projectPending", this.revisions.content(project.getPendingRevisionId()).orElse(null));
		model.addAttribute("projectEditable", shown.editable());
		model.addAttribute("projectSubmittable",
				(shown == ItemStatus.DRAFT || shown == ItemStatus.REJECTED) && project.getPendingRevisionId() != null);
		model.addAttribute("projectWithdrawable", shown == ItemStatus.AWAITING_AUDIT);
		model.addAttribute("maxReason", ExhibitAudits.MAX_REASON);
		return "project/detail";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal PortalUser user, Model model) {
		if (exhibitorOf(user).isEmpty()) {
			return REGISTER;
		}
		model.addAttribute("form", new ProjectForm());
		return formPage(null, model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		Optional<Exhibitor> exhibitor = exhibitorOf(user);
		if (exhibitor.isEmpty()) {
			return REGISTER;
		}
		Project project = own(exhibitor.get(), id);
		model.addAttribute("form",
				this.revisions.content(project.currentRevisionId()).map(ProjectForm::of).orElseGet(ProjectForm::new));
		return formPage(project, model);
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") ProjectForm form,
			BindingResult errors, @RequestParam(required = false) List<MultipartFile> images,
			@RequestParam(defaultValue = "submit") String action, Model model, RedirectAttributes redirect)
			throws IOException {
		return save(user, null, form, errors, images, action, model, redirect);
	}

	@PostMapping("/{id}/edit")
	String update(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@ModelAttribute("form") ProjectForm form, BindingResult errors,
			@RequestParam(required = false) List<MultipartFile> images,
			@RequestParam(defaultValue = "submit") String action, Model model, RedirectAttributes redirect)
			throws IOException {
		return save(user, id, form, errors, images, action, model, redirect);
	}

	private String save(PortalUser user, Long id, ProjectForm form, BindingResult errors, List<MultipartFile> images,
			String action, Model model, RedirectAttributes redirect) throws IOException {
		Optional<Exhibitor> exhibitor = exhibitorOf(user);
		if (exhibitor.isEmpty()) {
			return REGISTER;
		}
		Project existing = (id != null) ? own(exhibitor.get(), id) : null;
		if (!errors.hasErrors()) {
			try {
				List<byte[]> added = new ArrayList<>();
				for (MultipartFile image : (images != null) ? images : List.<MultipartFile>of()) {
					if (image != null && !image.isEmpty()) {
						added.add(image.getBytes());
					}
				}
				Project saved = this.editing.save(exhibitor.get(), id, form, added, "submit".equals(action),
						user.displayName());
				redirect.addFlashAttribute("successKey",
						(saved.getStatus() == ItemStatus.DRAFT) ? "project.saved.draft" : "project.saved.submitted");
				return "redirect:/exhibitor/projects/" + saved.getId();
			}
			catch (ItemRefusedException ex) {
				for (ItemRefusedException.Problem problem : ex.problems()) {
					if (problem.field() != null) {
						errors.rejectValue("images".equals(problem.field()) ? "imageIds" : problem.field(),
								problem.messageKey(), problem.arguments(), problem.messageKey());
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
		return formPage(existing, model);
	}

	@PostMapping("/{id}/submit")
	String submit(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(user, id, redirect, (exhibitor) -> {
			this.editing.submitDraft(exhibitor, id, user.displayName());
			return "project.saved.submitted";
		});
	}

	@PostMapping("/{id}/list")
	String list(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(user, id, redirect, (exhibitor) -> {
			this.editing.list(exhibitor, id, true);
			return "project.listed";
		});
	}

	@PostMapping("/{id}/unlist")
	String unlist(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(user, id, redirect, (exhibitor) -> {
			this.editing.list(exhibitor, id, false);
			return "project.unlisted";
		});
	}

	@PostMapping("/{id}/copy")
	String copy(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		Optional<Exhibitor> exhibitor = exhibitorOf(user);
		if (exhibitor.isEmpty()) {
			return REGISTER;
		}
		Project copy = this.editing.copy(exhibitor.get(), id, user.displayName());
		redirect.addFlashAttribute("successKey", "project.copied");
		return "redirect:/exhibitor/projects/" + copy.getId() + "/edit";
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Optional<Exhibitor> exhibitor = exhibitorOf(user);
		if (exhibitor.isEmpty()) {
			return REGISTER;
		}
		try {
			boolean told = this.editing.withdraw(exhibitor.get(), id, reason, user.displayName());
			redirect.addFlashAttribute("successKey", told ? "project.withdrawn" : "project.withdrawn.later");
		}
		catch (ItemRefusedException ex) {
			ItemRefusedException.Problem problem = ex.problems().get(0);
			redirect.addFlashAttribute("withdrawErrorKey", problem.messageKey());
			redirect.addFlashAttribute("withdrawErrorArgs", problem.arguments());
			redirect.addFlashAttribute("withdrawReason", reason);
		}
		return "redirect:/exhibitor/projects/" + id;
	}

	private interface Action {

		String apply(Exhibitor exhibitor);

	}

	private String act(PortalUser user, long id, RedirectAttributes redirect, Action action) {
		Optional<Exhibitor> exhibitor = exhibitorOf(user);
		if (exhibitor.isEmpty()) {
			return REGISTER;
		}
		try {
			redirect.addFlashAttribute("successKey", action.apply(exhibitor.get()));
		}
		catch (ItemRefusedException ex) {
			redirect.addFlashAttribute("errorKey", ex.problems().get(0).messageKey());
		}
		catch (EngineException ex) {
			redirect.addFlashAttribute("errorKey", "engine.unavailable");
		}
		return "redirect:/exhibitor/projects/" + id;
	}

	private String formPage(Project project, Model model) {
		ItemStatus status = (project != null) ? shownStatus(project) : ItemStatus.DRAFT;
		model.addAttribute("projectId", (project != null) ? project.getId() : null);
		model.addAttribute("projectNumber", (project != null) ? project.getNumber() : null);
		model.addAttribute("projectLocked", !status.editable());
		model.addAttribute("draftAllowed", status == ItemStatus.DRAFT || status == ItemStatus.REJECTED);
		model.addAttribute("reaudit", status == ItemStatus.APPROVED);
		model.addAttribute("zones", ExhibitionZone.values());
		model.addAttribute("industries", ProductCategory.values());
		model.addAttribute("demands", TradeDemand.values());
		model.addAttribute("maxImages", ProjectForm.MAX_IMAGES);
		return "project/edit";
	}

	/** The exhibitor's projects with the filters, newest first. */
	private Page<ProjectRow> rows(long exhibitorId, ProjectSearch search, PageRequest pageable) {
		StringBuilder where = new StringBuilder(" from project p join project_revision r on r.id ="
				+ " coalesce(p.pending_revision_id, p.live_revision_id) where p.exhibitor_id = ?");
		List<Object> args = new ArrayList<>(List.of(exhibitorId));
		if (search.text() != null && !search.text().isBlank()) {
			String pattern = "%" + search.text()
				.strip()
				.toLowerCase(Locale.ROOT)
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_") + "%";
			where.append(" and (r.name_key like ? escape '\\' or lower(p.number) like ? escape '\\')");
			args.add(pattern);
			args.add(pattern);
		}
		if (search.status() != null) {
			where.append(" and p.status = ?");
			args.add(search.status().name());
		}
		if (search.listed() != null) {
			where.append(" and p.listed = ?");
			args.add(search.listed());
		}
		Long total = this.jdbc.queryForObject("select count(*)" + where, Long.class, args.toArray());
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(pageable.getPageSize());
		pageArgs.add(pageable.getOffset());
		List<Long> ids = this.jdbc.queryForList("select p.id" + where + " order by p.id desc limit ? offset ?",
				Long.class, pageArgs.toArray());
		List<ProjectRow> rows = new ArrayList<>();
		for (Project p : this.projects.findAllById(ids)) {
			ProjectContent content = this.revisions.content(p.currentRevisionId()).orElseThrow();
			ItemStatus shown = shownStatus(p);
			rows.add(new ProjectRow(p.getId(), p.getNumber(), content.name(), content.industry(), p.getCreatedAt(),
					shown, p.isListed(), p.getForcedReason() != null, shown.editable(),
					(shown == ItemStatus.DRAFT || shown == ItemStatus.REJECTED) && p.getPendingRevisionId() != null,
					p.listable()));
		}
		rows.sort((a, b) -> Long.compare(b.id(), a.id()));
		return new PageImpl<>(rows, pageable, (total != null) ? total : 0);
	}

	private ItemStatus shownStatus(Project project) {
		return (project.getStatus() == ItemStatus.AWAITING_AUDIT && this.audits.isClaimed(project.getCaseId()))
				? ItemStatus.UNDER_AUDIT : project.getStatus();
	}

	private Project own(Exhibitor exhibitor, long id) {
		return this.projects.findById(id)
			.filter((p) -> p.getExhibitorId().equals(exhibitor.getId()))
			.orElseThrow(ProjectNotFoundException::new);
	}

	private static ItemStatus parseStatus(String status) {
		for (ItemStatus s : ItemStatus.values()) {
			if (s.name().equals(status)) {
				return s;
			}
		}
		return null;
	}

	private Optional<Exhibitor> exhibitorOf(PortalUser user) {
		return (user == null) ? Optional.empty() : this.exhibitors.ofUnit(user.unitId());
	}

}
