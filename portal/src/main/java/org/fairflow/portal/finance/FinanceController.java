package org.fairflow.portal.finance;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.fairflow.portal.tasks.HumanTasks;
import org.fairflow.portal.tasks.InboxFilter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finance's pages (roles FINANCE and ORGANISER, see SecurityConfiguration): what waits
 * for finance, and a day's reconciliation with its exports.
 */
@Controller
@RequestMapping("/finance")
class FinanceController {

	/** Candidate group of finance's tasks (process variable {@code financeGroup}). */
	static final String FINANCE_GROUP = "finance";

	static final String REFUND_FLOW = "refund";

	static final String TRANSFER_FLOW = "bank-transfer-review";

	private final HumanTasks tasks;

	private final Reconciliation reconciliation;

	private final ReconciliationExports exports;

	private final FairDay days;

	FinanceController(HumanTasks tasks, Reconciliation reconciliation, ReconciliationExports exports, FairDay days) {
		this.tasks = tasks;
		this.reconciliation = reconciliation;
		this.exports = exports;
		this.days = days;
	}

	@GetMapping
	String home(Model model) {
		Map<String, Long> refunds = this.tasks.openCountsByStep(REFUND_FLOW, FINANCE_GROUP);
		Map<String, Long> transfers = this.tasks.openCountsByStep(TRANSFER_FLOW, FINANCE_GROUP);
		model.addAttribute("refundsToApprove", refunds.getOrDefault("Task_FinanceReview", 0L));
		model.addAttribute("bankRefundsToRecord", refunds.getOrDefault("Task_RecordBankRefund", 0L));
		model.addAttribute("transfersToConfirm", transfers.getOrDefault("Task_ConfirmTransfer", 0L));
		// Every open task of the flow, claimed or not: the list's "all" tab.
		model.addAttribute("refundTasksLink", new InboxFilter(REFUND_FLOW, "all", null, null, null).link(0));
		model.addAttribute("transferTasksLink", new InboxFilter(TRANSFER_FLOW, "all", null, null, null).link(0));
		model.addAttribute("report", this.reconciliation.of(this.days.today()));
		return "finance/home";
	}

	@GetMapping("/reconciliation")
	String reconciliation(@RequestParam(required = false) String day, Model model) {
		model.addAttribute("report", this.reconciliation.of(this.days.parse(day)));
		return "finance/reconciliation";
	}

	@GetMapping("/reconciliation.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String day, Locale locale) {
		LocalDate parsed = this.days.parse(day);
		byte[] csv = this.exports.csv(this.reconciliation.of(parsed), locale);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(parsed, "csv"))
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body(csv);
	}

	@GetMapping("/reconciliation.xlsx")
	void xlsx(@RequestParam(required = false) String day, Locale locale, HttpServletResponse response)
			throws IOException {
		LocalDate parsed = this.days.parse(day);
		Reconciliation.Report report = this.reconciliation.of(parsed);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(parsed, "xlsx"));
		this.exports.xlsx(report, locale, response.getOutputStream());
	}

	/**
	 * A day that cannot be read: the reconciliation page says why (400), with the form to
	 * pick another; an export asked with it gets the same page.
	 */
	@ExceptionHandler(BadDayException.class)
	String badDay(BadDayException ex, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("dayErrorKey", ex.messageKey());
		model.addAttribute("dayErrorArgs", ex.args());
		model.addAttribute("today", this.days.today());
		return "finance/reconciliation";
	}

	private static String attachment(LocalDate day, String extension) {
		return ContentDisposition.attachment().filename("reconciliation-" + day + "." + extension).build().toString();
	}

}
