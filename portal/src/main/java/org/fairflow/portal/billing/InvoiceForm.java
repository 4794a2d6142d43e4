package org.fairflow.portal.billing;

import java.util.List;

import org.fairflow.workers.invoice.InvoiceRequest;

/**
 * What the payer types on the invoice form. The title is not taken from the post: it is
 * the payer's (the unit's registered name), whatever the browser sends.
 */
public class InvoiceForm {

	private String kind = InvoiceRequest.Kind.ORDINARY.name();

	private String buyerKind = InvoiceRequest.BuyerKind.UNIT.name();

	private String title;

	private String taxNumber;

	private String phone;

	private String email;

	private String address;

	private String bankName;

	private String bankAccount;

	/** The request for these lines; unknown kinds read as null and become messages. */
	InvoiceRequest toRequest(List<InvoiceRequest.Line> lines) {
		return new InvoiceRequest(kindOf(this.kind), buyerKindOf(this.buyerKind), this.title, this.taxNumber,
				this.phone, this.email, this.address, this.bankName, this.bankAccount, lines, InvoiceRequest.CNY);
	}

	private static InvoiceRequest.Kind kindOf(String value) {
		for (InvoiceRequest.Kind k : InvoiceRequest.Kind.values()) {
			if (k.name().equals(value)) {
				return k;
			}
		}
		return null;
	}

	private static InvoiceRequest.BuyerKind buyerKindOf(String value) {
		for (InvoiceRequest.BuyerKind k : InvoiceRequest.BuyerKind.values()) {
			if (k.name().equals(value)) {
				return k;
			}
		}
		return null;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getBuyerKind() {
		return this.buyerKind;
	}

	public void setBuyerKind(String buyerKind) {
		this.buyerKind = buyerKind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getTaxNumber() {
		return this.taxNumber;
	}

	public void setTaxNumber(String taxNumber) {
		this.taxNumber = taxNumber;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getBankName() {
		return this.bankName;
	}

	public void setBankName(String bankName) {
		this.bankName = bankName;
	}

	public String getBankAccount() {
		return this.bankAccount;
	}

	public void setBankAccount(String bankAccount) {
		this.bankAccount = bankAccount;
	}

}
