package org.fairflow.portal.booth;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fairflow.portal.engine.EngineException;
import org.fairflow.portal.exhibit.ExhibitAudits;
import org.fairflow.portal.exhibit.ExhibitMedia;
import org.fairflow.portal.exhibit.ItemRefusedException;
import org.fairflow.portal.exhibit.ItemStatus;
import org.fairflow.portal.exhibitor.Exhibitor;
import org.fairflow.portal.exhibitor.Exhibitors;
import org.fairflow.portal.security.PortalUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The exhibitor's booth page (status, opinion, live and pending content, withdrawal) and
 * its form. A unit that is not an exhibitor is sent to register first.
 */
@Controller
@RequestMapping("/exhibitor/booth")
class BoothController {

	private static final String REGISTER = "redirect:/exhibitor/register";

	private final Exhibitors exhibitors;

	private final BoothRepository booths;

	private final BoothRevisions revisions;

	private final BoothEditing editing;

	private final ExhibitAudits audits;

	private final ExhibitMedia media;

	BoothController(Exhibitors exhibitors, BoothRepository booths, BoothRevisions revisions, BoothEditing editing,
			ExhibitAudits audits, ExhibitMedia media) {
		this.exhibitors = exhibitors;
		this.booths = booths;
		this.revisions = revisions;
		this.editing = editing;
		this.audits = audits;
		this.media = media;
	}

	@GetMapping
	String page(@AuthenticationPrincipal PortalUser user, Model model) {
		Optional<Exhibitor> exhibitor = exhibitorOf(user);
		if (exhibitor.isEmpty()) {
			return REGISTER;
		}
		Optional<Booth> booth = this.booths.findByExhibitorId(exhibitor.get().getId());
		model.addAttribute("hasBooth", booth.isPresent());
		booth.ifPresent((b) -> {
			ItemStatus shown = shownStatus(b);
			model.addAttribute("boothStatus", shown);
			model.addAttribute("boothOpinion", b.getRejectionOpinion());
			model.addAttribute("boothCaseId", b.getCaseId());
			model.addAttribute("boothLive", this.revisions.content(b.getLiveRevisionId()).orElse(null));
			model.addAttribute("boothPending", this.revisions.content(b.getPendingRevisionId()).orElse(null));
			model.addAttribute("boothEditable", shown.editable());
			model.addAttribute("boothSubmittable",
					(shown == ItemStatus.DRAFT || shown == ItemStatus.REJECTED) && b.getPendingRevisionId() != null);
			model.addAttribute("boothWithdrawable", shown == ItemStatus.AWAITING_AUDIT);
		});
		model.addAttribute("maxReason", ExhibitAudits.MAX_REASON);
		return "booth/index";
	}

	@GetMapping("/edit")
	String form(@AuthenticationPrincipal PortalUser user, Model model) {
		Optional<Exhibitor> exhibitor = exhibitorOf(user);
		if (exhibitor.isEmpty()) {
			return REGISTER;
		}
		Optional<Booth> booth = this.booths.findByExhibitorId(exhibitor.get().getId());
		BoothForm form = booth
			.flatMap((b) -> this.revisions
				.content((b.getPendingRevisionId() != null) ? b.getPendingRevisionId() : b.getLiveRevisionId()))
			.map(BoothForm::of)
			.orElseGet(BoothForm::new);
		model.addAttribute("form", form);
		return formPage(booth.orElse(null), model);
	}

