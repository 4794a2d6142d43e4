package org.fairflow.workers.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A SIMULATION of the tax authority's e-invoicing platform: no invoice is reported to any
 * tax authority, and its documents are not valid invoices (the PDF says so: "SIMULATION /
 * 模拟").
 *
 * <p>
 * What the platform keeps is table {@code invoice_simulated}, one row per order
 * reference: a repeated {@link #issue} returns the stored invoice and issues nothing new.
 * The invoice number is 20 digits: the year (2), {@code 99} where a real number has the
 * region (no region has it), and 16 digits derived from the order reference (SHA-256), so
 * the same order always gets the same number. The issue date is the day in Beijing time.
 * A special invoice is booked (入账/抵扣) by its buyer at issue; an ordinary one when the
 * simulated buyer {@link #book(String) books} it.
 *
 * <p>
 * Red-letter reversals are rows of {@code red_letter_simulated}, one per refund
 * reference. A request locks the blue invoice's row, so the reversals of one order take
 * turns and their amounts (lapsed confirmations excepted) never exceed the blue total. An
 * unbooked blue invoice is reversed at once; a booked one gets a confirmation (红字确认单)
 * that the simulated buyer {@link #buyerConfirms(String) confirms} within 72 hours (the
 * portal's simulated buyer page calls both public methods), which tells
 * {@link RedLetterListener}. Red invoices are marked like blue ones and have negative
 * amounts.
 */
public class SimulatedTaxPlatform implements EInvoicingPlatform {

	static final String MARK = "SIMULATION / 模拟";

	/** How long the buyer has to confirm a red-letter confirmation. */
	static final Duration CONFIRMATION_PERIOD = Duration.ofHours(72);

	private static final String RED_COLUMNS = "refund_ref, order_ref, blue_invoice_number, state, amount, "
			+ "confirmation_id, opened_at, lapses_at, red_invoice_number, issue_date, amount_without_tax, tax_amount, "
			+ "total, verification_code, pdf";

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final Logger log = LoggerFactory.getLogger(SimulatedTaxPlatform.class);

	private final JdbcTemplate jdbc;

	private final InvoicePdf pdf;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	private final Supplier<List<RedLetterListener>> listeners;

	SimulatedTaxPlatform(JdbcTemplate jdbc, InvoicePdf pdf, Clock clock, TransactionTemplate transaction,
			Supplier<List<RedLetterListener>> listeners) {
		this.jdbc = jdbc;
		this.pdf = pdf;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transaction.getTransactionManager());
		// The platform's own acts, committed whatever the caller's transaction does
		// after.
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.listeners = listeners;
		log.warn("E-invoicing is a SIMULATION: nothing is reported to the tax authority; "
				+ "invoices say 'SIMULATION / 模拟' and are not valid invoices");
	}

	@Override
	public IssuedInvoice issue(String orderRef, InvoiceRequest request) {
		if (orderRef == null || orderRef.isBlank()) {
			throw new IllegalArgumentException("An invoice needs an order reference");
		}
		Optional<IssuedInvoice> existing = find(orderRef);
		if (existing.isPresent()) {
			log.info("SIMULATED invoice of order {} was issued before ({}); not issued again", orderRef,
					existing.get().invoiceNumber());
			return existing.get();
		}
		LocalDate issueDate = LocalDate.now(this.clock.withZone(CHINA));
		String number = invoiceNumber(orderRef, issueDate);
		String code = verificationCode(number);
		BigDecimal net = BigDecimal.ZERO.setScale(TaxSplit.SCALE);
		BigDecimal tax = BigDecimal.ZERO.setScale(TaxSplit.SCALE);
		List<String> text = new ArrayList<>();
		text.add("电子发票（" + ((request.kind() == InvoiceRequest.Kind.SPECIAL) ? "增值税专用发票" : "普通发票") + "）  " + MARK);
		text.add("This is a SIMULATION, not a valid invoice. 模拟开具，不是有效发票。");
		text.add("发票号码 Invoice number: " + number);
		text.add("开票日期 Issue date: " + issueDate);
		text.add("校验码 Verification code: " + code);
		text.add("订单 Order: " + orderRef);
		text.add("购买方 Buyer: " + request.title());
		if (request.taxNumber() != null) {
			text.add("统一社会信用代码/纳税人识别号 Tax number: " + request.taxNumber());
		}
		if (request.kind() == InvoiceRequest.Kind.SPECIAL) {
			text.add("地址、电话 Address, phone: " + request.address() + " " + request.phone());
			text.add("开户行及账号 Bank, account: " + request.bankName() + " " + request.bankAccount());
		}
		text.add("");
		for (InvoiceRequest.Line line : request.lines()) {
			TaxSplit split = TaxSplit.of(line.amount(), line.taxRate());
			net = net.add(split.net());
			tax = tax.add(split.tax());
			text.add(line.description() + "  金额 " + split.net() + "  税率 " + percent(line.taxRate()) + "  税额 "
					+ split.tax());
		}
		BigDecimal total = net.add(tax);
		List<BigDecimal> rates = request.lines().stream().map(InvoiceRequest.Line::taxRate).distinct().toList();
		BigDecimal rate = (rates.size() == 1) ? rates.get(0) : null;
		boolean booked = request.kind() == InvoiceRequest.Kind.SPECIAL;
		text.add("");
		text.add("合计 Amount without tax: " + net + "   税额 Tax: " + tax);
		text.add("价税合计 Total (CNY): " + total);
		text.add("");
		text.add(MARK);
		byte[] document = this.pdf.write(text);
		try {
			this.jdbc.update(
					"insert into invoice_simulated (order_ref, invoice_number, issue_date, amount_without_tax, "
							+ "tax_amount, total, verification_code, pdf, created_at, booked, tax_rate) "
							+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					orderRef, number, Date.valueOf(issueDate), net, tax, total, code, document,
					Timestamp.from(this.clock.instant()), booked, rate);
		}
		catch (DuplicateKeyException ex) {
			// A concurrent first call won; its row is the invoice.
			return find(orderRef).orElseThrow(() -> ex);
		}
		log.info("SIMULATED invoice {} issued for order {}: {} + {} tax = {} CNY ({})", number, orderRef, net, tax,
				total, request);
		return new IssuedInvoice(orderRef, number, issueDate, net, tax, total, code, document);
	}

	@Override
	public Optional<IssuedInvoice> find(String orderRef) {
		return this.jdbc
			.query("select " + InvoiceRows.COLUMNS + " from invoice_simulated where order_ref = ?", InvoiceRows.INVOICE,
					orderRef)
			.stream()
			.findFirst();
	}

	/**
	 * The simulated buyer books (入账/抵扣) an invoice: reversing it needs the buyer's
	 * confirmation from now on. Booking twice changes nothing.
	 * @throws IllegalArgumentException no simulated invoice has that number
	 */
	public void book(String invoiceNumber) {
		int rows = this.jdbc.update("update invoice_simulated set booked = true where invoice_number = ?",
				invoiceNumber);
		if (rows == 0) {
			throw new IllegalArgumentException("No simulated invoice with number " + invoiceNumber);
		}
		log.info("SIMULATED buyer booked invoice {}", invoiceNumber);
	}

	/**
	 * Whether the buyer has booked the invoice (for the simulated buyer page); false for
	 * an unknown number.
	 */
	public boolean isBooked(String invoiceNumber) {
		return this.jdbc
			.queryForList("select booked from invoice_simulated where invoice_number = ?", Boolean.class, invoiceNumber)
			.stream()
			.anyMatch(Boolean.TRUE::equals);
	}

	/**
	 * The simulated buyer confirms a red-letter confirmation within its 72 hours; the
	 * {@link RedLetterListener}s hear it in the same transaction (a failing listener
	 * undoes the confirmation). A confirmation confirmed before is not confirmed (nor
	 * told) again.
	 * @throws IllegalArgumentException no confirmation has that id
	 * @throws RedLetterRefusedException ({@link RedLetterRefusedException#LAPSED}) the 72
	 * hours have passed
	 */
	public void buyerConfirms(String confirmationId) {
		String confirmed = this.ownTransaction.execute((status) -> {
			List<Map<String, Object>> rows = this.jdbc.queryForList(
					"select refund_ref, state, lapses_at from red_letter_simulated where confirmation_id = ? for update",
					confirmationId);
			if (rows.isEmpty()) {
				throw new IllegalArgumentException("No red-letter confirmation " + confirmationId);
			}
			String refundRef = (String) rows.get(0).get("refund_ref");
			if (!"AWAITING_BUYER".equals(rows.get(0).get("state"))) {
				log.info("SIMULATED red-letter confirmation {} of {} was confirmed before", confirmationId, refundRef);
				return null;
			}
			Instant now = this.clock.instant();
			if (!now.isBefore(instant(rows.get(0).get("lapses_at")))) {
				throw new RedLetterRefusedException(RedLetterRefusedException.LAPSED,
						"Red-letter confirmation " + confirmationId + " of " + refundRef + " lapsed at "
								+ rows.get(0).get("lapses_at") + ": not confirmed within 72 hours");
			}
			this.jdbc.update("update red_letter_simulated set state = 'CONFIRMED', confirmed_at = ? "
					+ "where confirmation_id = ?", Timestamp.from(now), confirmationId);
			List<RedLetterListener> listeners = this.listeners.get();
			if (listeners.isEmpty()) {
				log.warn("SIMULATED red-letter confirmation {} of {} confirmed, but no RedLetterListener hears it",
						confirmationId, refundRef);
			}
			listeners.forEach((listener) -> listener.confirmed(refundRef));
			return refundRef;
		});
		if (confirmed != null) {
			log.info("SIMULATED buyer confirmed red-letter confirmation {} of {}", confirmationId, confirmed);
		}
	}

	@Override
	public RedLetterAnswer requestRedLetter(String refundRef, String orderRef, BigDecimal amount) {
		if (refundRef == null || refundRef.isBlank() || orderRef == null || orderRef.isBlank()) {
			throw new IllegalArgumentException("A red-letter request needs a refund and an order reference");
		}
		if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > TaxSplit.SCALE) {
			throw new IllegalArgumentException("A red-letter request needs a positive amount with at most 2 decimals");
		}
		BigDecimal reversed = amount.setScale(TaxSplit.SCALE);
		RedLetterAnswer answer;
		try {
			answer = this.ownTransaction.execute((status) -> requestLocked(refundRef, orderRef, reversed));
		}
		catch (DuplicateKeyException ex) {
			// A concurrent first call for this refund won; its row is the answer.
			answer = findRedLetter(refundRef).orElseThrow(() -> ex);
		}
		if (!answer.orderRef().equals(orderRef) || answer.amount().compareTo(reversed) != 0) {
			throw new RedLetterRefusedException(RedLetterRefusedException.REFERENCE_REUSED, "Refund " + refundRef
					+ " reversed " + answer.amount() + " of order " + answer.orderRef() + " before");
		}
		return answer;
	}

	private RedLetterAnswer requestLocked(String refundRef, String orderRef, BigDecimal amount) {
		List<Map<String, Object>> blues = this.jdbc.queryForList(
				"select invoice_number, total, booked from invoice_simulated where order_ref = ? for update", orderRef);
		Optional<RedLetterAnswer> earlier = findRedLetter(refundRef);
		if (earlier.isPresent()) {
			log.info("SIMULATED red letter of {} was requested before ({}); not requested again", refundRef,
					earlier.get().state());
			return earlier.get();
		}
		if (blues.isEmpty()) {
			throw new RedLetterRefusedException(RedLetterRefusedException.NO_BLUE_INVOICE,
					"Order " + orderRef + " has no invoice to reverse");
		}
		Map<String, Object> blue = blues.get(0);
		String blueNumber = (String) blue.get("invoice_number");
		BigDecimal blueTotal = (BigDecimal) blue.get("total");
		Instant now = this.clock.instant();
		BigDecimal taken = this.jdbc.queryForObject(
				"select coalesce(sum(amount), 0) from red_letter_simulated where order_ref = ? "
						+ "and (state <> 'AWAITING_BUYER' or lapses_at > ?)",
				BigDecimal.class, orderRef, Timestamp.from(now));
		BigDecimal left = blueTotal.subtract(taken);
		if (amount.compareTo(left) > 0) {
			throw new RedLetterRefusedException(RedLetterRefusedException.EXCEEDS_BLUE_TOTAL,
					"Reversing " + amount + " of invoice " + blueNumber + " (order " + orderRef + ") exceeds the "
							+ left.setScale(TaxSplit.SCALE) + " left of its total " + blueTotal);
		}
		if (Boolean.TRUE.equals(blue.get("booked"))) {
			String confirmationId = confirmationId(refundRef);
			this.jdbc.update(
					"insert into red_letter_simulated (refund_ref, order_ref, blue_invoice_number, amount, "
							+ "state, confirmation_id, opened_at, lapses_at, created_at) "
							+ "values (?, ?, ?, ?, 'AWAITING_BUYER', ?, ?, ?, ?)",
					refundRef, orderRef, blueNumber, amount, confirmationId, Timestamp.from(now),
					Timestamp.from(now.plus(CONFIRMATION_PERIOD)), Timestamp.from(now));
			log.info("SIMULATED red-letter confirmation {} opened for {} ({} of invoice {}); the buyer has 72 h",
					confirmationId, refundRef, amount, blueNumber);
		}
		else {
			this.jdbc.update(
					"insert into red_letter_simulated (refund_ref, order_ref, blue_invoice_number, amount, "
							+ "state, created_at) values (?, ?, ?, ?, 'CONFIRMED', ?)",
					refundRef, orderRef, blueNumber, amount, Timestamp.from(now));
			issueLocked(refundRef);
		}
		return findRedLetter(refundRef).orElseThrow();
	}

	@Override
	public Optional<RedLetterAnswer> findRedLetter(String refundRef) {
		return this.jdbc
			.query("select " + RED_COLUMNS + " from red_letter_simulated where refund_ref = ?", redLetter(), refundRef)
			.stream()
			.findFirst();
	}

	@Override
	public RedLetterAnswer issueRedLetter(String refundRef) {
		return this.ownTransaction.execute((status) -> {
			List<String> orders = this.jdbc.queryForList(
					"select order_ref from red_letter_simulated where refund_ref = ?", String.class, refundRef);
			if (orders.isEmpty()) {
				throw new IllegalStateException("No red letter was requested for " + refundRef);
			}
			// The blue invoice first, as a request locks it: reversals of an order take
			// turns.
			this.jdbc.queryForList("select id from invoice_simulated where order_ref = ? for update", orders.get(0));
			RedLetterAnswer answer = findRedLetter(refundRef).orElseThrow();
			return switch (answer.state()) {
				case ISSUED -> answer;
				case LAPSED -> throw new RedLetterRefusedException(RedLetterRefusedException.LAPSED,
						"Red-letter confirmation " + answer.confirmationId() + " of " + refundRef + " lapsed at "
								+ answer.lapsesAt() + " without the buyer's confirmation");
				case AWAITING_BUYER -> throw new IllegalStateException("Red-letter confirmation "
						+ answer.confirmationId() + " of " + refundRef + " is not confirmed by the buyer yet");
				case CONFIRMED -> {
					issueLocked(refundRef);
					yield findRedLetter(refundRef).orElseThrow();
				}
			};
		});
	}

	/**
	 * Issues the red invoice of a CONFIRMED row, the blue invoice locked. Its amounts are
	 * split as the blue lines were ({@link TaxSplit} at the blue rate, in proportion when
	 * the lines had different rates); the reversal that completes the blue total takes
	 * what is left of its net and tax, so all red invoices of an order add up to the blue
	 * one exactly.
	 */
	private void issueLocked(String refundRef) {
		Map<String, Object> red = this.jdbc
			.queryForMap("select order_ref, blue_invoice_number, amount, confirmation_id from red_letter_simulated "
					+ "where refund_ref = ?", refundRef);
		String orderRef = (String) red.get("order_ref");
		BigDecimal amount = (BigDecimal) red.get("amount");
		Map<String, Object> blue = this.jdbc.queryForMap(
				"select invoice_number, amount_without_tax, total, tax_rate from invoice_simulated where order_ref = ?",
				orderRef);
		BigDecimal blueNet = (BigDecimal) blue.get("amount_without_tax");
		BigDecimal blueTotal = (BigDecimal) blue.get("total");
		Map<String, Object> issued = this.jdbc
			.queryForMap("select coalesce(sum(amount), 0) as amount, coalesce(sum(amount_without_tax), 0) as net "
					+ "from red_letter_simulated where order_ref = ? and state = 'ISSUED'", orderRef);
		BigDecimal net;
		if (((BigDecimal) issued.get("amount")).add(amount).compareTo(blueTotal) == 0) {
			// The issued nets are negative.
			net = blueNet.add((BigDecimal) issued.get("net"));
		}
		else if (blue.get("tax_rate") != null) {
			net = TaxSplit.of(amount, (BigDecimal) blue.get("tax_rate")).net();
		}
		else {
			net = amount.multiply(blueNet).divide(blueTotal, TaxSplit.SCALE, RoundingMode.HALF_UP);
		}
		net = net.setScale(TaxSplit.SCALE).negate();
		BigDecimal total = amount.negate();
		BigDecimal tax = total.subtract(net);
		LocalDate issueDate = LocalDate.now(this.clock.withZone(CHINA));
		String number = invoiceNumber("red:" + refundRef, issueDate);
		String code = verificationCode(number);
		List<String> text = new ArrayList<>();
		text.add("电子发票（红字）Red-letter invoice  " + MARK);
		text.add("This is a SIMULATION, not a valid invoice. 模拟开具，不是有效发票。");
		text.add("发票号码 Invoice number: " + number);
		text.add("开票日期 Issue date: " + issueDate);
		text.add("校验码 Verification code: " + code);
		text.add("被红冲蓝字发票 Reversed invoice: " + blue.get("invoice_number"));
		if (red.get("confirmation_id") != null) {
			text.add("红字确认单编号 Confirmation: " + red.get("confirmation_id"));
		}
		text.add("订单 Order: " + orderRef + "   退款 Refund: " + refundRef);
		text.add("");
		text.add("合计 Amount without tax: " + net + "   税额 Tax: " + tax);
		text.add("价税合计 Total (CNY): " + total);
		text.add("");
		text.add(MARK);
		byte[] document = this.pdf.write(text);
		this.jdbc.update(
				"update red_letter_simulated set state = 'ISSUED', red_invoice_number = ?, issue_date = ?, "
						+ "amount_without_tax = ?, tax_amount = ?, total = ?, verification_code = ?, pdf = ? "
						+ "where refund_ref = ? and state = 'CONFIRMED'",
				number, Date.valueOf(issueDate), net, tax, total, code, document, refundRef);
		log.info("SIMULATED red-letter invoice {} issued for {}: {} + {} tax = {} CNY, reversing invoice {}", number,
				refundRef, net, tax, total, blue.get("invoice_number"));
	}

	private RowMapper<RedLetterAnswer> redLetter() {
		Instant now = this.clock.instant();
		return (rs, i) -> {
			RedLetterAnswer.State state = RedLetterAnswer.State.valueOf(rs.getString(4));
			Instant lapsesAt = instant(rs.getTimestamp(8));
			if (state == RedLetterAnswer.State.AWAITING_BUYER && !now.isBefore(lapsesAt)) {
				// The platform voids an unconfirmed confirmation after 72 hours.
				state = RedLetterAnswer.State.LAPSED;
			}
			return new RedLetterAnswer(rs.getString(1), rs.getString(2), rs.getString(3), state, rs.getBigDecimal(5),
					rs.getString(6), instant(rs.getTimestamp(7)), lapsesAt, rs.getString(9),
					(rs.getDate(10) != null) ? rs.getDate(10).toLocalDate() : null, rs.getBigDecimal(11),
					rs.getBigDecimal(12), rs.getBigDecimal(13), rs.getString(14), rs.getBytes(15));
		};
	}

	private static Instant instant(Object timestamp) {
		if (timestamp == null) {
			return null;
		}
		if (timestamp instanceof Timestamp sql) {
			return sql.toInstant();
		}
		if (timestamp instanceof java.time.OffsetDateTime offset) {
			return offset.toInstant();
		}
		throw new IllegalStateException("Not a timestamp: " + timestamp.getClass());
	}

	/** 20 digits from the refund reference, as a confirmation's id (红字确认单编号) has. */
	static String confirmationId(String refundRef) {
		return digits("confirmation:" + refundRef, 20);
	}

	/** Year, {@code 99}, and 16 digits from the order reference: stable for an order. */
	static String invoiceNumber(String orderRef, LocalDate issueDate) {
		return String.format("%02d", issueDate.getYear() % 100) + "99" + digits("invoice:" + orderRef, 16);
	}

	/** 20 digits from the invoice number. */
	static String verificationCode(String invoiceNumber) {
		return digits("verification:" + invoiceNumber, 20);
	}

	private static String percent(BigDecimal rate) {
		return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
	}

	private static String digits(String seed, int count) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
			StringBuilder out = new StringBuilder();
			for (int i = 0; out.length() < count; i++) {
				out.append((hash[i % hash.length] & 0xFF) % 10);
			}
			return out.toString();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
