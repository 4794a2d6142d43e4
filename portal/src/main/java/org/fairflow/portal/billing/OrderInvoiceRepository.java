package org.fairflow.portal.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrderInvoiceRepository extends JpaRepository<OrderInvoice, Long> {

	Optional<OrderInvoice> findByOrderId(Long orderId);

	List<OrderInvoice> findByOrderIdIn(List<Long> orderIds);

	Optional<OrderInvoice> findByCaseId(String caseId);

	Page<OrderInvoice> findByStatus(OrderInvoice.Status status, Pageable pageable);

	Page<OrderInvoice> findByStatusAndIssueDate(OrderInvoice.Status status, LocalDate issueDate, Pageable pageable);

}
