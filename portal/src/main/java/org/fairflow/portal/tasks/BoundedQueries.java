package org.fairflow.portal.tasks;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaRoot;
import org.hibernate.query.criteria.JpaSubQuery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/**
 * Pages and counts of task rows whose cost does not grow with the number of open tasks:
 * an exact count reads every matching row, so counts stop at a limit and a page knows
 * only whether more rows follow it.
 */
@Component
class BoundedQueries {

	private final EntityManager entities;

	BoundedQueries(EntityManager entities) {
		this.entities = entities;
	}

	/**
	 * One page of rows in the pageable's order. Its total is exact up to {@code limit}
	 * rows or up to the row after the page, whichever is further; beyond, it is that
	 * bound plus one (shown as "more than").
	 */
	Page<HumanTask> page(Specification<HumanTask> spec, Pageable pageable, int limit) {
		CriteriaBuilder cb = this.entities.getCriteriaBuilder();
		CriteriaQuery<HumanTask> query = cb.createQuery(HumanTask.class);
		Root<HumanTask> root = query.from(HumanTask.class);
		query.select(root).where(spec.toPredicate(root, query, cb));
		query.orderBy(QueryUtils.toOrders(pageable.getSort(), root, cb));
		List<HumanTask> rows = this.entities.createQuery(query)
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize())
			.getResultList();
		long bound = Math.max(limit, pageable.getOffset() + pageable.getPageSize());
		return PageableExecutionUtils.getPage(rows, pageable, () -> countUpTo(spec, bound));
	}

	/**
	 * The number of matching rows when it is at most {@code limit}, else
	 * {@code limit + 1}: counts the rows of a sub-select that stops after that many, so
	 * the database reads no more of them and sends back one number.
	 */
	long countUpTo(Specification<HumanTask> spec, long limit) {
		HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) this.entities.getCriteriaBuilder();
		JpaCriteriaQuery<Long> query = cb.createQuery(Long.class);
		JpaSubQuery<Long> ids = query.subquery(Long.class);
		JpaRoot<HumanTask> matching = ids.from(HumanTask.class);
		ids.select(matching.get("id")).where(spec.toPredicate(matching, query, cb)).fetch(limit + 1);
		Root<HumanTask> task = query.from(HumanTask.class);
		query.select(cb.count(task)).where(task.get("id").in(ids));
		return this.entities.createQuery(query).getSingleResult();
	}

}
