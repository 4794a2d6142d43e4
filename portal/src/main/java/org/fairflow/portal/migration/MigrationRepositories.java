package org.fairflow.portal.migration;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface MigrationRunRepository extends JpaRepository<MigrationRun, Long> {

	Page<MigrationRun> findAllByOrderByStartedAtDescIdDesc(Pageable pageable);

}

interface MigratedCaseRepository extends JpaRepository<MigratedCase, Long> {

	Page<MigratedCase> findByRunIdOrderByIdAsc(long runId, Pageable pageable);

}
