package org.fairflow.portal.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.fairflow.workers.invoice.InvoiceRequest;

/**
 * The invoice of one paid order: the payer's latest request, the case that issues it and,
 * once issued, what the platform recorded. One row per order (unique {@code order_id}).
 */
@Entity
@Table(name = "invoice_request")
class OrderInvoice {

	enum Status {

		/** A case is issuing it. */
		REQUESTED,
		/** Issued: final (a correction is a red-letter invoice, not a second one). */
		ISSUED,
		/** The request was refused; the payer may correct it and request again. */
		REFUSED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "order_id", nullable = false, updatable = false)
	private Long orderId;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(nullable = false)
	private String kind;

	@Column(name = "buyer_kind", nullable = false)
	private String buyerKind;

	@Column(nullable = false)
	private String title;

	@Column(name = "tax_number")
	private String taxNumber;

	private String phone;

	private String email;

	private String address;

	@Column(name = "bank_name")
	private String bankName;

	@Column(name = "bank_account")
	private String bankAccount;

	@Column(nullable = false)
	private BigDecimal total;

	@Column(name = "case_id")
	private String caseId;

	@Column(nullable = false)
	private int attempts;

	private String problems;

	@Column(name = "invoice_number")
	private String invoiceNumber;

	@Column(name = "issue_date")
	private LocalDate issueDate;

	@Column(name = "amount_without_tax")
	private BigDecimal amountWithoutTax;

	@Column(name = "tax_amount")
	private BigDecimal taxAmount;

	@Column(name = "invoice_total")
	private BigDecimal invoiceTotal;

	@Column(name = "requested_by", nullable = false)
	private String requestedBy;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "issued_at")
	private Instant issuedAt;

	@Version
	private long version;

	protected OrderInvoice() {
	}

	OrderInvoice(Long orderId, Long unitId, BigDecimal total, InvoiceRequest request, String username, Instant now) {
		this.orderId = orderId;
		this.unitId = unitId;
		this.total = total;
		this.attempts = 0;
		this.requestedAt = now;
		take(request, username, now);
	}

	/** A new request (the first, or a correction after a refusal). */
	/** A new request after a refusal invoices what the order keeps now. */
	void take(InvoiceRequest request, BigDecimal total, String username, Instant now) {
		this.total = total;
		take(request, username, now);
	}

	void take(InvoiceRequest request, String username, Instant now) {
		this.status = Status.REQUESTED;
		this.kind = request.kind().name();
		this.buyerKind = request.buyerKind().name();
		this.title = request.title().strip();
		this.taxNumber = request.taxNumber();
		this.phone = strip(request.phone());
		this.email = strip(request.email());
		this.address = strip(request.address());
		this.bankName = strip(request.bankName());
		this.bankAccount = strip(request.bankAccount());
		this.problems = null;
		this.caseId = null;
		this.attempts++;
		this.requestedBy = username;
		this.requestedAt = now;
		this.updatedAt = now;
	}

	void opened(String caseId) {
		this.caseId = caseId;
	}

	void issued(String number, LocalDate date, BigDecimal withoutTax, BigDecimal tax, BigDecimal invoiceTotal,
			Instant now) {
		this.status = Status.ISSUED;
		this.invoiceNumber = number;
		this.issueDate = date;
		this.amountWithoutTax = withoutTax;
		this.taxAmount = tax;
		this.invoiceTotal = invoiceTotal;
		this.problems = null;
		this.issuedAt = now;
		this.updatedAt = now;
	}

	void refused(String problems, Instant now) {
		this.status = Status.REFUSED;
		this.problems = (problems == null || problems.isBlank()) ? null
				: problems.substring(0, Math.min(problems.length(), 2000));
		this.updatedAt = now;
	}

	/** The refusal's reasons: message keys of {@code messages/invoice}, in form order. */
	public List<String> getProblemKeys() {
		if (this.problems == null) {
			return List.of();
		}
		return Arrays.stream(this.problems.split(",")).map(String::strip).filter((p) -> !p.isEmpty()).toList();
	}

	/** Tax number and account as lists show them: the last four characters only. */
	public String getMaskedTaxNumber() {
		return mask(this.taxNumber);
	}

	public String getMaskedBankAccount() {
		return mask(this.bankAccount);
	}

	public String getMaskedPhone() {
		return mask(this.phone);
	}

	static String mask(String value) {
		if (value == null || value.isBlank()) {
			return "";
		}
		return (value.length() <= 4) ? "****" : "****" + value.substring(value.length() - 4);
	}

	private static String strip(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public Long getId() {
		return this.id;
	}

	public Long getOrderId() {
		return this.orderId;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public Status getStatus() {
		return this.status;
	}

	public String getKind() {
		return this.kind;
	}

	public String getBuyerKind() {
		return this.buyerKind;
	}

	public String getTitle() {
		return this.title;
	}

	public String getTaxNumber() {
		return this.taxNumber;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getEmail() {
		return this.email;
	}

	public String getAddress() {
		return this.address;
	}

	public String getBankName() {
		return this.bankName;
	}

	public String getBankAccount() {
		return this.bankAccount;
	}

	public BigDecimal getTotal() {
		return this.total;
	}

	public String getCaseId() {
		return this.caseId;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public String getInvoiceNumber() {
		return this.invoiceNumber;
	}

	public LocalDate getIssueDate() {
		return this.issueDate;
	}

	public BigDecimal getAmountWithoutTax() {
		return this.amountWithoutTax;
	}

	public BigDecimal getTaxAmount() {
		return this.taxAmount;
	}

	public BigDecimal getInvoiceTotal() {
		return this.invoiceTotal;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public Instant getIssuedAt() {
		return this.issuedAt;
	}

	/** No tax number, phone, e-mail or account in full: this text may reach a log. */
	@Override
	public String toString() {
		return "OrderInvoice[order=" + this.orderId + ", status=" + this.status + ", kind=" + this.kind + ", case="
				+ this.caseId + ", taxNumber=" + mask(this.taxNumber) + ", bankAccount=" + mask(this.bankAccount) + "]";
	}

}
