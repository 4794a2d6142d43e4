package org.fairflow.portal.badge;

import java.util.List;
import java.util.Optional;

import org.fairflow.portal.quota.BadgeType;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/**
 * Read-only access to persons across units for reviewers; the filters are
 * {@link Specification}s so that the page and its counts share one definition.
 */
interface PersonOverviewRepository extends Repository<Person, Long>, JpaSpecificationExecutor<Person>, PersonTallies {

	Optional<Person> findById(Long id);

}

/** Counting persons by status and badge type in one query. */
interface PersonTallies {

	List<Tally> tally(Specification<Person> filter);

	/** How many persons matched with this status and badge type. */
	record Tally(PersonStatus status, BadgeType type, long count) {
	}

	List<UnitTally> tallyByUnit(Specification<Person> filter);

	/** How many persons of a unit matched with this status and badge type. */
	record UnitTally(long unitId, PersonStatus status, BadgeType type, long count) {
	}

}
