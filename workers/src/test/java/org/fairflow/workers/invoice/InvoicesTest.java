package org.fairflow.workers.invoice;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fairflow.workers.job.BusinessError;
import org.fairflow.workers.job.TestJob;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@link Invoices}, the worker {@code issue-invoice} and the simulated tax platform
 * against PostgreSQL (the workers test schema). Every test uses its own order reference.
 */
@SpringBootTest
class InvoicesTest {

	@Autowired
	Invoices invoices;

	@Autowired
	EInvoicingPlatform platform;

	@Autowired
	IssueInvoiceWorker worker;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private final String orderRef = "order-" + UUID.randomUUID();

	@Test
	void theSimulationIsTheDefault() {
		assertThat(this.platform).isInstanceOf(SimulatedTaxPlatform.class);
	}

	@Test
	void issuesOneInvoicePerOrder() {
		IssuedInvoice first = this.invoices.issue(this.orderRef, InvoiceRequestTest.special());
		IssuedInvoice second = this.invoices.issue(this.orderRef, InvoiceRequestTest.ordinaryForAPerson());

		assertThat(first.invoiceNumber()).matches("\\d{2}99\\d{16}");
		assertThat(first.verificationCode()).matches("\\d{20}");
		assertThat(first.amountWithoutTax()).isEqualByComparingTo("94.34");
		assertThat(first.taxAmount()).isEqualByComparingTo("5.66");
		assertThat(first.total()).isEqualByComparingTo("100.00");
		assertThat(second.invoiceNumber()).isEqualTo(first.invoiceNumber());
		assertThat(second.pdf()).isEqualTo(first.pdf());
		assertThat(count("invoice_simulated")).isOne();
		assertThat(this.jdbc.queryForMap("select status, attempts, reconciled from invoice_record where order_ref = ?",
				this.orderRef))
			.containsEntry("status", "ISSUED")
			.containsEntry("attempts", 1)
			.containsEntry("reconciled", false);
	}

	@Test
	void thePlatformItselfIssuesOncePerOrder() {
		IssuedInvoice first = this.platform.issue(this.orderRef, InvoiceRequestTest.special());

		assertThat(this.platform.issue(this.orderRef, InvoiceRequestTest.special()).invoiceNumber())
			.isEqualTo(first.invoiceNumber());
		assertThat(this.platform.find(this.orderRef)).map(IssuedInvoice::invoiceNumber).contains(first.invoiceNumber());
		assertThat(count("invoice_simulated")).isOne();
	}

	@Test
	void thePdfShowsBuyerNumberAmountsAndTheSimulationMark() throws IOException {
		IssuedInvoice invoice = this.invoices.issue(this.orderRef, InvoiceRequestTest.special());

		String text;
		try (PDDocument document = Loader.loadPDF(invoice.pdf())) {
			text = new PDFTextStripper().getText(document);
		}
		assertThat(text).contains(invoice.invoiceNumber(), invoice.verificationCode(), "SIMULATION", "94.34", "5.66",
				"100.00", this.orderRef, InvoiceRequestTest.CODE);
		// The Chinese needs a CJK font, which this machine has
		// (InvoicePdf.DEFAULT_FONTS).
		assertThat(text).contains("模拟", "上海展览有限公司", "证件费");
	}

	@Test
	void anUnknownOutcomeIsReconciledInsteadOfIssuedAgain() {
		FlakyPlatform flaky = new FlakyPlatform(this.platform, true);
		Invoices invoices = new Invoices(this.jdbc, flaky, new TransactionTemplate(this.transactions),
				Clock.systemUTC());

		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> invoices.issue(this.orderRef, InvoiceRequestTest.special()))
			.withMessageContaining("timed out");
		assertThat(status()).isEqualTo("ATTEMPTING");

		IssuedInvoice retried = invoices.issue(this.orderRef, InvoiceRequestTest.special());

