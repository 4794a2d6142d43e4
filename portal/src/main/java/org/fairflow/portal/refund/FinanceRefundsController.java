package org.fairflow.portal.refund;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.fairflow.portal.unit.UnitDirectory;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finance's view of every unit's refunds (finance and the organiser, by the security rule
 * on {@code /finance/**}): what was refused, rejected, paid back, and what lapsed while
 * the buyer did not confirm the red-letter confirmation.
 */
@Controller
class FinanceRefundsController {

	private final RefundList list;

	private final UnitDirectory units;

	FinanceRefundsController(RefundList list, UnitDirectory units) {
		this.list = list;
		this.units = units;
	}

	@GetMapping("/finance/refunds")
	String refunds(@RequestParam(required = false) String state, @RequestParam(defaultValue = "0") int page,
			Model model) {
		// An unknown state (an edited link) lists them all rather than failing.
		Refund.State chosen = Arrays.stream(Refund.State.values())
			.filter((s) -> s.name().equals(state))
			.findFirst()
			.orElse(null);
		model.addAttribute("states", Refund.State.values());
		model.addAttribute("state", chosen);
		Page<RefundList.Row> refunds = this.list.all(chosen, page);
		Map<Long, String> unitNames = new HashMap<>();
		refunds.forEach((row) -> unitNames.computeIfAbsent(row.refund().getUnitId(),
				(id) -> this.units.findById(id).map(UnitDirectory.RegisteredUnit::nameZh).orElse("#" + id)));
		model.addAttribute("refunds", refunds);
		model.addAttribute("unitNames", unitNames);
		return "refund/finance";
	}

}
