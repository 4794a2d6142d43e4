package org.fairflow.portal.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PaymentItemRepository extends JpaRepository<PaymentItem, Long> {

	/** The case's badge fee item (an upgrade's item is asked for by its purpose). */
	default Optional<PaymentItem> findByCaseId(String caseId) {
		return findByCaseIdAndPurpose(caseId, PaymentItem.Purpose.BADGE);
	}

	Optional<PaymentItem> findByCaseIdAndPurpose(String caseId, PaymentItem.Purpose purpose);

	List<PaymentItem> findByOrderIdOrderByIdAsc(Long orderId);

	Page<PaymentItem> findByUnitIdAndStatusAndOrderIdIsNull(Long unitId, PaymentItem.Status status, Pageable pageable);

	List<PaymentItem> findByUnitIdAndStatusOrderByIdAsc(Long unitId, PaymentItem.Status status);

	List<PaymentItem> findByUnitIdAndIdInOrderByIdAsc(Long unitId, Collection<Long> ids);

	/**
	 * Puts open items without an order on one: the condition makes two concurrent orders
	 * of the same item impossible (the second one updates fewer rows).
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update PaymentItem i set i.orderId = ?1, i.updatedAt = ?4 where i.unitId = ?2 "
			+ "and i.id in ?3 and i.status = org.fairflow.portal.payment.PaymentItem.Status.OPEN and i.orderId is null")
	int attach(Long orderId, Long unitId, Collection<Long> itemIds, Instant now);

	@Query("select coalesce(sum(i.fee), 0) from PaymentItem i where i.orderId = ?1 "
			+ "and i.status = org.fairflow.portal.payment.PaymentItem.Status.OPEN")
	BigDecimal openTotal(Long orderId);

}

interface PaymentOrderRepository extends JpaRepository<PaymentOrder, Long> {

	Optional<PaymentOrder> findByIdAndUnitId(Long id, Long unitId);

	Page<PaymentOrder> findByUnitId(Long unitId, Pageable pageable);

	List<PaymentOrder> findByStatusAndPaidAtGreaterThanEqualAndPaidAtLessThanOrderByPaidAtAscIdAsc(
			PaymentOrder.Status status, Instant from, Instant to);

}

interface PaymentReceiptRepository extends JpaRepository<PaymentReceipt, Long> {

}
