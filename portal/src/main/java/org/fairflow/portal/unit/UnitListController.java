package org.fairflow.portal.unit;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.fairflow.portal.export.ExportFormat;
import org.fairflow.portal.export.ExportTable;
import org.fairflow.portal.export.Exports;
import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.web.RequestValues;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The units of the reviewer's subtree (the organiser: the whole fair), filtered, 50 a
 * page, and their export with the same filters. A unit outside the subtree never appears.
 */
@Controller
@RequestMapping("/units")
class UnitListController {

	private final UnitList units;

	private final Organisations organisations;

	private final Exports exports;

	private final MessageSource messages;

	UnitListController(UnitList units, Organisations organisations, Exports exports, MessageSource messages) {
		this.units = units;
		this.organisations = organisations;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String status,
			@RequestParam(required = false) String category, @RequestParam(required = false) String org,
			@RequestParam(required = false) String edition, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") String page, Model model) {
		Set<Long> scope = scope(user);
		UnitListFilter filter = UnitListFilter.of(scope, status, category, org, edition, from, to, q);
		Page<UnitList.Row> found = this.units.page(query(filter, scope), RequestValues.page(page));
		model.addAttribute("f", filter);
		model.addAttribute("page", found);
		model.addAttribute("statuses", UnitStatus.values());
		model.addAttribute("categories", UnitCategory.values());
		model.addAttribute("organisations", choosable(scope));
		return "unit/list";
	}

	@GetMapping("/export")
	String export(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String format,
			@RequestParam(required = false) String status, @RequestParam(required = false) String category,
			@RequestParam(required = false) String org, @RequestParam(required = false) String edition,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String q, Locale locale) {
		Set<Long> scope = scope(user);
		UnitListFilter filter = UnitListFilter.of(scope, status, category, org, edition, from, to, q);
		ExportFormat chosen = ExportFormat.parse(format).orElse(ExportFormat.XLSX);
		List<String> headers = List.of(text("units.creditCode", locale), text("units.name", locale),
				text("units.category", locale), text("units.status", locale), text("units.organisation", locale),
				text("units.edition", locale), text("units.registeredAt", locale));
		ExportTable table = this.units.export(query(filter, scope),
				ExportTable.describe(text("units.title", locale), filter.link("page", null)), headers,
				(row) -> List.of(row.creditCode(), row.name(locale), text("category." + row.category().name(), locale),
						text("status." + row.status().name(), locale), row.organisation(locale), row.edition(),
						row.createdAt()));
		return "redirect:/exports/" + this.exports.start(table, chosen).id();
	}

	/** The organisations whose units the requester sees; {@code null}: the whole fair. */
	private Set<Long> scope(PortalUser user) {
		if (user == null) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return switch (user.role()) {
			case ORGANISER -> null;
			case DELEGATION_REVIEWER, SUB_DELEGATION_REVIEWER -> this.organisations.subtree(user.organisationId());
			default -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		};
	}

	private UnitQuery query(UnitListFilter filter, Set<Long> scope) {
		return filter.query(scope, (filter.orgId() != null) ? this.organisations.subtree(filter.orgId()) : null);
	}

	private List<Organisation> choosable(Set<Long> scope) {
		return this.organisations.joinable()
			.stream()
			.filter((o) -> scope == null || scope.contains(o.getId()))
			.toList();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
