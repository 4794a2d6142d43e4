package org.fairflow.portal.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.fairflow.portal.badge.PersonStage;
import org.fairflow.portal.export.ExportFormat;
import org.fairflow.portal.export.Exports;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.quota.BadgeType;
import org.fairflow.portal.unit.UnitCategory;
import org.fairflow.portal.unit.UnitStatus;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /statistics}: the table per delegation and sub-delegation, the two charts (their
 * data in a data attribute: the policy allows no inline script) with the same numbers as
 * tables, and the table's export.
 */
@Controller
@RequestMapping("/statistics")
class StatisticsController {

	private final Statistics statistics;

	private final StatisticsExport export;

	private final Exports exports;

	private final MessageSource messages;

	private final ObjectMapper json;

	StatisticsController(Statistics statistics, StatisticsExport export, Exports exports, MessageSource messages,
			ObjectMapper json) {
		this.statistics = statistics;
		this.export = export;
		this.exports = exports;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping
	String show(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String edition,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String category, Locale locale, Model model)
			throws JsonProcessingException {
		StatisticsFilter filter = StatisticsFilter.of(edition, from, to, category);
		Statistics.Charts charts = this.statistics.charts(user, filter);
		model.addAttribute("f", filter);
		model.addAttribute("rows", this.statistics.table(user, filter));
		model.addAttribute("charts", charts);
		model.addAttribute("chartData", this.json.writeValueAsString(chartData(charts, locale)));
		model.addAttribute("categories", UnitCategory.values());
		model.addAttribute("unitStatuses", UnitStatus.values());
		model.addAttribute("stages", PersonStage.values());
		model.addAttribute("types", BadgeType.values());
		return "statistics/index";
	}

	@GetMapping("/export")
	String export(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String format,
			@RequestParam(required = false) String edition, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String category, Locale locale) {
		StatisticsFilter filter = StatisticsFilter.of(edition, from, to, category);
		ExportFormat chosen = ExportFormat.parse(format).orElse(ExportFormat.XLSX);
		return "redirect:/exports/"
				+ this.exports.start(this.export.table(this.statistics.table(user, filter), filter, locale), chosen)
					.id();
	}

	/** The charts' series and labels, in the reader's language. */
	private ChartData chartData(Statistics.Charts charts, Locale locale) {
		List<String> days = new ArrayList<>();
		List<Long> units = new ArrayList<>();
		List<Long> persons = new ArrayList<>();
		charts.trend().forEach((day) -> {
			days.add(day.day().toString());
			units.add(day.units());
			persons.add(day.persons());
		});
		List<String> levels = charts.leadTimes()
			.stream()
			.map((l) -> text("statistics.step." + l.step(), locale))
			.toList();
		return new ChartData(days, units, persons, text("statistics.trend.units", locale),
				text("statistics.trend.persons", locale), levels,
				charts.leadTimes().stream().map(Statistics.Charts.LeadTime::p50Hours).toList(),
				charts.leadTimes().stream().map(Statistics.Charts.LeadTime::p90Hours).toList(),
				text("statistics.lead.hours", locale), text("statistics.trend.empty", locale),
				text("statistics.lead.empty", locale));
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/** What statistics.js draws. */
	record ChartData(List<String> days, List<Long> units, List<Long> persons, String unitsLabel, String personsLabel,
			List<String> levels, List<Double> p50, List<Double> p90, String hoursLabel, String trendEmpty,
			String leadEmpty) {
	}

}