		assertThat(flaky.issueCalls).hasValue(1);
		assertThat(count("invoice_simulated")).isOne();
		assertThat(retried.invoiceNumber()).isEqualTo(this.platform.find(this.orderRef).orElseThrow().invoiceNumber());
		assertThat(this.jdbc.queryForMap("select status, attempts, reconciled from invoice_record where order_ref = ?",
				this.orderRef))
			.containsEntry("status", "ISSUED")
			.containsEntry("attempts", 1)
			.containsEntry("reconciled", true);
	}

	@Test
	void anAttemptThatNeverReachedThePlatformIsMadeAgain() {
		FlakyPlatform flaky = new FlakyPlatform(this.platform, false);
		Invoices invoices = new Invoices(this.jdbc, flaky, new TransactionTemplate(this.transactions),
				Clock.systemUTC());

		assertThatIllegalStateException().isThrownBy(() -> invoices.issue(this.orderRef, InvoiceRequestTest.special()));
		assertThat(count("invoice_simulated")).isZero();

		invoices.issue(this.orderRef, InvoiceRequestTest.special());

		assertThat(flaky.issueCalls).hasValue(2);
		assertThat(count("invoice_simulated")).isOne();
		assertThat(this.jdbc.queryForObject("select attempts from invoice_record where order_ref = ?", Integer.class,
				this.orderRef))
			.isEqualTo(2);
	}

	@Test
	void theWorkerReturnsTheInvoiceVariables() {
		Map<String, Object> result = this.worker.handle(job().variable("invoiceRequest", InvoiceRequestTest.special()));

		assertThat(result)
			.containsOnlyKeys("invoiceNumber", "invoiceIssueDate", "invoiceAmountWithoutTax", "invoiceTaxAmount",
					"invoiceTotal", "invoiceVerificationCode")
			.containsEntry("invoiceAmountWithoutTax", "94.34")
			.containsEntry("invoiceTaxAmount", "5.66")
			.containsEntry("invoiceTotal", "100.00");
		assertThat(this.worker.handle(job().variable("invoiceRequest", InvoiceRequestTest.special())))
			.isEqualTo(result);
	}

	@Test
	void theWorkerThrowsAnInvalidRequestAsBpmnErrorAndRecordsNothing() {
		Map<String, Object> request = Map.of("kind", "SPECIAL", "buyerKind", "UNIT", "title", "上海展览有限公司", "taxNumber",
				"91310000MA1FL00000", "lines",
				java.util.List.of(Map.of("description", "证件费", "amount", "100.00", "taxRate", "0.06")));

		assertThatExceptionOfType(BusinessError.class)
			.isThrownBy(() -> this.worker.handle(job().variable("invoiceRequest", request)))
			.satisfies((error) -> assertThat(error.errorCode()).isEqualTo(IssueInvoiceWorker.INVALID_REQUEST))
			.withMessageContaining("invoice.taxNumber.checkCharacter")
			.withMessageContaining("invoice.bankAccount.required");
		assertThat(count("invoice_record")).isZero();
	}

	@Test
	void theWorkerFailsTheJobOnAPlatformFault() {
		IssueInvoiceWorker failing = new IssueInvoiceWorker(
				new Invoices(this.jdbc, new FlakyPlatform(this.platform, false),
						new TransactionTemplate(this.transactions), Clock.systemUTC()));

		assertThatIllegalStateException()
			.isThrownBy(() -> failing.handle(job().variable("invoiceRequest", InvoiceRequestTest.special())))
			.isNotInstanceOf(BusinessError.class);
	}

	private TestJob job() {
		return TestJob.of(IssueInvoiceWorker.JOB_TYPE, "Task_IssueInvoice").variable("orderRef", this.orderRef);
	}

	private String status() {
		return this.jdbc.queryForObject("select status from invoice_record where order_ref = ?", String.class,
				this.orderRef);
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table + " where order_ref = ?", Integer.class,
				this.orderRef);
	}

	/**
	 * Fails its first issue call: after the platform issued (the answer was lost) or
	 * before it reached it.
	 */
	static final class FlakyPlatform implements EInvoicingPlatform {

		final AtomicInteger issueCalls = new AtomicInteger();

		private final EInvoicingPlatform platform;

		private final boolean failAfterIssuing;

		FlakyPlatform(EInvoicingPlatform platform, boolean failAfterIssuing) {
			this.platform = platform;
			this.failAfterIssuing = failAfterIssuing;
		}

		@Override
		public IssuedInvoice issue(String orderRef, InvoiceRequest request) {
			int call = this.issueCalls.incrementAndGet();
			if (call == 1 && !this.failAfterIssuing) {
				throw new IllegalStateException("Platform unreachable");
			}
			IssuedInvoice issued = this.platform.issue(orderRef, request);
			if (call == 1) {
				throw new IllegalStateException("Platform answer timed out");
			}
			return issued;
		}

		@Override
		public Optional<IssuedInvoice> find(String orderRef) {
			return this.platform.find(orderRef);
		}

		@Override
		public RedLetterAnswer requestRedLetter(String refundRef, String orderRef, java.math.BigDecimal amount) {
			return this.platform.requestRedLetter(refundRef, orderRef, amount);
		}

		@Override
		public Optional<RedLetterAnswer> findRedLetter(String refundRef) {
			return this.platform.findRedLetter(refundRef);
		}

		@Override
		public RedLetterAnswer issueRedLetter(String refundRef) {
			return this.platform.issueRedLetter(refundRef);
		}

	}

}
