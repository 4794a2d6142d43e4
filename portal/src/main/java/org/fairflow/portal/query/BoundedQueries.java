package org.fairflow.portal.query;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaPath;
import org.hibernate.query.criteria.JpaRoot;
import org.hibernate.query.criteria.JpaSubQuery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/**
 * Pages and counts of a list whose cost does not grow with the list: an exact count reads
 * every matching row, so counts stop at a limit (shown as "1000+") and a page knows only
 * whether more rows follow it. For entities with an {@code id} attribute.
 */
@Component
public class BoundedQueries {

	/** Where counts stop unless a list says otherwise. */
	public static final int LIMIT = 1000;

	private final EntityManager entities;

	BoundedQueries(EntityManager entities) {
		this.entities = entities;
	}

	/**
	 * One page of rows in the pageable's order. Its total is exact up to {@code limit}
	 * rows or up to the row after the page, whichever is further; beyond, it is that
	 * bound plus one ({@link #total}).
	 */
	public <T> Page<T> page(Class<T> type, Specification<T> spec, Pageable pageable, int limit) {
		CriteriaBuilder cb = this.entities.getCriteriaBuilder();
		CriteriaQuery<T> query = cb.createQuery(type);
		Root<T> root = query.from(type);
		query.select(root).where(spec.toPredicate(root, query, cb));
		query.orderBy(QueryUtils.toOrders(pageable.getSort(), root, cb));
		List<T> rows = this.entities.createQuery(query)
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize())
			.getResultList();
		return PageableExecutionUtils.getPage(rows, pageable, () -> countUpTo(type, spec, bound(pageable, limit)));
	}

	/** The total of a page from {@link #page} as a list shows it. */
	public static Count total(Page<?> page, int limit) {
		return Count.of(page.getTotalElements(), bound(page.getPageable(), limit));
	}

	private static long bound(Pageable pageable, int limit) {
		return pageable.isPaged() ? Math.max(limit, pageable.getOffset() + pageable.getPageSize()) : Long.MAX_VALUE;
	}

	/**
	 * The number of matching rows when it is at most {@code limit}, else
	 * {@code limit + 1}: counts the rows of a sub-select in the from clause that stops
	 * after that many, so the database reads no more of them, reads them once (not again
	 * by id, as {@code id in (sub-select)} did) and sends back one number.
	 */
	public <T> long countUpTo(Class<T> type, Specification<T> spec, long limit) {
		HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) this.entities.getCriteriaBuilder();
		JpaCriteriaQuery<Long> query = cb.createQuery(Long.class);
		JpaSubQuery<Long> ids = query.subquery(Long.class);
		JpaRoot<T> matching = ids.from(type);
		JpaPath<Long> id = matching.get("id");
		// A sub-select in the from clause needs named columns.
		id.alias("id");
		ids.select(id).where(spec.toPredicate(matching, query, cb)).fetch(limit + 1);
		query.from(ids);
		query.select(cb.count());
		return this.entities.createQuery(query).getSingleResult();
	}

	/** {@link #countUpTo} as shown: exact, or "more than" the limit. */
	public <T> Count count(Class<T> type, Specification<T> spec, int limit) {
		return Count.of(countUpTo(type, spec, limit), limit);
	}

	/**
	 * A number of rows as a list shows it: exact, or {@code more} when there are more
	 * than {@code value}.
	 */
	public record Count(long value, boolean more) {

		public static Count of(long counted, long limit) {
			return (counted > limit) ? new Count(limit, true) : new Count(counted, false);
		}

		/** {@code 12}, or {@code 1000+}. */
		public String label() {
			return this.value + (this.more ? "+" : "");
		}

	}

}
