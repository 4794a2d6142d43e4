package org.fairflow.portal.payment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bank-transfer receipt of an order, kept apart so lists never load it. */
@Entity
@Table(name = "payment_receipt")
class PaymentReceipt {

	@Id
	@Column(name = "order_id")
	private Long orderId;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private int sizeBytes;

	@Column(nullable = false)
	private byte[] content;

	@Column(name = "uploaded_by", nullable = false)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected PaymentReceipt() {
	}

	PaymentReceipt(Long orderId) {
		this.orderId = orderId;
	}

	void replace(ReceiptFile file, String uploadedBy) {
		this.fileName = file.fileName();
		this.contentType = file.contentType();
		this.sizeBytes = file.content().length;
		this.content = file.content();
		this.uploadedBy = uploadedBy;
		this.uploadedAt = Instant.now();
	}

	String getFileName() {
		return this.fileName;
	}

	String getContentType() {
		return this.contentType;
	}

	byte[] getContent() {
		return this.content;
	}

}
