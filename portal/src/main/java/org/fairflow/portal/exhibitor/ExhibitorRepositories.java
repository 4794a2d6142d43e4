package org.fairflow.portal.exhibitor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InvitationBatchRepository extends JpaRepository<InvitationBatch, Long> {

	List<InvitationBatch> findByOrganisationIdOrderByCreatedAtDescIdDesc(Long organisationId);

}

interface InvitationCodeRepository
		extends JpaRepository<InvitationCode, Long>, JpaSpecificationExecutor<InvitationCode> {

	boolean existsByCode(String code);

	/** The code's row, locked until the transaction ends: one registration at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from InvitationCode c where c.code = :code")
	Optional<InvitationCode> lockByCode(@Param("code") String code);

	/**
	 * Locked as above: a revocation and a registration of one code never both succeed.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from InvitationCode c where c.id = :id")
	Optional<InvitationCode> lockById(@Param("id") Long id);

}

interface ExhibitorRepository extends JpaRepository<Exhibitor, Long> {

	Optional<Exhibitor> findByUnitId(Long unitId);

	boolean existsByUnitId(Long unitId);

	List<Exhibitor> findAllByIdIn(Collection<Long> ids);

	/**
	 * One inviter's exhibitors, newest first, whose unit's name (either language) or
	 * credit code, or whose contact, contains {@code pattern} (a lower-case LIKE pattern,
	 * {@code !} escapes). The unit's columns are read here only to filter: a search must
	 * narrow the page, not the rows after it.
	 */
	@Query(value = """
			select e.* from exhibitor e join unit u on u.id = e.unit_id
			where e.inviter_org_id = :org
			  and (:pattern = '' or lower(u.name_zh) like :pattern escape '!' or lower(u.name_en) like :pattern escape '!'
			       or lower(u.credit_code) like :pattern escape '!' or lower(e.contact_name) like :pattern escape '!')
			order by e.registered_at desc, e.id desc""",
			countQuery = """
					select count(*) from exhibitor e join unit u on u.id = e.unit_id
					where e.inviter_org_id = :org
					  and (:pattern = '' or lower(u.name_zh) like :pattern escape '!' or lower(u.name_en) like :pattern escape '!'
					       or lower(u.credit_code) like :pattern escape '!' or lower(e.contact_name) like :pattern escape '!')""",
			nativeQuery = true)
	Page<Exhibitor> searchInvitedBy(@Param("org") Long orgId, @Param("pattern") String pattern, Pageable pageable);

}
