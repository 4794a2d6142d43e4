package org.fairflow.portal.badge;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeliveryAddressRepository extends JpaRepository<DeliveryAddressRecord, Long> {

	Optional<DeliveryAddressRecord> findByIdAndUnitId(Long id, Long unitId);

	List<DeliveryAddressRecord> findByUnitIdOrderByIdAsc(Long unitId);

	long countByUnitId(Long unitId);

	Optional<DeliveryAddressRecord> findByUnitIdAndDefaultAddressTrue(Long unitId);

	/**
	 * Locks the unit's row until the transaction ends, so changes to one unit's addresses
	 * (count and default) happen one after another.
	 */
	@Query(value = "select id from unit where id = ?1 for update", nativeQuery = true)
	Optional<Long> lockUnit(Long unitId);

}
