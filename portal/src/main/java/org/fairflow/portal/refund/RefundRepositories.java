package org.fairflow.portal.refund;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RefundRepository extends JpaRepository<Refund, Long> {

	Optional<Refund> findByIdAndUnitId(Long id, Long unitId);

	Page<Refund> findByUnitId(Long unitId, Pageable pageable);

	Page<Refund> findByState(Refund.State state, Pageable pageable);

	List<Refund> findByOrderIdOrderByIdAsc(Long orderId);

	@Query("select r from Refund r where r.state = ?1 and r.refundedAt >= ?2 and r.refundedAt < ?3 "
			+ "order by r.refundedAt, r.id")
	List<Refund> findRefundedBetween(Refund.State state, Instant from, Instant to);

}

interface RefundLineRepository extends JpaRepository<RefundLine, Long> {

	List<RefundLine> findByRefundIdOrderByIdAsc(Long refundId);

	List<RefundLine> findByRefundIdInOrderByIdAsc(Collection<Long> refundIds);

}

/**
 * The claims, by plain statements: an insert that fails on the primary key is the point.
 */
interface RefundClaimRepository extends JpaRepository<RefundClaimRow, Long> {

	/**
	 * Claims one item for a refund. Of two transactions claiming the same item the second
	 * waits for the first and then fails on the primary key (or finds it committed).
	 */
	@Modifying(flushAutomatically = true)
	@Query(value = "insert into refund_claim (item_id, refund_id, claimed_at) values (?1, ?2, ?3)", nativeQuery = true)
	int claim(Long itemId, Long refundId, Instant at);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "delete from refund_claim where refund_id = ?1", nativeQuery = true)
	int release(Long refundId);

	@Query(value = "select item_id from refund_claim where item_id in ?1", nativeQuery = true)
	List<Long> claimed(Collection<Long> itemIds);

}

interface PaybackRepository extends JpaRepository<Payback, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Payback p where p.refundId = ?1")
	Optional<Payback> lockByRefundId(Long refundId);

}

interface BankRefundReceiptRepository extends JpaRepository<BankRefundReceipt, Long> {

}
