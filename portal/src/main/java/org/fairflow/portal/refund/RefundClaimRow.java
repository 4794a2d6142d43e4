package org.fairflow.portal.refund;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An item claimed by a refund request: at most one per item (the primary key), so no item
 * is refunded twice. Written and deleted by {@link RefundClaimRepository}'s statements.
 */
@Entity
@Table(name = "refund_claim")
class RefundClaimRow {

	@Id
	@Column(name = "item_id")
	private Long itemId;

	@Column(name = "refund_id", nullable = false)
	private Long refundId;

	@Column(name = "claimed_at", nullable = false)
	private Instant claimedAt;

	protected RefundClaimRow() {
	}

	public Long getItemId() {
		return this.itemId;
	}

	public Long getRefundId() {
		return this.refundId;
	}

	public Instant getClaimedAt() {
		return this.claimedAt;
	}

}
