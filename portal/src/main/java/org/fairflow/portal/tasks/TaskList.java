package org.fairflow.portal.tasks;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.query.BoundedQueries;
import org.fairflow.portal.query.BoundedQueries.Count;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.web.Formats;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewer's task list as queries: what a person sees under a filter, one query per
 * page over the task rows (the applicant is copied onto them), the count of each mode,
 * and the next task to open after a decision.
 */
@Component
class TaskList {

	/** How far down the list the next task a person may act on is looked for. */
	private static final int NEXT_WINDOW = 50;

	private final HumanTaskRepository tasks;

	private final Organisations organisations;

	private final BoundedQueries bounded;

	private final int countLimit;

	private final ZoneId zone;

	TaskList(HumanTaskRepository tasks, Organisations organisations, BoundedQueries bounded, Formats formats,
			@Value("${fairflow.tasks.count-limit:" + BoundedQueries.LIMIT + "}") int countLimit) {
		this.tasks = tasks;
		this.organisations = organisations;
		this.bounded = bounded;
		this.countLimit = countLimit;
		this.zone = formats.zone();
	}

	/**
	 * A page of the list. Its total is exact up to the count limit (or the page); beyond,
	 * it is one more than that, which {@link #total} shows as "more than".
	 */
	@Transactional(readOnly = true)
	Page<HumanTask> page(PortalUser user, InboxFilter filter, Pageable pageable) {
		Specification<HumanTask> spec = spec(scope(user, filter), user, filter);
		if (pageable.isUnpaged()) {
			return this.tasks.findAll(spec, pageable);
		}
		return this.bounded.page(HumanTask.class, spec,
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), filter.order()), this.countLimit);
	}

	/**
	 * How many tasks each mode lists under the rest of the filter (the tabs' badges), up
	 * to the count limit.
	 */
	@Transactional(readOnly = true)
	Map<String, Count> counts(PortalUser user, InboxFilter filter) {
		Set<Long> scope = scope(user, filter);
		Map<String, Count> counts = new LinkedHashMap<>();
		for (String mode : InboxFilter.MODES) {
			counts.put(mode,
					this.bounded.count(HumanTask.class, spec(scope, user, filter.withMode(mode)), this.countLimit));
		}
		return counts;
	}

	/** The total of a page as the list shows it: exact, or "more than" the limit. */
	Count total(Page<HumanTask> page) {
		return BoundedQueries.total(page, this.countLimit);
	}

	/**
	 * The first task of the list this person may decide (offered to them, not claimed by
	 * another), other than the one just decided.
	 */
	@Transactional(readOnly = true)
	Optional<HumanTask> next(PortalUser user, InboxFilter filter, long decidedId) {
		return page(user, filter, PageRequest.of(0, NEXT_WINDOW)).stream()
			.filter((t) -> t.getId() != decidedId && t.offeredTo(user.groups()))
			.filter((t) -> t.getClaimedBy() == null || t.getClaimedBy().equals(user.getUsername()))
			.findFirst();
	}

	/**
	 * The organisations whose reviews this person sees: none unless a reviewer of an
	 * organisation still active.
	 */
	Set<Long> reviewScope(PortalUser user) {
		boolean active = this.organisations.find(user.organisationId()).map(Organisation::isActive).orElse(false);
		return (user.role().reviews() && active) ? this.organisations.subtree(user.organisationId()) : new HashSet<>();
	}

	/** Groups of a role rather than of an organisation or unit ({@code finance}). */
	static List<String> roleGroups(PortalUser user) {
		return user.groups().stream().filter((g) -> !g.startsWith("org:") && !g.startsWith("unit:")).toList();
	}

	/** The organisations whose tasks the filter shows this person. */
	private Set<Long> scope(PortalUser user, InboxFilter filter) {
		Set<Long> scope = reviewScope(user);
		if (filter.org() != null) {
			scope.retainAll(this.organisations.subtree(filter.org()));
		}
		return scope;
	}

	private Specification<HumanTask> spec(Set<Long> scope, PortalUser user, InboxFilter filter) {
		return (root, query, cb) -> {
			Predicate byScope = cb.and(cb.like(root.get("candidateGroups"), "org:%"),
					scope.isEmpty() ? cb.disjunction() : root.get("scopeOrgId").in(scope));
			// A role's tasks (finance) are offered to its group, whatever the
			// organisation.
			byScope = cb.or(byScope, offeredToAny(root, cb, roleGroups(user)));
			Predicate p = cb.and(cb.equal(root.get("status"), HumanTask.Status.OPEN), byScope);
			if (filter.flow() != null) {
				p = cb.and(p, cb.equal(root.get("flow"), filter.flow()));
			}
			p = cb.and(p, mode(root, cb, user, filter.mode()));
			ZoneId zone = this.zone;
			if (filter.from() != null) {
				p = cb.and(p,
						cb.greaterThanOrEqualTo(root.get("createdAt"), filter.from().atStartOfDay(zone).toInstant()));
			}
			if (filter.to() != null) {
				p = cb.and(p,
						cb.lessThan(root.get("createdAt"), filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
			}
			return (filter.q() != null) ? cb.and(p, search(root, cb, filter.q())) : p;
		};
	}

	private static Predicate mode(Root<HumanTask> root, CriteriaBuilder cb, PortalUser user, String mode) {
		return switch (mode) {
			// Only what this person could take: a task of the subtree offered to another
			// level stays under "all".
			case "unclaimed" -> cb.and(cb.isNull(root.get("claimedBy")), offeredToAny(root, cb, user.groups()));
			case "mine" -> cb.equal(root.get("claimedBy"), user.getUsername());
			case "overdue" -> cb.lessThan(root.get("dueAt"), Instant.now());
			default -> cb.conjunction();
		};
	}

	private static Predicate offeredToAny(Root<HumanTask> root, CriteriaBuilder cb, List<String> groups) {
		Expression<String> padded = cb.concat(cb.concat(",", root.get("candidateGroups")), ",");
		Predicate offered = cb.disjunction();
		for (String group : groups) {
			offered = cb.or(offered, cb.like(padded, "%," + group + ",%"));
		}
		return offered;
	}

	/**
	 * Part of the applicant's or unit's name in either language, or the start of a credit
	 * code.
	 */
	private static Predicate search(Root<HumanTask> root, CriteriaBuilder cb, String q) {
		String name = "%" + escaped(q.toLowerCase(Locale.ROOT)) + "%";
		String code = escaped(q.replace(" ", "").toUpperCase(Locale.ROOT)) + "%";
		return cb.or(cb.like(cb.lower(root.get("applicantName")), name, '\\'),
				cb.like(cb.lower(root.get("applicantUnit")), name, '\\'),
				cb.like(cb.lower(root.get("applicantNameEn")), name, '\\'),
				cb.like(cb.lower(root.get("applicantUnitEn")), name, '\\'),
				cb.like(root.get("applicantCode"), code, '\\'));
	}

	private static String escaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
