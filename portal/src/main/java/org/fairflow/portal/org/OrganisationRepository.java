package org.fairflow.portal.org;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	List<Organisation> findAllByOrderByIdAsc();

	boolean existsByCode(String code);

}
