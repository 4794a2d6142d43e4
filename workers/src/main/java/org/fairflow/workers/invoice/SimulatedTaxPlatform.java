package org.fairflow.workers.invoice;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

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
 */
class SimulatedTaxPlatform implements EInvoicingPlatform {

	static final String MARK = "SIMULATION / 模拟";

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final Logger log = LoggerFactory.getLogger(SimulatedTaxPlatform.class);

	private final JdbcTemplate jdbc;

	private final InvoicePdf pdf;

	private final Clock clock;

	SimulatedTaxPlatform(JdbcTemplate jdbc, InvoicePdf pdf, Clock clock) {
		this.jdbc = jdbc;
		this.pdf = pdf;
		this.clock = clock;
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
		text.add("");
		text.add("合计 Amount without tax: " + net + "   税额 Tax: " + tax);
		text.add("价税合计 Total (CNY): " + total);
		text.add("");
		text.add(MARK);
		byte[] document = this.pdf.write(text);
		try {
			this.jdbc
				.update("insert into invoice_simulated (order_ref, invoice_number, issue_date, amount_without_tax, "
						+ "tax_amount, total, verification_code, pdf, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
						orderRef, number, Date.valueOf(issueDate), net, tax, total, code, document,
						Timestamp.from(this.clock.instant()));
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
