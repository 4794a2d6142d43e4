package org.fairflow.portal.badge;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.export.ExportFormat;
import org.fairflow.portal.export.Exports;
import org.fairflow.portal.quota.BadgeType;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.web.RequestValues;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Persons of every unit in a reviewer's subtree (the organiser: all), read-only, with
 * filters and counts; a person outside the subtree is not found, anyone but a reviewer is
 * forbidden. Document and mobile numbers are shown masked only.
 */
@Controller
@RequestMapping("/badge/overview")
class PersonOverviewController {

	/** Bootstrap colours of the status badges. */
	private static final Map<PersonStatus, String> COLOURS = new EnumMap<>(Map.of(PersonStatus.DRAFT,
			"text-bg-secondary", PersonStatus.AWAITING_DELEGATION, "text-bg-warning", PersonStatus.AWAITING_PAYMENT,
			"text-bg-warning", PersonStatus.AWAITING_REVIEW, "text-bg-info", PersonStatus.APPROVED, "text-bg-success",
			PersonStatus.REJECTED, "text-bg-danger", PersonStatus.PRODUCED, "text-bg-primary", PersonStatus.DELIVERED,
			"text-bg-dark", PersonStatus.CANCELLED, "text-bg-light border"));

	private final PersonOverview overview;

	private final ReviewScopes scopes;

	private final Cases cases;

	private final PaidUpgrades paidUpgrades;

	private final PersonOverviewExport export;

	private final Exports exports;

	PersonOverviewController(PersonOverview overview, ReviewScopes scopes, Cases cases, PaidUpgrades paidUpgrades,
			PersonOverviewExport export, Exports exports) {
		this.paidUpgrades = paidUpgrades;
		this.export = export;
		this.exports = exports;
		this.overview = overview;
		this.scopes = scopes;
		this.cases = cases;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("statuses", PersonStatus.values());
		model.addAttribute("badgeTypes", BadgeType.values());
		model.addAttribute("statusColours", COLOURS);
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String status,
			@RequestParam(required = false) String type, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String org, @RequestParam(required = false) String q,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String stage, @RequestParam(required = false) String category,
			@RequestParam(required = false) String edition, @RequestParam(required = false) String since,
			@RequestParam(required = false) String until, @RequestParam(defaultValue = "0") String page, Model model) {
		ReviewScope scope = this.scopes.of(user);
		OverviewFilter filter = OverviewFilter.of(scope, status, type, unit, org, q, from, to)
			.narrowed(stage, category, edition, since, until);
		PersonOverview.Result result = this.overview.search(scope, filter, RequestValues.page(page));
		model.addAttribute("scope", scope);
		model.addAttribute("f", filter);
		model.addAttribute("page", result.page());
		model.addAttribute("total", result.total());
		scope.lookUp(result.page().getContent().stream().map(Person::getUnitId).toList());
		model.addAttribute("rows", result.page().getContent().stream().map((p) -> OverviewRow.of(p, scope)).toList());
		model.addAttribute("unitChoices", scope.unitChoices(filter));
		model.addAttribute("counts", result.statusCounts());
		model.addAttribute("typeCounts", result.typeCounts());
		return "badge/overview";
	}

	/**
	 * The list with the page's filters, written in the background (it may hold the whole
	 * fair): the progress page follows.
	 */
	@GetMapping("/export")
	String export(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String format,
			@RequestParam(required = false) String status, @RequestParam(required = false) String type,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String org,
			@RequestParam(required = false) String q, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String stage,
			@RequestParam(required = false) String category, @RequestParam(required = false) String edition,
			@RequestParam(required = false) String since, @RequestParam(required = false) String until, Locale locale) {
		ExportFormat chosen = ExportFormat.of(format);
		ReviewScope scope = this.scopes.of(user);
		// The same filters as the page, the statistics' drill-down ones included.
		OverviewFilter filter = OverviewFilter.of(scope, status, type, unit, org, q, from, to)
			.narrowed(stage, category, edition, since, until);
		return "redirect:/exports/" + this.exports.start(this.export.table(scope, filter, locale), chosen).id();
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable String id, Model model) {
		ReviewScope scope = this.scopes.of(user);
		Person person = this.overview.find(scope, RequestValues.id(id).orElseThrow(PersonNotFoundException::new))
			.orElseThrow(PersonNotFoundException::new);
		model.addAttribute("row", OverviewRow.of(person, scope));
		model.addAttribute("pendingUpgrade", this.paidUpgrades.pending(person.getId()).orElse(null));
		if (person.getCaseId() != null) {
			model.addAttribute("flow", this.cases.find(person.getCaseId()).map(CaseRecord::getFlow).orElse(null));
			model.addAttribute("history", this.cases.history(person.getCaseId()));
		}
		return "badge/overview-person";
	}

	@GetMapping("/{id}/photo")
	ResponseEntity<byte[]> photo(@AuthenticationPrincipal PortalUser user, @PathVariable String id) {
		ReviewScope scope = this.scopes.of(user);
		return this.overview.photo(scope, RequestValues.id(id).orElseThrow(PersonNotFoundException::new))
			.map((bytes) -> ResponseEntity.ok()
				.contentType(MediaType.IMAGE_JPEG)
				.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
				.body(bytes))
			.orElseThrow(PersonNotFoundException::new);
	}

}
