package org.fairflow.portal.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fairflow.portal.export.ExportFormat;
import org.fairflow.portal.export.ExportTable;
import org.fairflow.portal.export.Exports;
import org.fairflow.portal.payment.PaymentStatistics;
import org.fairflow.portal.refund.RefundStatistics;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.unit.UnitDirectory;
import org.fairflow.portal.unit.UnitDirectory.RegisteredUnit;
import org.fairflow.portal.web.RequestValues;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The payments and refunds behind the statistics' numbers, with the same scope and
 * filters: 50 a page, newest first. An organisation outside the scope lists nothing and
 * says so.
 */
@Controller
class MoneyListController {

	static final int PAGE_SIZE = 50;

	/** Rows an export reads at a time. */
	private static final int EXPORT_CHUNK = 500;

	private final Statistics statistics;

	private final UnitDirectory units;

	private final Map<String, Money> sources;

	private final Exports exports;

	private final MessageSource messages;

	MoneyListController(Statistics statistics, PaymentStatistics payments, RefundStatistics refunds,
			UnitDirectory units, Exports exports, MessageSource messages) {
		this.statistics = statistics;
		this.units = units;
		this.exports = exports;
		this.messages = messages;
		this.sources = Map.of("payments", new Money((ids,
				f) -> payments.paid(ids, f.from(), f.to()).stream().mapToLong(PaymentStatistics.Paid::count).sum(),
				(ids, f, limit, offset) -> payments.list(ids, f.from(), f.to(), limit, offset)
					.stream()
					.map((o) -> new Line(o.id(), o.unitId(), o.total(), o.paidAt(), o.paidBy()))
					.toList()),
				"refunds",
				new Money(
						(ids, f) -> refunds.refunded(ids, f.from(), f.to())
							.stream()
							.mapToLong(RefundStatistics.Refunded::count)
							.sum(),
						(ids, f, limit, offset) -> refunds.list(ids, f.from(), f.to(), limit, offset)
							.stream()
							.map((r) -> new Line(r.id(), r.unitId(), r.amount(), r.refundedAt(), r.channel()))
							.toList()));
	}

	@GetMapping("/statistics/{kind:payments|refunds}")
	String list(@AuthenticationPrincipal PortalUser user, @PathVariable String kind,
			@RequestParam(required = false) String org, @RequestParam(required = false) String edition,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String category, @RequestParam(defaultValue = "0") String page,
			Model model) {
		StatisticsFilter filter = StatisticsFilter.of(edition, from, to, category);
		Set<Long> unitIds = unitIds(user, filter, org, model);
		int p = RequestValues.page(page);
		Money money = this.sources.get(kind);
		long total = money.count().of(unitIds, filter);
		return page(kind, filter, org, money.page().of(unitIds, filter, PAGE_SIZE, (long) p * PAGE_SIZE), total, p,
				model);
	}

	/**
	 * The list with the same scope and filters as a file, written in the background and
	 * read from the database a page at a time.
	 */
	@GetMapping("/statistics/{kind:payments|refunds}/export")
	String export(@AuthenticationPrincipal PortalUser user, @PathVariable String kind,
			@RequestParam(required = false) String format, @RequestParam(required = false) String org,
			@RequestParam(required = false) String edition, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String category, Locale locale,
			Model model) {
		ExportFormat chosen = ExportFormat.of(format);
		StatisticsFilter filter = StatisticsFilter.of(edition, from, to, category);
		Set<Long> unitIds = unitIds(user, filter, org, model);
		Money money = this.sources.get(kind);
		List<String> headers = List.of(text("statistics.money.unit", locale), text("statistics.money.amount", locale),
				text("statistics.money.at", locale), text("statistics.money.channel", locale));
		ExportTable table = ExportTable.of(kind, text("statistics.money." + kind, locale), headers,
				() -> money.count().of(unitIds, filter), (sink) -> {
					for (long offset = 0;; offset += EXPORT_CHUNK) {
						List<Line> lines = money.page().of(unitIds, filter, EXPORT_CHUNK, offset);
						Map<Long, RegisteredUnit> names = this.units
							.findByIds(lines.stream().map(Line::unitId).distinct().toList());
						lines.forEach((l) -> sink.accept(Arrays.asList(
								(names.get(l.unitId()) != null) ? names.get(l.unitId()).name(locale) : l.unitId(),
								l.amount(), l.at(), l.channel())));
						if (lines.size() < EXPORT_CHUNK) {
							return;
						}
					}
				});
		return "redirect:/exports/" + this.exports.start(table, chosen).id();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private Set<Long> unitIds(PortalUser user, StatisticsFilter filter, String org, Model model) {
		Long orgId = RequestValues.id(org).orElse(null);
		Set<Long> scope = this.statistics.scope(user);
		boolean outside = (org != null && !org.isBlank())
				&& (orgId == null || (scope != null && !scope.contains(orgId)));
		model.addAttribute("ignored", filter.ignored() || outside);
		return outside ? Set.of() : this.statistics.payingUnits(user, filter, orgId);
	}

	private String page(String kind, StatisticsFilter filter, String org, List<Line> lines, long total, int page,
			Model model) {
		Map<Long, RegisteredUnit> names = this.units.findByIds(lines.stream().map(Line::unitId).distinct().toList());
		model.addAttribute("kind", kind);
		model.addAttribute("f", filter);
		model.addAttribute("lines", lines);
		model.addAttribute("unitNames", names);
		model.addAttribute("total", total);
		model.addAttribute("pageNumber", page);
		model.addAttribute("pages", (total + PAGE_SIZE - 1) / PAGE_SIZE);
		String base = filter.moneyLink(kind, RequestValues.id(org).orElse(null));
		model.addAttribute("exportBase", filter.moneyLink(kind + "/export", RequestValues.id(org).orElse(null)));
		model.addAttribute("previous", base + (base.contains("?") ? "&" : "?") + "page=" + (page - 1));
		model.addAttribute("next", base + (base.contains("?") ? "&" : "?") + "page=" + (page + 1));
		return "statistics/money";
	}

	/** How one kind of money is counted and listed, over the same WHERE clause. */
	private record Money(Count count, Page page) {
	}

	@FunctionalInterface
	private interface Count {

		long of(Set<Long> unitIds, StatisticsFilter filter);

	}

	@FunctionalInterface
	private interface Page {

		List<Line> of(Set<Long> unitIds, StatisticsFilter filter, int limit, long offset);

	}

	/** A paid order or a refund paid back, and the unit it belongs to. */
	record Line(long id, long unitId, BigDecimal amount, Instant at, String channel) {
	}

}
