package org.fairflow.portal.product;

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
 * The exhibitor's products: the list (filters, pages), one product's page (status,
 * opinion, forced unlisting, withdrawal) and the form. Another exhibitor's product is
 * 404; a unit that is not an exhibitor is sent to register first.
 */
@Controller
@RequestMapping("/exhibitor/products")
class ProductController {

	static final int PAGE_SIZE = 20;

	private static final String REGISTER = "redirect:/exhibitor/register";

	private static final String LIST = "redirect:/exhibitor/products";

	private final Exhibitors exhibitors;

	private final ProductRepository products;

	private final ProductRevisions revisions;

	private final ProductEditing editing;

	private final ExhibitAudits audits;

	private final JdbcTemplate jdbc;

	ProductController(Exhibitors exhibitors, ProductRepository products, ProductRevisions revisions,
			ProductEditing editing, ExhibitAudits audits, JdbcTemplate jdbc) {
		this.exhibitors = exhibitors;
		this.products = products;
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
		Page<ProductRow> rows = rows(exhibitor.get().getId(), new ProductSearch(q, wanted, wantedListed),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("rows", rows);
		model.addAttribute("q", q);
		model.addAttribute("status", (wanted != null) ? wanted.name() : "");
		model.addAttribute("listed", (wantedListed == null) ? "" : wantedListed ? "yes" : "no");
		model.addAttribute("statuses", ItemStatus.values());
		return "product/index";
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		Optional<Exhibitor> exhibitor = exhibitorOf(user);
		if (exhibitor.isEmpty()) {
			return REGISTER;
		}
		Product product = own(exhibitor.get(), id);
		ItemStatus shown = shownStatus(product);
		model.addAttribute("productId", product.getId());
		model.addAttribute("productNumber", product.getNumber());
		model.addAttribute("productOpinion", product.getRejectionOpinion());
		model.addAttribute("productForced", product.getForcedReason());
		model.addAttribute("productListed", product.isListed());
		model.addAttribute("productListable", product.listable());
		model.addAttribute("productCaseId", product.getCaseId());
		model.addAttribute("productStatus", shown);
		model.addAttribute("productLive", this.revisions.content(product.getLiveRevisionId()).orElse(null));
		model.addAttribute("productPending", this.revisions.content(product.getPendingRevisionId()).orElse(null));
		model.addAttribute("productEditable", shown.editable());
		model.addAttribute("productSubmittable",
				(shown == ItemStatus.DRAFT || shown == ItemStatus.REJECTED) && product.getPendingRevisionId() != null);
		model.addAttribute("productWithdrawable", shown == ItemStatus.AWAITING_AUDIT);
		model.addAttribute("maxReason", ExhibitAudits.MAX_REASON);
		return "product/detail";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal PortalUser user, Model model) {
		if (exhibitorOf(user).isEmpty()) {
			return REGISTER;
		}
		model.addAttribute("form", new ProductForm());
		return formPage(null, model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		Optional<Exhibitor> exhibitor = exhibitorOf(user);
		if (exhibitor.isEmpty()) {
			return REGISTER;
		}
		Product product = own(exhibitor.get(), id);
		model.addAttribute("form",
				this.revisions.content(product.currentRevisionId()).map(ProductForm::of).orElseGet(ProductForm::new));
		return formPage(product, model);
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") ProductForm form,
			BindingResult errors, @RequestParam(required = false) List<MultipartFile> images,
			@RequestParam(defaultValue = "submit") String action, Model model, RedirectAttributes redirect)
			throws IOException {
		return save(user, null, form, errors, images, action, model, redirect);
	}

	@PostMapping("/{id}/edit")
	String update(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@ModelAttribute("form") ProductForm form, BindingResult errors,
			@RequestParam(required = false) List<MultipartFile> images,
			@RequestParam(defaultValue = "submit") String action, Model model, RedirectAttributes redirect)
			throws IOException {
		return save(user, id, form, errors, images, action, model, redirect);
	}

	private String save(PortalUser user, Long id, ProductForm form, BindingResult errors, List<MultipartFile> images,
			String action, Model model, RedirectAttributes redirect) throws IOException {
		Optional<Exhibitor> exhibitor = exhibitorOf(user);
		if (exhibitor.isEmpty()) {
			return REGISTER;
		}
		Product existing = (id != null) ? own(exhibitor.get(), id) : null;
		if (!errors.hasErrors()) {
			try {
				List<byte[]> added = new ArrayList<>();
				for (MultipartFile image : (images != null) ? images : List.<MultipartFile>of()) {
					if (image != null && !image.isEmpty()) {
						added.add(image.getBytes());
					}
				}
				Product saved = this.editing.save(exhibitor.get(), id, form, added, "submit".equals(action),
						user.displayName());
				redirect.addFlashAttribute("successKey",
						(saved.getStatus() == ItemStatus.DRAFT) ? "product.saved.draft" : "product.saved.submitted");
				return "redirect:/exhibitor/products/" + saved.getId();
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
			return "product.saved.submitted";
		});
	}

	@PostMapping("/{id}/list")
	String list(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(user, id, redirect, (exhibitor) -> {
			this.editing.list(exhibitor, id, true);
			return "product.listed";
		});
	}

	@PostMapping("/{id}/unlist")
	String unlist(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(user, id, redirect, (exhibitor) -> {
			this.editing.list(exhibitor, id, false);
			return "product.unlisted";
		});
	}

	@PostMapping("/{id}/copy")
	String copy(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		Optional<Exhibitor> exhibitor = exhibitorOf(user);
		if (exhibitor.isEmpty()) {
			return REGISTER;
		}
		Product copy = this.editing.copy(exhibitor.get(), id, user.displayName());
		redirect.addFlashAttribute("successKey", "product.copied");
		return "redirect:/exhibitor/products/" + copy.getId() + "/edit";
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
			redirect.addFlashAttribute("successKey", told ? "product.withdrawn" : "product.withdrawn.later");
		}
		catch (ItemRefusedException ex) {
			ItemRefusedException.Problem problem = ex.problems().get(0);
			redirect.addFlashAttribute("withdrawErrorKey", problem.messageKey());
			redirect.addFlashAttribute("withdrawErrorArgs", problem.arguments());
			redirect.addFlashAttribute("withdrawReason", reason);
		}
		return "redirect:/exhibitor/products/" + id;
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
		return "redirect:/exhibitor/products/" + id;
	}

	private String formPage(Product product, Model model) {
		ItemStatus status = (product != null) ? shownStatus(product) : ItemStatus.DRAFT;
		model.addAttribute("productId", (product != null) ? product.getId() : null);
		model.addAttribute("productNumber", (product != null) ? product.getNumber() : null);
		model.addAttribute("productLocked", !status.editable());
		model.addAttribute("draftAllowed", status == ItemStatus.DRAFT || status == ItemStatus.REJECTED);
		model.addAttribute("reaudit", status == ItemStatus.APPROVED);
		model.addAttribute("categories", ProductCategory.values());
		model.addAttribute("maxImages", ProductForm.MAX_IMAGES);
		return "product/edit";
	}

	/** The exhibitor's products with the filters, newest first. */
	private Page<ProductRow> rows(long exhibitorId, ProductSearch search, PageRequest pageable) {
		StringBuilder where = new StringBuilder(" from product p join product_revision r on r.id ="
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
		List<ProductRow> rows = new ArrayList<>();
		for (Product p : this.products.findAllById(ids)) {
			ProductContent content = this.revisions.content(p.currentRevisionId()).orElseThrow();
			ItemStatus shown = shownStatus(p);
			rows.add(new ProductRow(p.getId(), p.getNumber(), content.name(), content.category(), p.getCreatedAt(),
					shown, p.isListed(), p.getForcedReason() != null, shown.editable(),
					(shown == ItemStatus.DRAFT || shown == ItemStatus.REJECTED) && p.getPendingRevisionId() != null,
					p.listable()));
		}
		rows.sort((a, b) -> Long.compare(b.id(), a.id()));
		return new PageImpl<>(rows, pageable, (total != null) ? total : 0);
	}

	private ItemStatus shownStatus(Product product) {
		return (product.getStatus() == ItemStatus.AWAITING_AUDIT && this.audits.isClaimed(product.getCaseId()))
				? ItemStatus.UNDER_AUDIT : product.getStatus();
	}

	private Product own(Exhibitor exhibitor, long id) {
		return this.products.findById(id)
			.filter((p) -> p.getExhibitorId().equals(exhibitor.getId()))
			.orElseThrow(ProductNotFoundException::new);
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
