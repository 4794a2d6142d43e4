package org.fairflow.portal.exhibit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fairflow.portal.engine.EngineException;
import org.fairflow.portal.exhibitor.Exhibitor;
import org.fairflow.portal.exhibitor.Exhibitors;
import org.fairflow.portal.security.PortalUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The exhibitor's pages of a listable kind under {@code /exhibitor/<kind>s}: the list
 * (filters, pages), one item's page (status, opinion, forced unlisting, withdrawal) and
 * the form. Another exhibitor's item is 404; a unit that is not an exhibitor is sent to
 * register first. The kind's controller maps the path and adds its form's choices;
 * template names and message keys start with the kind's name, the model's with
 * {@code item} (templates/exhibit/items.html). The list exports with its filters
 * ({@link ItemExports}), the kind adding its {@link ItemColumns}.
 */
public abstract class ItemPages<I extends ListableItem, C extends ItemContent, F extends ItemForm<?>> {

	public static final int PAGE_SIZE = 20;

	private static final String REGISTER = "redirect:/exhibitor/register";

	private final String kind;

	private final Exhibitors exhibitors;

	private final ListableItemRepository<I> items;

	private final ItemRevisions<?, C, ?> revisions;

	private final ItemEditing<I, C, F, ?> editing;

	private final ItemRowQuery rows;

	private final ItemKind itemKind;

	private final ItemColumns<C> columns;

	private final ItemExports exports;

	protected ItemPages(ItemKind kind, Exhibitors exhibitors, ListableItemRepository<I> items,
			ItemRevisions<?, C, ?> revisions, ItemEditing<I, C, F, ?> editing, JdbcTemplate jdbc,
			ItemColumns<C> columns, ItemExports exports) {
		this.kind = kind.nameEn();
		this.itemKind = kind;
		this.columns = columns;
		this.exports = exports;
		this.exhibitors = exhibitors;
		this.items = items;
		this.revisions = revisions;
		this.editing = editing;
		this.rows = new ItemRowQuery(kind, jdbc);
	}

	/**
	 * The form with the content, or empty for a new item when {@code content} is null.
	 */
	protected abstract F form(C content);

	/** The choices the kind's form offers (categories, zones...). */
	protected abstract void formChoices(Model model);