	@PostMapping("/edit")
	String save(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") BoothForm form, BindingResult errors,
			@RequestParam(required = false) MultipartFile logo,
			@RequestParam(required = false) List<MultipartFile> images,
			@RequestParam(defaultValue = "submit") String action, Model model, RedirectAttributes redirect)
			throws IOException {
		Optional<Exhibitor> exhibitor = exhibitorOf(user);
		if (exhibitor.isEmpty()) {
			return REGISTER;
		}
		if (!errors.hasErrors()) {
			try {
				List<byte[]> added = new ArrayList<>();
				for (MultipartFile image : (images != null) ? images : List.<MultipartFile>of()) {
					if (image != null && !image.isEmpty()) {
						added.add(image.getBytes());
					}
				}
				byte[] newLogo = (logo != null && !logo.isEmpty()) ? logo.getBytes() : null;
				Booth saved = this.editing.save(exhibitor.get(), form, newLogo, added, "submit".equals(action),
						user.displayName());
				redirect.addFlashAttribute("successKey",
						(saved.getStatus() == ItemStatus.DRAFT) ? "booth.saved.draft" : "booth.saved.submitted");
				return "redirect:/exhibitor/booth";
			}
			catch (ItemRefusedException ex) {
				for (ItemRefusedException.Problem problem : ex.problems()) {
					if (problem.field() != null) {
						errors.rejectValue(formField(problem.field()), problem.messageKey(), problem.arguments(),
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
		return formPage(this.booths.findByExhibitorId(exhibitor.get().getId()).orElse(null), model);
	}

	@PostMapping("/submit")
	String submit(@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		Optional<Exhibitor> exhibitor = exhibitorOf(user);
		if (exhibitor.isEmpty()) {
			return REGISTER;
		}
		try {
			this.editing.submitDraft(exhibitor.get(), user.displayName());
			redirect.addFlashAttribute("successKey", "booth.saved.submitted");
		}
		catch (ItemRefusedException ex) {
			redirect.addFlashAttribute("errorKey", ex.problems().get(0).messageKey());
		}
		catch (EngineException ex) {
			redirect.addFlashAttribute("errorKey", "engine.unavailable");
		}
		return "redirect:/exhibitor/booth";
	}

	@PostMapping("/withdraw")
	String withdraw(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		Optional<Exhibitor> exhibitor = exhibitorOf(user);
		if (exhibitor.isEmpty()) {
			return REGISTER;
		}
		try {
			boolean told = this.editing.withdraw(exhibitor.get(), reason, user.displayName());
			redirect.addFlashAttribute("successKey", told ? "booth.withdrawn" : "booth.withdrawn.later");
		}
		catch (ItemRefusedException ex) {
			ItemRefusedException.Problem problem = ex.problems().get(0);
			redirect.addFlashAttribute("withdrawErrorKey", problem.messageKey());
			redirect.addFlashAttribute("withdrawErrorArgs", problem.arguments());
			redirect.addFlashAttribute("withdrawReason", reason);
		}
		return "redirect:/exhibitor/booth";
	}

	/** The form's property a problem of a file field is shown at. */
	private static String formField(String field) {
		return switch (field) {
			case "logo" -> "logoId";
			case "images" -> "imageIds";
			case "videos" -> "videoIds";
			default -> field;
		};
	}

	private String formPage(Booth booth, Model model) {
		ItemStatus status = (booth != null) ? shownStatus(booth) : ItemStatus.DRAFT;
		model.addAttribute("boothStatus", status);
		model.addAttribute("boothLocked", !status.editable());
		// Only a booth that was never submitted, or was sent back, can be kept as a
		// draft: a live booth's edit goes straight to audit, a waiting one stays in it.
		model.addAttribute("draftAllowed", status == ItemStatus.DRAFT || status == ItemStatus.REJECTED);
		model.addAttribute("reaudit", status == ItemStatus.APPROVED);
		model.addAttribute("zones", ExhibitionZone.values());
		model.addAttribute("maxImages", BoothForm.MAX_IMAGES);
		model.addAttribute("maxVideos", BoothForm.MAX_VIDEOS);
		model.addAttribute("maxTags", BoothForm.MAX_TAGS);
		model.addAttribute("videoMaxBytes", this.media.videoMaxBytes());
		model.addAttribute("videoMaxMegabytes", this.media.videoMaxMegabytes());
		return "booth/edit";
	}

	/**
	 * Awaiting audit, but a reviewer holds the task: the exhibitor sees it under audit.
	 */
	private ItemStatus shownStatus(Booth booth) {
		return (booth.getStatus() == ItemStatus.AWAITING_AUDIT && this.audits.isClaimed(booth.getCaseId()))
				? ItemStatus.UNDER_AUDIT : booth.getStatus();
	}

	private Optional<Exhibitor> exhibitorOf(PortalUser user) {
		return (user == null) ? Optional.empty() : this.exhibitors.ofUnit(user.unitId());
	}

}
