package org.fairflow.workers.invoice;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fairflow.workers.invoice.InvoiceRequest.BuyerKind;
import org.fairflow.workers.invoice.InvoiceRequest.Kind;
import org.fairflow.workers.invoice.InvoiceRequest.Line;
import org.fairflow.workers.job.BusinessError;
import org.fairflow.workers.job.TestJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Red-letter invoices: {@link RedLetters}, the simulated tax platform and the three
 * workers, against PostgreSQL (the workers test schema). The platform, record and workers
 * are built here around a clock the tests move; every test uses its own order and refund
 * references.
 */
@SpringBootTest
class RedLettersTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T02:00:00Z"));

	private final List<String> confirmed = new CopyOnWriteArrayList<>();

	private final String orderRef = "order-" + UUID.randomUUID();

	private final String refundRef = "refund-" + UUID.randomUUID();

	private SimulatedTaxPlatform platform;

	private Invoices invoices;

	private RedLetters redLetters;

	@BeforeEach
	void build() {
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		RedLetterListener listener = this.confirmed::add;
		this.platform = new SimulatedTaxPlatform(this.jdbc, new InvoicePdf(InvoicePdf.DEFAULT_FONTS), this.clock,
				transaction, () -> List.of(listener));
		this.invoices = new Invoices(this.jdbc, this.platform, transaction, this.clock);
		this.redLetters = new RedLetters(this.jdbc, this.platform, transaction, this.clock);
	}

	@Test
	void anInvoiceTheBuyerHasNotBookedIsReversedAtOnce() throws IOException {
		IssuedInvoice blue = this.invoices.issue(this.orderRef, InvoiceRequestTest.ordinaryForAPerson());

		RedLetterAnswer red = this.redLetters.request(this.refundRef, this.orderRef, new BigDecimal("100"),
				blue.invoiceNumber());

		assertThat(red.state()).isEqualTo(RedLetterAnswer.State.ISSUED);
		assertThat(red.confirmationId()).isNull();
		assertThat(red.redLetterNumber()).matches("\\d{2}99\\d{16}").isNotEqualTo(blue.invoiceNumber());
		assertThat(red.verificationCode()).matches("\\d{20}");
		assertThat(red.total()).isEqualTo(new BigDecimal("-100.00"));
		assertThat(red.amountWithoutTax()).isEqualTo(new BigDecimal("-94.34"));
		assertThat(red.taxAmount()).isEqualTo(new BigDecimal("-5.66"));
		assertThat(red.blueInvoiceNumber()).isEqualTo(blue.invoiceNumber());
		assertThat(pdfText(red.pdf())).contains("SIMULATION", red.redLetterNumber(), blue.invoiceNumber(), "-100.00",
				"-94.34", "-5.66", this.refundRef);
		assertThat(this.redLetters.find(this.refundRef))
			.contains(new RedLetterView(this.refundRef, this.orderRef, blue.invoiceNumber(), "ISSUED", null, null,
					red.redLetterNumber(), new BigDecimal("-100.00"), red.issueDate()));
		assertThat(this.redLetters.pdf(this.refundRef))
			.hasValueSatisfying((pdf) -> assertThat(pdf).isEqualTo(red.pdf()));
		assertThat(redRows()).isOne();
	}

	@Test
	void aBookedInvoiceWaitsForTheBuyersConfirmationThenIsReversed() {
		IssuedInvoice blue = this.invoices.issue(this.orderRef, InvoiceRequestTest.special());
		assertThat(this.platform.isBooked(blue.invoiceNumber())).isTrue();

		RedLetterAnswer awaiting = this.redLetters.request(this.refundRef, this.orderRef, new BigDecimal("100.00"),
				blue.invoiceNumber());

		assertThat(awaiting.state()).isEqualTo(RedLetterAnswer.State.AWAITING_BUYER);
		assertThat(awaiting.confirmationId()).matches("\\d{20}");
		assertThat(awaiting.openedAt()).isEqualTo(this.clock.instant());
		assertThat(awaiting.lapsesAt()).isEqualTo(this.clock.instant().plus(Duration.ofHours(72)));
		assertThat(awaiting.redLetterNumber()).isNull();
		assertThat(this.redLetters.find(this.refundRef)).map(RedLetterView::state).contains("AWAITING_BUYER");
		assertThat(this.redLetters.pdf(this.refundRef)).isEmpty();
		assertThatIllegalStateException().isThrownBy(() -> this.redLetters.issue(this.refundRef))
			.withMessageContaining("not confirmed");

		this.clock.move(Duration.ofHours(71));
		this.platform.buyerConfirms(awaiting.confirmationId());
		this.platform.buyerConfirms(awaiting.confirmationId());

		assertThat(this.confirmed).containsExactly(this.refundRef);
		assertThat(this.platform.findRedLetter(this.refundRef)).map(RedLetterAnswer::state)
			.contains(RedLetterAnswer.State.CONFIRMED);

		RedLetterAnswer issued = this.redLetters.issue(this.refundRef);

		assertThat(issued.state()).isEqualTo(RedLetterAnswer.State.ISSUED);
		assertThat(issued.total()).isEqualTo(new BigDecimal("-100.00"));
		assertThat(issued.amountWithoutTax().add(issued.taxAmount())).isEqualTo(issued.total());
		assertThat(this.redLetters.issue(this.refundRef).redLetterNumber()).isEqualTo(issued.redLetterNumber());
		assertThat(this.platform.issueRedLetter(this.refundRef).redLetterNumber()).isEqualTo(issued.redLetterNumber());
		assertThat(this.redLetters.find(this.refundRef)).hasValueSatisfying((view) -> {
			assertThat(view.state()).isEqualTo("ISSUED");
			assertThat(view.confirmationId()).isEqualTo(awaiting.confirmationId());
			assertThat(view.redLetterNumber()).isEqualTo(issued.redLetterNumber());
		});
		assertThat(redRows()).isOne();
	}

	@Test
	void anOrdinaryInvoiceTheBuyerBookedAfterwardsNeedsAConfirmationToo() {
		IssuedInvoice blue = this.invoices.issue(this.orderRef, InvoiceRequestTest.ordinaryForAPerson());
		assertThat(this.platform.isBooked(blue.invoiceNumber())).isFalse();
		this.platform.book(blue.invoiceNumber());
		this.platform.book(blue.invoiceNumber());

		assertThat(this.platform.isBooked(blue.invoiceNumber())).isTrue();
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> this.platform.book("no-such"));

		assertThat(this.redLetters.request(this.refundRef, this.orderRef, new BigDecimal("10.00"), blue.invoiceNumber())
			.state()).isEqualTo(RedLetterAnswer.State.AWAITING_BUYER);
	}

	@Test
	void aConfirmationLapsesAfter72HoursAndCannotBeConfirmedOrIssued() {
		IssuedInvoice blue = this.invoices.issue(this.orderRef, InvoiceRequestTest.special());
		RedLetterAnswer awaiting = this.redLetters.request(this.refundRef, this.orderRef, new BigDecimal("100.00"),
				blue.invoiceNumber());

		this.clock.move(Duration.ofHours(72));

		assertThat(this.platform.findRedLetter(this.refundRef)).map(RedLetterAnswer::state)
			.contains(RedLetterAnswer.State.LAPSED);
		assertThat(this.redLetters.find(this.refundRef)).map(RedLetterView::state).contains("LAPSED");
		assertThatExceptionOfType(RedLetterRefusedException.class)
			.isThrownBy(() -> this.platform.buyerConfirms(awaiting.confirmationId()))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RedLetterRefusedException.LAPSED));
		assertThat(this.confirmed).isEmpty();
		assertThatExceptionOfType(RedLetterRefusedException.class)
			.isThrownBy(() -> this.platform.issueRedLetter(this.refundRef))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RedLetterRefusedException.LAPSED));
		assertThatExceptionOfType(BusinessError.class)
			.isThrownBy(() -> new IssueRedLetterWorker(this.redLetters).handle(job(IssueRedLetterWorker.JOB_TYPE)))
			.satisfies((error) -> assertThat(error.errorCode()).isEqualTo(IssueRedLetterWorker.LAPSED));
		assertThat(this.redLetters.pdf(this.refundRef)).isEmpty();

		// A lapsed confirmation reversed nothing: the whole amount can be reversed again.
		assertThat(this.redLetters
			.request(this.refundRef + "-again", this.orderRef, new BigDecimal("100.00"), blue.invoiceNumber())
			.state()).isEqualTo(RedLetterAnswer.State.AWAITING_BUYER);
	}

	@Test
	void aRetriedRequestWhoseOutcomeIsUnknownReconcilesAndRequestsNothingTwice() {
		IssuedInvoice blue = this.invoices.issue(this.orderRef, InvoiceRequestTest.ordinaryForAPerson());
		FlakyPlatform flaky = new FlakyPlatform(this.platform, true);
		RedLetters redLetters = new RedLetters(this.jdbc, flaky, new TransactionTemplate(this.transactions),
				this.clock);
		RequestRedLetterWorker worker = new RequestRedLetterWorker(redLetters);
		TestJob job = requestJob("40.00", blue.invoiceNumber());

		assertThatIllegalStateException().isThrownBy(() -> worker.handle(job)).withMessageContaining("timed out");
		assertThat(recordStatus()).isEqualTo("ATTEMPTING");
		assertThat(this.redLetters.find(this.refundRef)).map(RedLetterView::state).contains("ATTEMPTING");

		Map<String, Object> retried = worker.handle(job);

		assertThat(flaky.requestCalls).hasValue(1);
		assertThat(redRows()).isOne();
		assertThat(retried).containsEntry("redLetterState", "ISSUED")
			.containsEntry("redLetterNumber",
					this.platform.findRedLetter(this.refundRef).orElseThrow().redLetterNumber())
			.containsEntry("redLetterConfirmationId", null);
		assertThat(this.jdbc.queryForMap(
				"select status, attempts, reconciled from red_letter_record where refund_ref = ?", this.refundRef))
			.containsEntry("status", "ISSUED")
			.containsEntry("attempts", 1)
			.containsEntry("reconciled", true);
		assertThat(worker.handle(job)).isEqualTo(retried);
		assertThat(flaky.requestCalls).hasValue(1);
	}

	@Test
	void aRequestThatNeverReachedThePlatformIsMadeAgain() {
		IssuedInvoice blue = this.invoices.issue(this.orderRef, InvoiceRequestTest.special());
		FlakyPlatform flaky = new FlakyPlatform(this.platform, false);
		RedLetters redLetters = new RedLetters(this.jdbc, flaky, new TransactionTemplate(this.transactions),
				this.clock);

		assertThatIllegalStateException().isThrownBy(
				() -> redLetters.request(this.refundRef, this.orderRef, new BigDecimal("40.00"), blue.invoiceNumber()));
		assertThat(redRows()).isZero();

		RedLetterAnswer answer = redLetters.request(this.refundRef, this.orderRef, new BigDecimal("40.00"),
				blue.invoiceNumber());

		assertThat(answer.state()).isEqualTo(RedLetterAnswer.State.AWAITING_BUYER);
		assertThat(flaky.requestCalls).hasValue(2);
		assertThat(redRows()).isOne();
		assertThat(this.jdbc.queryForObject("select attempts from red_letter_record where refund_ref = ?",
				Integer.class, this.refundRef))
			.isEqualTo(2);
	}

	@Test
	void noMoreThanTheBlueTotalIsEverReversed() {
		IssuedInvoice blue = this.invoices.issue(this.orderRef, InvoiceRequestTest.special());
		this.redLetters.request(this.refundRef, this.orderRef, new BigDecimal("60.00"), blue.invoiceNumber());

		// The open confirmation counts: together they would exceed the blue total.
		assertThatExceptionOfType(RedLetterRefusedException.class)
			.isThrownBy(() -> this.redLetters.request(this.refundRef + "-2", this.orderRef, new BigDecimal("40.01"),
					blue.invoiceNumber()))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RedLetterRefusedException.EXCEEDS_BLUE_TOTAL))
			.withMessageContaining("40.00");
		assertThat(this.redLetters.find(this.refundRef + "-2")).isEmpty();

		String otherRefund = this.refundRef + "-3";
		assertThatExceptionOfType(BusinessError.class)
			.isThrownBy(() -> new RequestRedLetterWorker(this.redLetters)
				.handle(TestJob.of(RequestRedLetterWorker.JOB_TYPE, "Task_RequestRedLetter")
					.variable("orderRef", this.orderRef)
					.variable("refundRef", otherRefund)
					.variable("amount", "100.00")
					.variable("invoiceNumber", blue.invoiceNumber())))
			.satisfies((error) -> assertThat(error.errorCode()).isEqualTo(RequestRedLetterWorker.REFUSED))
			.withMessageContaining(RedLetterRefusedException.EXCEEDS_BLUE_TOTAL);
		assertThat(this.redLetters.find(otherRefund)).isEmpty();
		assertThat(this.redLetters
			.request(this.refundRef + "-4", this.orderRef, new BigDecimal("40.00"), blue.invoiceNumber())
			.state()).isEqualTo(RedLetterAnswer.State.AWAITING_BUYER);
		assertThat(this.redLetters.forOrder(this.orderRef)).extracting(RedLetterView::refundRef)
			.containsExactly(this.refundRef, this.refundRef + "-4");
	}

	@Test
	void twoConcurrentReversalsOfTheWholeInvoiceReverseItOnce() throws Exception {
		IssuedInvoice blue = this.invoices.issue(this.orderRef, InvoiceRequestTest.ordinaryForAPerson());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(3);
		List<Object> outcomes = new ArrayList<>();
		try {
			List<Future<Object>> results = new ArrayList<>();
			// Two calls for one refund, one for another: one red invoice in all.
			for (String refund : List.of(this.refundRef, this.refundRef, this.refundRef + "-other")) {
				results.add(threads.submit(() -> {
					start.await();
					try {
						return this.platform.requestRedLetter(refund, this.orderRef, new BigDecimal("100.00"));
					}
					catch (RedLetterRefusedException ex) {
						return ex.reason();
					}
				}));
			}
			start.countDown();
			for (Future<Object> result : results) {
				outcomes.add(result.get(30, TimeUnit.SECONDS));
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(redRows()).isOne();
		assertThat(outcomes).filteredOn(RedLetterAnswer.class::isInstance)
			.extracting((answer) -> ((RedLetterAnswer) answer).redLetterNumber())
			.hasSizeBetween(1, 2)
			.containsOnly(this.platform
				.findRedLetter(this.jdbc.queryForObject(
						"select refund_ref from red_letter_simulated where order_ref = ?", String.class, this.orderRef))
				.orElseThrow()
				.redLetterNumber());
		assertThat(outcomes).contains(RedLetterRefusedException.EXCEEDS_BLUE_TOTAL);
		assertThat(blue.total()).isEqualByComparingTo("100.00");
	}

	@Test
	void anOrderWithoutInvoiceHasNothingToReverse() {
		assertThatExceptionOfType(RedLetterRefusedException.class)
			.isThrownBy(() -> this.redLetters.request(this.refundRef, this.orderRef, BigDecimal.TEN, null))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RedLetterRefusedException.NO_BLUE_INVOICE));
		assertThat(this.redLetters.find(this.refundRef)).isEmpty();
	}

	@Test
	void partialReversalsAddUpExactlyToTheBlueInvoice() {
		IssuedInvoice blue = this.invoices.issue(this.orderRef, InvoiceRequestTest.ordinaryForAPerson());

		List<RedLetterAnswer> reds = List.of("33.33", "33.33", "33.34")
			.stream()
			.map((amount) -> this.redLetters.request(this.refundRef + "-" + amount + "-" + UUID.randomUUID(),
					this.orderRef, new BigDecimal(amount), blue.invoiceNumber()))
			.toList();

		assertThat(reds).allSatisfy((red) -> {
			assertThat(red.state()).isEqualTo(RedLetterAnswer.State.ISSUED);
			assertThat(red.amountWithoutTax().add(red.taxAmount())).isEqualTo(red.total());
			assertThat(red.total().scale()).isEqualTo(2);
		});
		assertThat(reds.get(0).amountWithoutTax()).isEqualTo(new BigDecimal("-31.44"));
		assertThat(sum(reds, RedLetterAnswer::total)).isEqualTo(blue.total().negate());
		assertThat(sum(reds, RedLetterAnswer::amountWithoutTax)).isEqualTo(blue.amountWithoutTax().negate());
		assertThat(sum(reds, RedLetterAnswer::taxAmount)).isEqualTo(blue.taxAmount().negate());
	}

	@Test
	void linesWithDifferentRatesAreReversedInProportionAndAddUpExactly() {
		InvoiceRequest mixed = new InvoiceRequest(Kind.ORDINARY, BuyerKind.PERSON, "张三", null, null, null, null, null,
				null, List.of(new Line("证件费 Badge fee", new BigDecimal("100.00"), new BigDecimal("0.06")),
						new Line("展位服务 Booth service", new BigDecimal("50.00"), new BigDecimal("0.13"))),
				null);
		IssuedInvoice blue = this.invoices.issue(this.orderRef, mixed);

		RedLetterAnswer first = this.redLetters.request(this.refundRef, this.orderRef, new BigDecimal("50.00"),
				blue.invoiceNumber());
		RedLetterAnswer rest = this.redLetters.request(this.refundRef + "-2", this.orderRef, new BigDecimal("100.00"),
				blue.invoiceNumber());

		// 50.00 of 150.00: a third of the net 138.59 (94.34 + 44.25).
		assertThat(first.amountWithoutTax()).isEqualTo(new BigDecimal("-46.20"));
		assertThat(first.amountWithoutTax().add(rest.amountWithoutTax())).isEqualTo(blue.amountWithoutTax().negate());
		assertThat(first.taxAmount().add(rest.taxAmount())).isEqualTo(blue.taxAmount().negate());
	}

	@Test
	void theRequestWorkerReportsAnOpenConfirmationAndTheIssueWorkerTheRedInvoice() {
		IssuedInvoice blue = this.invoices.issue(this.orderRef, InvoiceRequestTest.special());
		RequestRedLetterWorker request = new RequestRedLetterWorker(this.redLetters);

		Map<String, Object> requested = request.handle(requestJob("100.00", blue.invoiceNumber()));

		String confirmationId = this.platform.findRedLetter(this.refundRef).orElseThrow().confirmationId();
		assertThat(requested).containsOnlyKeys("redLetterState", "redLetterNumber", "redLetterConfirmationId")
			.containsEntry("redLetterState", "AWAITING_BUYER")
			.containsEntry("redLetterNumber", null)
			.containsEntry("redLetterConfirmationId", confirmationId);
		assertThat(request.handle(requestJob("100.00", blue.invoiceNumber()))).isEqualTo(requested);

		this.platform.buyerConfirms(confirmationId);
		Map<String, Object> issued = new IssueRedLetterWorker(this.redLetters)
			.handle(job(IssueRedLetterWorker.JOB_TYPE));

		assertThat(issued).containsOnlyKeys("redLetterNumber", "redLetterTotal")
			.containsEntry("redLetterTotal", "-100.00")
			.containsEntry("redLetterNumber", this.redLetters.find(this.refundRef).orElseThrow().redLetterNumber());
	}

	@Test
	void theAwaitWorkerTellsTheListenerAgainOnlyWhenTheBuyerHasConfirmed() {
		IssuedInvoice blue = this.invoices.issue(this.orderRef, InvoiceRequestTest.special());
		RedLetterAnswer awaiting = this.redLetters.request(this.refundRef, this.orderRef, new BigDecimal("100.00"),
				blue.invoiceNumber());
		List<String> heard = new CopyOnWriteArrayList<>();
		StaticListableBeanFactory beans = new StaticListableBeanFactory(
				Map.of("listener", (RedLetterListener) heard::add));
		AwaitRedLetterConfirmationWorker worker = new AwaitRedLetterConfirmationWorker(this.redLetters,
				beans.getBeanProvider(RedLetterListener.class));

		assertThat(worker.handle(job(AwaitRedLetterConfirmationWorker.JOB_TYPE))).isEmpty();
		assertThat(heard).isEmpty();

		this.platform.buyerConfirms(awaiting.confirmationId());

		assertThat(worker.handle(job(AwaitRedLetterConfirmationWorker.JOB_TYPE))).isEmpty();
		assertThat(heard).containsExactly(this.refundRef);
	}

	@Test
	void invoicesTellWhetherAnOrderIsInvoiced() {
		assertThat(this.invoices.issued(this.orderRef)).isEmpty();

		IssuedInvoice blue = this.invoices.issue(this.orderRef, InvoiceRequestTest.ordinaryForAPerson());

		assertThat(this.invoices.issued(this.orderRef)).map(IssuedInvoice::invoiceNumber)
			.contains(blue.invoiceNumber());
	}

	private TestJob requestJob(String amount, String invoiceNumber) {
		return TestJob.of(RequestRedLetterWorker.JOB_TYPE, "Task_RequestRedLetter")
			.variable("orderRef", this.orderRef)
			.variable("refundRef", this.refundRef)
			.variable("amount", amount)
			.variable("invoiceNumber", invoiceNumber);
	}

	private TestJob job(String type) {
		return TestJob.of(type, "Task").variable("refundRef", this.refundRef);
	}

	private String recordStatus() {
		return this.jdbc.queryForObject("select status from red_letter_record where refund_ref = ?", String.class,
				this.refundRef);
	}

	private int redRows() {
		return this.jdbc.queryForObject("select count(*) from red_letter_simulated where order_ref = ?", Integer.class,
				this.orderRef);
	}

	private static BigDecimal sum(List<RedLetterAnswer> reds,
			java.util.function.Function<RedLetterAnswer, BigDecimal> amount) {
		return reds.stream().map(amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	private static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** A clock the tests move forward. */
	static final class MovableClock extends Clock {

		private volatile Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void move(Duration by) {
			this.now = this.now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			MovableClock outer = this;
			return new Clock() {

				@Override
				public ZoneId getZone() {
					return zone;
				}

				@Override
				public Clock withZone(ZoneId other) {
					return outer.withZone(other);
				}

				@Override
				public Instant instant() {
					return outer.instant();
				}

			};
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	/**
	 * Fails its first red-letter request: after the platform acted (the answer was lost)
	 * or before it reached it.
	 */
	static final class FlakyPlatform implements EInvoicingPlatform {

		final AtomicInteger requestCalls = new AtomicInteger();

		private final EInvoicingPlatform platform;

		private final boolean failAfterRequesting;

		FlakyPlatform(EInvoicingPlatform platform, boolean failAfterRequesting) {
			this.platform = platform;
			this.failAfterRequesting = failAfterRequesting;
		}

		@Override
		public IssuedInvoice issue(String orderRef, InvoiceRequest request) {
			return this.platform.issue(orderRef, request);
		}

		@Override
		public Optional<IssuedInvoice> find(String orderRef) {
			return this.platform.find(orderRef);
		}

		@Override
		public RedLetterAnswer requestRedLetter(String refundRef, String orderRef, BigDecimal amount) {
			int call = this.requestCalls.incrementAndGet();
			if (call == 1 && !this.failAfterRequesting) {
				throw new IllegalStateException("Platform unreachable");
			}
			RedLetterAnswer answer = this.platform.requestRedLetter(refundRef, orderRef, amount);
			if (call == 1) {
				throw new IllegalStateException("Platform answer timed out");
			}
			return answer;
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