	@GetMapping
	public String list(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String status, @RequestParam(required = false) String listed,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Optional<Exhibitor> exhibitor = exhibitorOf(user);
		if (exhibitor.isEmpty()) {
			return REGISTER;
		}
		ItemStatus wanted = parseStatus(status);
		Boolean wantedListed = parseListed(listed);
		model.addAttribute("exportBase",
				ItemExports.ownLink(listPath() + "/export", q, wanted, wantedListed).encode().build().toUriString());
		model.addAttribute("rows",
				rows(exhibitor.get().getId(), q, wanted, wantedListed, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("q", q);
		model.addAttribute("status", (wanted != null) ? wanted.name() : "");
		model.addAttribute("listed", (wantedListed == null) ? "" : wantedListed ? "yes" : "no");
		model.addAttribute("statuses", ItemStatus.values());
		return this.kind + "/index";
	}

	/** The list with its filters, all pages, to XLSX or CSV. */
	@GetMapping("/export")
	public void export(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String status, @RequestParam(required = false) String listed,
			@RequestParam(required = false) String format, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Optional<Exhibitor> exhibitor = exhibitorOf(user);
		if (exhibitor.isEmpty()) {
			response.sendRedirect(request.getContextPath() + REGISTER.substring("redirect:".length()));
			return;
		}
		long exhibitorId = exhibitor.get().getId();
		ItemStatus wanted = parseStatus(status);
		Boolean wantedListed = parseListed(listed);
		this.exports.own(this.itemKind, this.columns,
				ItemExports.ownLink(listPath(), q, wanted, wantedListed).build().toUriString(),
				() -> this.rows.all(exhibitorId, q, wanted, wantedListed), this::load, format, locale, response);
	}

	@GetMapping("/{id}")
	public String detail(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		Optional<Exhibitor> exhibitor = exhibitorOf(user);
		if (exhibitor.isEmpty()) {
			return REGISTER;
		}
		I item = this.editing.find(exhibitor.get(), id);
		ItemStatus shown = this.editing.shownStatus(item);
		model.addAttribute("itemId", item.getId());
		model.addAttribute("itemNumber", item.getNumber());
		model.addAttribute("itemOpinion", item.getRejectionOpinion());
		model.addAttribute("itemForced", item.getForcedReason());
		model.addAttribute("itemListed", item.isListed());
		model.addAttribute("itemListable", item.listable());
		model.addAttribute("itemCaseId", item.getCaseId());
		model.addAttribute("itemStatus", shown);
		model.addAttribute("itemLive", this.revisions.content(item.getLiveRevisionId()).orElse(null));
		model.addAttribute("itemPending", this.revisions.content(item.getPendingRevisionId()).orElse(null));
		model.addAttribute("itemEditable", shown.editable());
		model.addAttribute("itemSubmittable", submittable(item, shown));
		model.addAttribute("itemWithdrawable", shown == ItemStatus.AWAITING_AUDIT);
		model.addAttribute("maxReason", ExhibitAudits.MAX_REASON);
		return this.kind + "/detail";
	}

	@GetMapping("/new")
	public String newForm(@AuthenticationPrincipal PortalUser user, Model model) {
		if (exhibitorOf(user).isEmpty()) {
			return REGISTER;
		}
		model.addAttribute("form", form(null));
		return formPage(null, model);
	}

	@GetMapping("/{id}/edit")
	public String editForm(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		Optional<Exhibitor> exhibitor = exhibitorOf(user);
		if (exhibitor.isEmpty()) {
			return REGISTER;
		}
		I item = this.editing.find(exhibitor.get(), id);
		model.addAttribute("form", form(this.revisions.content(item.currentRevisionId()).orElse(null)));
		return formPage(item, model);
	}

	@PostMapping("/new")
	public String create(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") F form, BindingResult errors,
			@RequestParam(required = false) List<MultipartFile> images,
			@RequestParam(defaultValue = "submit") String action, Model model, RedirectAttributes redirect)
			throws IOException {
		return save(user, null, form, errors, images, action, model, redirect);
	}

	@PostMapping("/{id}/edit")
	public String update(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@ModelAttribute("form") F form, BindingResult errors,
			@RequestParam(required = false) List<MultipartFile> images,
			@RequestParam(defaultValue = "submit") String action, Model model, RedirectAttributes redirect)
			throws IOException {
		return save(user, id, form, errors, images, action, model, redirect);
	}

	private String save(PortalUser user, Long id, F form, BindingResult errors, List<MultipartFile> images,
			String action, Model model, RedirectAttributes redirect) throws IOException {
		Optional<Exhibitor> exhibitor = exhibitorOf(user);
		if (exhibitor.isEmpty()) {
			return REGISTER;
		}
		I existing = (id != null) ? this.editing.find(exhibitor.get(), id) : null;
		if (!errors.hasErrors()) {
			try {
				List<byte[]> added = new ArrayList<>();
				for (MultipartFile image : (images != null) ? images : List.<MultipartFile>of()) {
					if (image != null && !image.isEmpty()) {
						added.add(image.getBytes());
					}
				}
				I saved = this.editing.save(exhibitor.get(), id, form, added, "submit".equals(action),
						user.displayName());
				redirect.addFlashAttribute("successKey",
						this.kind + ((saved.getStatus() == ItemStatus.DRAFT) ? ".saved.draft" : ".saved.submitted"));
				return "redirect:" + path(saved.getId());
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
	public String submit(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(user, id, redirect, (exhibitor) -> {
			this.editing.submitDraft(exhibitor, id, user.displayName());
			return ".saved.submitted";
		});
	}

	@PostMapping("/{id}/list")
	public String list(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(user, id, redirect, (exhibitor) -> {
			this.editing.list(exhibitor, id, true);
			return ".listed";
		});
	}

	@PostMapping("/{id}/unlist")
	public String unlist(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(user, id, redirect, (exhibitor) -> {
			this.editing.list(exhibitor, id, false);
			return ".unlisted";
		});
	}

	@PostMapping("/{id}/copy")
	public String copy(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		Optional<Exhibitor> exhibitor = exhibitorOf(user);
		if (exhibitor.isEmpty()) {
			return REGISTER;
		}
		I copy = this.editing.copy(exhibitor.get(), id, user.displayName());
		redirect.addFlashAttribute("successKey", this.kind + ".copied");
		return "redirect:" + path(copy.getId()) + "/edit";
	}

	@PostMapping("/{id}/withdraw")
	public String withdraw(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Optional<Exhibitor> exhibitor = exhibitorOf(user);
		if (exhibitor.isEmpty()) {
			return REGISTER;
		}
		try {
			boolean told = this.editing.withdraw(exhibitor.get(), id, reason, user.displayName());
			redirect.addFlashAttribute("successKey", this.kind + (told ? ".withdrawn" : ".withdrawn.later"));
		}
		catch (ItemRefusedException ex) {
			ItemRefusedException.Problem problem = ex.problems().get(0);
			redirect.addFlashAttribute("withdrawErrorKey", problem.messageKey());
			redirect.addFlashAttribute("withdrawErrorArgs", problem.arguments());
			redirect.addFlashAttribute("withdrawReason", reason);
		}
		return "redirect:" + path(id);
	}

	private interface Action {

		/**
		 * @return the success message key after the kind's name
		 */
		String apply(Exhibitor exhibitor);

	}

	private String act(PortalUser user, long id, RedirectAttributes redirect, Action action) {
		Optional<Exhibitor> exhibitor = exhibitorOf(user);
		if (exhibitor.isEmpty()) {
			return REGISTER;
		}
		try {
			redirect.addFlashAttribute("successKey", this.kind + action.apply(exhibitor.get()));
		}
		catch (ItemRefusedException ex) {
			redirect.addFlashAttribute("errorKey", ex.problems().get(0).messageKey());
		}
		catch (EngineException ex) {
			redirect.addFlashAttribute("errorKey", "engine.unavailable");
		}
		return "redirect:" + path(id);
	}

	private String formPage(I item, Model model) {
		ItemStatus status = (item != null) ? this.editing.shownStatus(item) : ItemStatus.DRAFT;
		model.addAttribute("itemId", (item != null) ? item.getId() : null);
		model.addAttribute("itemNumber", (item != null) ? item.getNumber() : null);
		model.addAttribute("itemLocked", !status.editable());
		model.addAttribute("draftAllowed", status == ItemStatus.DRAFT || status == ItemStatus.REJECTED);
		model.addAttribute("reaudit", status == ItemStatus.APPROVED);
		formChoices(model);
		return this.kind + "/edit";
	}

	private Page<ItemRow<C>> rows(long exhibitorId, String text, ItemStatus status, Boolean listed,
			PageRequest pageable) {
		ItemRowQuery.Found found = this.rows.find(exhibitorId, text, status, listed, pageable);
		return new PageImpl<>(load(found.ids()), pageable, found.total());
	}

	/** The rows of these items, newest first. */
	private List<ItemRow<C>> load(List<Long> ids) {
		List<ItemRow<C>> rows = new ArrayList<>();
		for (I item : this.items.findAllById(ids)) {
			ItemStatus shown = this.editing.shownStatus(item);
			rows.add(new ItemRow<>(item.getId(), item.getNumber(),
					this.revisions.content(item.currentRevisionId()).orElseThrow(), item.getCreatedAt(), shown,
					item.isListed(), item.getForcedReason() != null, shown.editable(), submittable(item, shown),
					item.listable()));
		}
		rows.sort((a, b) -> Long.compare(b.id(), a.id()));
		return rows;
	}

	private String path(long id) {
		return listPath() + "/" + id;
	}

	private String listPath() {
		return "/exhibitor/" + this.kind + "s";
	}

	private static boolean submittable(ListableItem item, ItemStatus shown) {
		return (shown == ItemStatus.DRAFT || shown == ItemStatus.REJECTED) && item.getPendingRevisionId() != null;
	}

	private static Boolean parseListed(String listed) {
		return "yes".equals(listed) ? Boolean.TRUE : "no".equals(listed) ? Boolean.FALSE : null;
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
