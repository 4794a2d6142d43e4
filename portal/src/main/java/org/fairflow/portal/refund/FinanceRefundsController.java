package org.fairflow.portal.refund;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.fairflow.portal.export.ExportFormat;
import org.fairflow.portal.export.Exports;
import org.fairflow.portal.unit.UnitDirectory;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Finance's view of every unit's refunds (finance and the organiser, by the security rule
 * on {@code /finance/**}): what was refused, rejected, paid back, and what lapsed while
 * the buyer did not confirm the red-letter confirmation.
 */
@Controller
class FinanceRefundsController {

	private final RefundList list;

	private final UnitDirectory units;

	private final FinanceRefundsExport export;

	private final Exports exports;

	FinanceRefundsController(RefundList list, UnitDirectory units, FinanceRefundsExport export, Exports exports) {
		this.export = export;
		this.exports = exports;
		this.list = list;
		this.units = units;
	}

	@GetMapping("/finance/refunds")
	String refunds(@RequestParam(required = false) String state, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Refund.State chosen = state(state);
		model.addAttribute("states", Refund.State.values());
		model.addAttribute("state", chosen);
		Page<RefundList.Row> refunds = this.list.all(chosen, page);
		Map<Long, String> unitNames = new HashMap<>();
		refunds.forEach((row) -> unitNames.computeIfAbsent(row.refund().getUnitId(),
				(id) -> this.units.findById(id).map(UnitDirectory.RegisteredUnit::nameZh).orElse("#" + id)));
		model.addAttribute("refunds", refunds);
		model.addAttribute("unitNames", unitNames);
		model.addAttribute("exportBase",
				UriComponentsBuilder.fromPath("/finance/refunds/export")
					.queryParamIfPresent("state", Optional.ofNullable(chosen))
					.build()
					.toUriString());
		return "refund/finance";
	}

	@GetMapping("/finance/refunds/export")
	void export(@RequestParam(required = false) String format, @RequestParam(required = false) String state,
			Locale locale, HttpServletResponse response) throws IOException {
		ExportFormat chosen = ExportFormat.of(format);
		this.exports.write(this.export.table(state(state), locale), chosen, response);
	}

	/** An unknown state (an edited link) lists them all rather than failing. */
	private static Refund.State state(String state) {
		return Arrays.stream(Refund.State.values()).filter((s) -> s.name().equals(state)).findFirst().orElse(null);
	}

}
