package org.fairflow.portal.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fairflow.portal.payment.PaymentStatistics;
import org.fairflow.portal.refund.RefundStatistics;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.unit.UnitDirectory;
import org.fairflow.portal.unit.UnitDirectory.RegisteredUnit;
import org.fairflow.portal.web.RequestValues;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The payments and refunds behind the statistics' numbers, with the same scope and
 * filters: 50 a page, newest first. An organisation outside the scope lists nothing and
 * says so.
 */
@Controller
class MoneyListController {

	static final int PAGE_SIZE = 50;

	private final Statistics statistics;

	private final PaymentStatistics payments;

	private final RefundStatistics refunds;

	private final UnitDirectory units;

	MoneyListController(Statistics statistics, PaymentStatistics payments, RefundStatistics refunds,
			UnitDirectory units) {
		this.statistics = statistics;
		this.payments = payments;
		this.refunds = refunds;
		this.units = units;
	}

	@GetMapping("/statistics/payments")
	String payments(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String org,
			@RequestParam(required = false) String edition, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String category,
			@RequestParam(defaultValue = "0") String page, Model model) {
		StatisticsFilter filter = StatisticsFilter.of(edition, from, to, category);
		Set<Long> unitIds = unitIds(user, filter, org, model);
		int p = RequestValues.page(page);
		long total = this.payments.paid(unitIds, filter.from(), filter.to())
			.stream()
			.mapToLong(PaymentStatistics.Paid::count)
			.sum();
		List<Line> lines = this.payments.list(unitIds, filter.from(), filter.to(), PAGE_SIZE, (long) p * PAGE_SIZE)
			.stream()
			.map((o) -> new Line(o.id(), o.unitId(), o.total(), o.paidAt(), o.paidBy()))
			.toList();
		return page("payments", filter, org, lines, total, p, model);
	}

	@GetMapping("/statistics/refunds")
	String refunds(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String org,
			@RequestParam(required = false) String edition, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String category,
			@RequestParam(defaultValue = "0") String page, Model model) {
		StatisticsFilter filter = StatisticsFilter.of(edition, from, to, category);
		Set<Long> unitIds = unitIds(user, filter, org, model);
		int p = RequestValues.page(page);
		long total = this.refunds.refunded(unitIds, filter.from(), filter.to())
			.stream()
			.mapToLong(RefundStatistics.Refunded::count)
			.sum();
		List<Line> lines = this.refunds.list(unitIds, filter.from(), filter.to(), PAGE_SIZE, (long) p * PAGE_SIZE)
			.stream()
			.map((r) -> new Line(r.id(), r.unitId(), r.amount(), r.refundedAt(), r.channel()))
			.toList();
		return page("refunds", filter, org, lines, total, p, model);
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
		model.addAttribute("previous", base + (base.contains("?") ? "&" : "?") + "page=" + (page - 1));
		model.addAttribute("next", base + (base.contains("?") ? "&" : "?") + "page=" + (page + 1));
		return "statistics/money";
	}

	/** A paid order or a refund paid back, and the unit it belongs to. */
	record Line(long id, long unitId, BigDecimal amount, Instant at, String channel) {
	}

}
