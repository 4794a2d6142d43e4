package org.fairflow.portal.audit;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.fairflow.portal.export.ExportFormat;
import org.fairflow.portal.export.ExportJob;
import org.fairflow.portal.export.Exports;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organiser's audit log ({@code /admin/audit}, the organiser's only: see
 * SecurityConfiguration): filtered, newest first, and exported under the same filters.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditLogController {

	private static final List<String> HEADERS = List.of("at", "category", "action", "actor", "address", "subject",
			"detail");

	private final AuditLog log;

	private final Exports exports;

	private final MessageSource messages;

	private final ZoneId zone;

	AuditLogController(AuditLog log, Exports exports, MessageSource messages,
			@Value("${fairflow.fair.zone:Asia/Shanghai}") ZoneId zone) {
		this.log = log;
		this.exports = exports;
		this.messages = messages;
		this.zone = zone;
	}

	@GetMapping
	String page(@ModelAttribute("search") AuditSearch search, @RequestParam(required = false) String page,
			Model model) {
		AuditSearch.Reading reading = search.read(this.zone);
		model.addAttribute("categories", AuditCategory.values());
		model.addAttribute("problems", reading.problems());
		model.addAttribute("filters", search.parameters());
		if (reading.problems().isEmpty()) {
			Page<AuditLog.Row> entries = this.log.page(reading.criteria(), pageIndex(page));
			model.addAttribute("entries", entries);
		}
		return "audit/log";
	}

	@GetMapping("/export")
	String export(@ModelAttribute("search") AuditSearch search, @RequestParam(required = false) String format,
			Locale locale, RedirectAttributes redirect) {
		AuditSearch.Reading reading = search.read(this.zone);
		Optional<ExportFormat> chosen = ExportFormat.parse(format);
		if (chosen.isEmpty() || !reading.problems().isEmpty()) {
			// Back to the page with the same filters: it names what does not read.
			search.parameters().forEach(redirect::addAttribute);
			if (chosen.isEmpty()) {
				redirect.addFlashAttribute("exportProblem", "audit.export.badFormat");
			}
			return "redirect:/admin/audit";
		}
		List<String> headers = HEADERS.stream()
			.map((column) -> this.messages.getMessage("audit.column." + column, null, locale))
			.toList();
		String description = Stream
			.concat(Stream.of(this.messages.getMessage("audit.title", null, locale)),
					search.parameters().entrySet().stream().map((e) -> e.getKey() + "=" + e.getValue()))
			.reduce((a, b) -> a + ", " + b)
			.orElseThrow();
		// Cut, not masked: the filters name the people and addresses the reader chose.
		String shown = (description.length() > 300) ? description.substring(0, 300) : description;
		Map<AuditCategory, String> categories = new EnumMap<>(AuditCategory.class);
		for (AuditCategory category : AuditCategory.values()) {
			categories.put(category, this.messages.getMessage("audit.category." + category, null, locale));
		}
		ExportJob job = this.exports
			.start(new AuditExportTable(this.log, reading.criteria(), headers, shown, categories), chosen.get());
		return "redirect:/exports/" + job.id();
	}

	/** A page index from 0; anything unreadable is the first page. */
	private static int pageIndex(String value) {
		try {
			return Math.min(Math.max(0, Integer.parseInt(value)), 1_000_000);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
