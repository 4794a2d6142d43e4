package org.fairflow.portal.badge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.fairflow.portal.export.ExportFormat;
import org.fairflow.portal.export.Exports;
import org.fairflow.portal.quota.BadgeType;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.web.RequestValues;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The liaison's persons (flow 2), only for the liaison's own approved unit: another
 * unit's person is not found, any other role is forbidden.
 */
@Controller
@RequestMapping("/badge/persons")
class PersonController {

	private final Persons persons;

	private final Liaisons liaisons;

	private final FairDates dates;

	private final PersonListExport export;

	private final Exports exports;

	PersonController(Persons persons, Liaisons liaisons, FairDates dates, PersonListExport export, Exports exports) {
		this.export = export;
		this.exports = exports;
		this.persons = persons;
		this.liaisons = liaisons;
		this.dates = dates;
	}

	@ModelAttribute
	void choices(Model model, Locale locale) {
		model.addAttribute("countries", Countries.options(locale));
		model.addAttribute("statuses", PersonStatus.values());
		model.addAttribute("documentTypes", DocumentType.values());
		model.addAttribute("genders", Gender.values());
		model.addAttribute("badgeTypes", BadgeType.values());
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "0") String page, Model model) {
		Long unitId = this.liaisons.approvedUnit(user).orElse(null);
		if (unitId == null) {
			// The menu offers this page to every unit: one not approved learns why it is
			// empty.
			model.addAttribute("unitStatus", this.liaisons.unitStatusOf(user));
			model.addAttribute("titleKey", "badge.persons.title");
			model.addAttribute("textKey", "unit.persons.unavailable");
			model.addAttribute("boxId", "persons-unavailable");
			return "unit-not-approved";
		}
		PersonStatus filter = Arrays.stream(PersonStatus.values())
			.filter((s) -> s.name().equals(status))
			.findFirst()
			.orElse(null);
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.persons.list(unitId, filter, RequestValues.page(page)));
		model.addAttribute("counts", this.persons.counts(unitId));
		return "badge/list";
	}

	/**
	 * The unit's own persons with the page's status filter as XLSX or CSV; a unit not
	 * approved has none to export.
	 */
	@GetMapping("/export")
	void export(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String status,
			@RequestParam(required = false) String format, Locale locale, HttpServletResponse response)
			throws IOException {
		ExportFormat chosen = ExportFormat.of(format);
		long unitId = this.liaisons.approvedUnit(user).orElseThrow(PersonNotFoundException::new);
		PersonStatus filter = Arrays.stream(PersonStatus.values())
			.filter((s) -> s.name().equals(status))
			.findFirst()
			.orElse(null);
		this.exports.write(this.export.table(unitId, filter, locale), chosen, response);
	}

	@GetMapping("/new")
	String addForm(@AuthenticationPrincipal PortalUser user, Model model) {
		this.liaisons.approvedUnitOf(user);
		model.addAttribute("form", this.dates.applyTo(new PersonForm()));
		return "badge/form";
	}

	@PostMapping
	String add(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") PersonForm form, BindingResult errors,
			@RequestParam(name = "photo", required = false) MultipartFile photoFile,
			@RequestParam(name = "pendingPhoto", required = false) String pending, HttpSession session, Model model,
			RedirectAttributes redirect) {
		Long unitId = this.liaisons.approvedUnitOf(user);
		PersonRules.Result result = check(form, errors);
		PersonPhoto photo = photo(photoFile, pending, session, model);
		if (photo == null && model.getAttribute("photoError") == null) {
			model.addAttribute("photoError", "badge.photo.required");
		}
		if (!result.ok() || photo == null) {
			return formKeeping(photo, pending, session, model);
		}
		try {
			this.persons.add(unitId, result.checked(), photo);
		}
		catch (PersonException ex) {
			refused(ex, errors, model);
			return formKeeping(photo, pending, session, model);
		}
		catch (DataIntegrityViolationException ex) {
			errors.rejectValue("documentNumber", "badge.documentNumber.taken");
			return formKeeping(photo, pending, session, model);
		}
		PendingPhotos.drop(session, pending);
		redirect.addFlashAttribute("successKey", "badge.added");
		return "redirect:/badge/persons";
	}

	@GetMapping("/{id}/edit")
	String editForm(@AuthenticationPrincipal PortalUser user, @PathVariable String id, Model model,
			RedirectAttributes redirect) {
		Person person = person(user, id);
		if (!person.getStatus().editable()) {
			redirect.addFlashAttribute("errorKey", "badge.notEditable");
			return "redirect:/badge/persons";
		}
		model.addAttribute("person", person);
		model.addAttribute("form", PersonForm.of(person));
		return "badge/form";
	}

	@PostMapping("/{id}")
	String edit(@AuthenticationPrincipal PortalUser user, @PathVariable String id,
			@ModelAttribute("form") PersonForm form, BindingResult errors,
			@RequestParam(name = "photo", required = false) MultipartFile photoFile,
			@RequestParam(name = "pendingPhoto", required = false) String pending, HttpSession session, Model model,
			RedirectAttributes redirect) {
		Person person = person(user, id);
		if (!person.getStatus().editable()) {
			redirect.addFlashAttribute("errorKey", "badge.notEditable");
			return "redirect:/badge/persons";
		}
		model.addAttribute("person", person);
		PersonRules.Result result = check(form, errors);
		PersonPhoto photo = photo(photoFile, pending, session, model);
		if (!result.ok() || model.getAttribute("photoError") != null) {
			return formKeeping(photo, pending, session, model);
		}
		Person saved;
		try {
			saved = this.persons.edit(person.getUnitId(), person.getId(), result.checked(), photo);
		}
		catch (PersonException ex) {
			refused(ex, errors, model);
			return formKeeping(photo, pending, session, model);
		}
		catch (DataIntegrityViolationException | OptimisticLockingFailureException ex) {
			errors.rejectValue("documentNumber", "badge.documentNumber.taken");
			return formKeeping(photo, pending, session, model);
		}
		PendingPhotos.drop(session, pending);
		redirect.addFlashAttribute("successKey",
				(person.isReuse() && !saved.isReuse()) ? "badge.reuse.dropped" : "badge.saved");
		return "redirect:/badge/persons";
	}

	@GetMapping("/{id}/photo")
	ResponseEntity<byte[]> photo(@AuthenticationPrincipal PortalUser user, @PathVariable String id) {
		Person person = person(user, id);
		return this.persons.photo(person.getUnitId(), person.getId())
			.map((bytes) -> ResponseEntity.ok()
				.contentType(MediaType.IMAGE_JPEG)
				.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
				.body(bytes))
			.orElse(ResponseEntity.notFound().build());
	}

	/**
	 * A photo kept from a refused form, for its preview; only in the session that sent
	 * it.
	 */
	@GetMapping("/pending-photo/{token}")
	ResponseEntity<byte[]> pendingPhoto(@AuthenticationPrincipal PortalUser user, @PathVariable String token,
			HttpSession session) {
		this.liaisons.approvedUnitOf(user);
		return PendingPhotos.find(session, token)
			.map((photo) -> ResponseEntity.ok()
				.contentType(MediaType.IMAGE_JPEG)
				.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
				.body(photo.content()))
			.orElse(ResponseEntity.notFound().build());
	}

	@GetMapping("/batch")
	String batchForm(@AuthenticationPrincipal PortalUser user, Model model) {
		this.liaisons.approvedUnitOf(user);
		model.addAttribute("columns", PersonCsv.COLUMNS);
		model.addAttribute("maxRows", PersonCsv.MAX_ROWS);
		return "badge/batch";
	}

	@PostMapping("/batch")
	String batch(@AuthenticationPrincipal PortalUser user,
			@RequestParam(name = "csv", required = false) MultipartFile csv, Model model) {
		Long unitId = this.liaisons.approvedUnitOf(user);
		model.addAttribute("columns", PersonCsv.COLUMNS);
		model.addAttribute("maxRows", PersonCsv.MAX_ROWS);
		try {
			if (csv != null && csv.getSize() > PersonCsv.MAX_BYTES) {
				throw new PersonException("csv", "badge.csv.tooLarge");
			}
			byte[] bytes = (csv == null) ? new byte[0] : csv.getBytes();
			model.addAttribute("report", this.persons.importCsv(unitId, bytes));
		}
		catch (PersonException ex) {
			model.addAttribute("csvError", ex.getMessage());
		}
		catch (IOException ex) {
			model.addAttribute("csvError", "badge.csv.unreadable");
		}
		catch (DataIntegrityViolationException ex) {
			model.addAttribute("csvError", "badge.csv.conflict");
		}
		return "badge/batch";
	}

	@GetMapping(value = "/template.csv", produces = "text/csv")
	ResponseEntity<byte[]> template(@AuthenticationPrincipal PortalUser user) {
		this.liaisons.approvedUnitOf(user);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"persons.csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body((PersonCsv.header() + "\n").getBytes(StandardCharsets.UTF_8));
	}

	private static PersonRules.Result check(PersonForm form, BindingResult errors) {
		PersonRules.Result result = PersonRules.check(form);
		result.problems().forEach((p) -> errors.rejectValue(p.field(), p.messageKey()));
		return result;
	}

	/**
	 * The photo of this submission: a newly chosen file (checked; a bad one is an error,
	 * whatever was kept before), else the one kept from the refused form before.
	 */
	private static PersonPhoto photo(MultipartFile file, String pending, HttpSession session, Model model) {
		try {
			if (file == null || file.isEmpty()) {
				return PendingPhotos.find(session, pending).orElse(null);
			}
			if (file.getSize() > PersonPhoto.MAX_BYTES) {
				throw new InvalidPhotoException("badge.photo.tooLarge");
			}
			return PersonPhoto.of(file.getBytes());
		}
		catch (InvalidPhotoException ex) {
			model.addAttribute("photoError", ex.getMessage());
		}
		catch (IOException ex) {
			model.addAttribute("photoError", "badge.photo.type");
		}
		return null;
	}

	private static void refused(PersonException ex, BindingResult errors, Model model) {
		if (ex.field() != null) {
			errors.rejectValue(ex.field(), ex.getMessage());
		}
		else {
			model.addAttribute("errorKey", ex.getMessage());
		}
	}

	/**
	 * The form again, with a good photo of this submission kept for the next one: a
	 * browser never refills a file input, and the liaison must not lose the photo to a
	 * mistake in another field.
	 */
	private static String formKeeping(PersonPhoto photo, String pending, HttpSession session, Model model) {
		if (photo != null) {
			PendingPhotos.drop(session, pending);
			model.addAttribute("pendingPhoto", PendingPhotos.keep(session, photo));
		}
		return "badge/form";
	}

	private Person person(PortalUser user, String id) {
		return this.persons.own(this.liaisons.approvedUnitOf(user), id);
	}

}
