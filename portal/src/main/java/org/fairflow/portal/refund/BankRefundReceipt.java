package org.fairflow.portal.refund;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.fairflow.portal.payment.ReceiptFile;

/**
 * Finance's proof that the money of a transfer refund went back, with the bank's
 * reference.
 */
@Entity
@Table(name = "refund_bank_receipt")
class BankRefundReceipt {

	@Id
	@Column(name = "refund_id")
	private Long refundId;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(nullable = false)
	private byte[] content;

	@Column(name = "bank_reference")
	private String bankReference;

	@Column(name = "uploaded_by", nullable = false)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected BankRefundReceipt() {
	}

	BankRefundReceipt(Long refundId) {
		this.refundId = refundId;
	}

	void replace(ReceiptFile file, String username) {
		this.fileName = file.fileName();
		this.contentType = file.contentType();
		this.content = file.content();
		this.uploadedBy = username;
		this.uploadedAt = Instant.now();
	}

	void bankReference(String reference) {
		this.bankReference = reference;
	}

	public Long getRefundId() {
		return this.refundId;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getContentType() {
		return this.contentType;
	}

	public byte[] getContent() {
		return this.content;
	}

	public String getBankReference() {
		return this.bankReference;
	}

	public String getUploadedBy() {
		return this.uploadedBy;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

}
