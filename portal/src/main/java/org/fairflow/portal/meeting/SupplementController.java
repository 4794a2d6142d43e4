package org.fairflow.portal.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.tasks.DecisionException;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supplement form (补充信息) of the booking unit, and the posters
 * ({@code /meetings/{id}/poster/pc|app}, public once the meeting is approved).
 */
@Controller
@RequestMapping("/meetings/{id}")
class SupplementController {

	private final MeetingSupplements supplements;

	private final MessageSource messages;

	SupplementController(MeetingSupplements supplements, MessageSource messages) {
		this.supplements = supplements;
		this.messages = messages;
	}

	/**
	 * The name lists are read from their rows ({@link #rows}), not bound: a forged index
	 * such as {@code intlAssociations[5000]} would make the binder fail outright.
	 */
	@InitBinder("form")
	void lists(WebDataBinder binder) {
		binder.setDisallowedFields("intlAssociations*", "domesticAssociations*");
	}

	@GetMapping("/supplement")
	String form(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		Meeting meeting = this.supplements.own(user, id);
		SupplementForm form = new SupplementForm();
		return page(meeting, form, this.supplements.refusal(meeting, user), Map.of(), model);
	}

	@PostMapping("/supplement")
	String submit(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@ModelAttribute("form") SupplementForm form, BindingResult errors,
			@RequestParam(name = "posterPc", required = false) MultipartFile posterPc,
			@RequestParam(name = "posterApp", required = false) MultipartFile posterApp, Locale locale, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		form.setIntlAssociations(rows(request.getParameterMap(), "intlAssociations"));
		form.setDomesticAssociations(rows(request.getParameterMap(), "domesticAssociations"));
		Meeting meeting = this.supplements.own(user, id);
		String refusal = this.supplements.refusal(meeting, user);
		if (refusal != null) {
			model.addAttribute("errorKey", refusal);
			return page(meeting, form, refusal, Map.of(), model);
		}
		// A value that did not bind (a forged yes/no) already has its message.
		form.problems()
			.stream()
			.filter((p) -> !errors.hasFieldErrors(p.field()))
			.forEach((p) -> errors.rejectValue(p.field(), p.messageKey(), p.arguments(), null));
		Map<String, String> posterErrors = new LinkedHashMap<>();
		PosterImage pc = null;
		PosterImage app = null;
		if (Boolean.TRUE.equals(form.getRecorded())) {
			pc = poster(PosterImage.Kind.PC, posterPc, posterErrors, locale);
			app = poster(PosterImage.Kind.APP, posterApp, posterErrors, locale);
		}
		if (errors.hasErrors() || !posterErrors.isEmpty()) {
			// A browser never keeps a chosen file across a re-rendered form: say which
			// posters were fine and must be chosen again.
			List<String> reselect = new ArrayList<>();
			if (pc != null) {
				reselect.add(PosterImage.Kind.PC.field());
			}
			if (app != null) {
				reselect.add(PosterImage.Kind.APP.field());
			}
			model.addAttribute("posterReselect", reselect);
			model.addAttribute("errorKey", "meetingreview.supplement.invalid");
			return page(meeting, form, null, posterErrors, model);
		}
		try {
			this.supplements.supplement(user, id, form, pc, app);
		}
		catch (SupplementException ex) {
			// Another submit came first (a double click): show the meeting as it is.
			Meeting now = this.supplements.own(user, id);
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArgs", ex.arguments());
			return page(now, form, this.supplements.refusal(now, user), posterErrors, model);
		}
		catch (DecisionException ex) {
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArgs", ex.arguments());
			return page(meeting, form, null, posterErrors, model);
		}
		redirect.addFlashAttribute("successKey", "meetingreview.supplement.sent");
		return "redirect:/meetings/" + id;
	}

	/**
	 * A poster: the unit and the organiser always; anyone, also not signed in, once the
	 * meeting is approved; otherwise, as for a meeting that does not exist, 404.
	 */
	@GetMapping("/poster/{kind}")
	ResponseEntity<byte[]> poster(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@PathVariable String kind) {
		PosterImage.Kind which = PosterImage.Kind.ofPath(kind);
		if (which == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		byte[] content = this.supplements.poster(id, which, user)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noCache())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

	/**
	 * The rows {@code name[i]} of a list in the order of their index (the form numbers
	 * them, a row added in the page takes the next number); anything else is ignored.
	 */
	static List<String> rows(Map<String, String[]> parameters, String name) {
		Pattern row = Pattern.compile(Pattern.quote(name) + "\\[(\\d{1,4})]");
		TreeMap<Integer, String> rows = new TreeMap<>();
		parameters.forEach((key, values) -> {
			Matcher matcher = row.matcher(key);
			if (matcher.matches() && values.length > 0) {
				rows.put(Integer.valueOf(matcher.group(1)), values[0]);
			}
		});
		return new ArrayList<>(rows.values());
	}

	private PosterImage poster(PosterImage.Kind kind, MultipartFile file, Map<String, String> posterErrors,
			Locale locale) {
		try {
			return PosterImage.of(kind, file);
		}
		catch (SupplementException ex) {
			posterErrors.put(ex.field(), this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return null;
		}
	}

	private static String page(Meeting meeting, SupplementForm form, String refusal, Map<String, String> posterErrors,
			Model model) {
		if (form.getIntlAssociations().isEmpty()) {
			form.getIntlAssociations().add("");
		}
		if (form.getDomesticAssociations().isEmpty()) {
			form.getDomesticAssociations().add("");
		}
		model.addAttribute("meeting", meeting);
		model.addAttribute("form", form);
		model.addAttribute("refusal", refusal);
		model.addAttribute("posterErrors", posterErrors);
		model.addAttribute("agendaMax", SupplementForm.AGENDA_MAX);
		model.addAttribute("textMax", SupplementForm.TEXT_MAX);
		model.addAttribute("posterMaxMb", PosterImage.MAX_BYTES / 1024 / 1024);
		model.addAttribute("posterKinds",
				java.util.Arrays.stream(PosterImage.Kind.values())
					.map((kind) -> Map.of("field", kind.field(), "path", kind.path(), "width", kind.width(), "height",
							kind.height()))
					.toList());
		return "meeting/supplement";
	}

}
