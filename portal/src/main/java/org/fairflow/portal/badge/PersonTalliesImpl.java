package org.fairflow.portal.badge;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.fairflow.portal.quota.BadgeType;

import org.springframework.data.jpa.domain.Specification;

/**
 * The group-by query behind the overview's counts (Spring Data's specification executor
 * only counts totals). Found by Spring Data through its name.
 */
class PersonTalliesImpl implements PersonTallies {

	private final EntityManager entityManager;

	PersonTalliesImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public List<Tally> tally(Specification<Person> filter) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<Person> person = query.from(Person.class);
		query.multiselect(person.get("status"), person.get("badgeType"), cb.count(person))
			.groupBy(person.get("status"), person.get("badgeType"));
		Predicate predicate = filter.toPredicate(person, query, cb);
		if (predicate != null) {
			query.where(predicate);
		}
		return this.entityManager.createQuery(query)
			.getResultList()
			.stream()
			.map((row) -> new Tally(row.get(0, PersonStatus.class), row.get(1, BadgeType.class),
					row.get(2, Long.class)))
			.toList();
	}

	@Override
	public List<UnitTally> tallyByUnit(Specification<Person> filter) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<Person> person = query.from(Person.class);
		query.multiselect(person.get("unitId"), person.get("status"), person.get("badgeType"), cb.count(person))
			.groupBy(person.get("unitId"), person.get("status"), person.get("badgeType"));
		Predicate predicate = filter.toPredicate(person, query, cb);
		if (predicate != null) {
			query.where(predicate);
		}
		return this.entityManager.createQuery(query)
			.getResultList()
			.stream()
			.map((row) -> new UnitTally(row.get(0, Long.class), row.get(1, PersonStatus.class),
					row.get(2, BadgeType.class), row.get(3, Long.class)))
			.toList();
	}

}
