package org.fairflow.portal.refund;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One item of a refund request, as it stood when the unit asked. */
@Entity
@Table(name = "refund_line")
class RefundLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "refund_id", nullable = false, updatable = false)
	private Long refundId;

	@Column(name = "item_id", nullable = false, updatable = false)
	private Long itemId;

	@Column(name = "case_id", nullable = false, updatable = false)
	private String caseId;

	@Column(name = "person_name", nullable = false, updatable = false)
	private String personName;

	@Column(nullable = false, updatable = false)
	private BigDecimal amount;

	@Column(name = "ended_as", nullable = false, updatable = false)
	private String endedAs;

	protected RefundLine() {
	}

	RefundLine(Long refundId, Long itemId, String caseId, String personName, BigDecimal amount, EndedAs endedAs) {
		this.refundId = refundId;
		this.itemId = itemId;
		this.caseId = caseId;
		this.personName = personName;
		this.amount = amount;
		this.endedAs = endedAs.name();
	}

	public Long getId() {
		return this.id;
	}

	public Long getRefundId() {
		return this.refundId;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public String getCaseId() {
		return this.caseId;
	}

	public String getPersonName() {
		return this.personName;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public String getEndedAs() {
		return this.endedAs;
	}

}
