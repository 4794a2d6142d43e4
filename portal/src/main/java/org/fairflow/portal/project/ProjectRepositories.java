package org.fairflow.portal.project;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Project p where p.id = ?1")
	Optional<Project> lockById(Long id);

	boolean existsByNumber(String number);

}

interface ProjectRevisionRepository extends JpaRepository<ProjectRevision, Long> {

}
