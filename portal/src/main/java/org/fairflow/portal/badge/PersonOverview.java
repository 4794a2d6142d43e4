package org.fairflow.portal.badge;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import org.fairflow.portal.quota.BadgeType;
import org.fairflow.portal.unit.UnitDirectory.RegisteredUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Persons across the units of a reviewer's scope, filtered, paged newest first and
 * counted. The status counts ignore the status filter and the type counts the type
 * filter, so that every chip tells how many a click on it would show.
 */
@Service
@Transactional(readOnly = true)
class PersonOverview {

	static final int PAGE_SIZE = 20;

	private final PersonOverviewRepository persons;

	private final PersonPhotoRepository photos;

	private final ZoneId zone;

	PersonOverview(PersonOverviewRepository persons, PersonPhotoRepository photos,
			@Value("${fairflow.fair.zone:Asia/Shanghai}") ZoneId zone) {
		this.persons = persons;
		this.photos = photos;
		this.zone = zone;
	}

	Result search(ReviewScope scope, OverviewFilter filter, int page) {
		PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "id"));
		Page<Person> found = this.persons.findAll(matching(scope, filter, true, this.zone), request);
		Map<PersonStatus, Long> byStatus = zeros(PersonStatus.class, PersonStatus.values());
		Map<BadgeType, Long> byType = zeros(BadgeType.class, BadgeType.values());
		for (PersonTallies.Tally tally : this.persons.tally(matching(scope, filter, false, this.zone))) {
			if (filter.type() == null || filter.type() == tally.type()) {
				byStatus.merge(tally.status(), tally.count(), Long::sum);
			}
			if (filter.status() == null || filter.status() == tally.status()) {
				byType.merge(tally.type(), tally.count(), Long::sum);
			}
		}
		return new Result(found, byStatus, byType);
	}

	/** A person of the scope; any other is not found. */
	Optional<Person> find(ReviewScope scope, long id) {
		return this.persons.findById(id).filter((p) -> scope.everything() || scope.covers(p.getUnitId()));
	}

	Optional<byte[]> photo(ReviewScope scope, long id) {
		return find(scope, id).filter(Person::isHasPhoto)
			.flatMap((p) -> this.photos.findById(p.getId()))
			.map(PersonPhotoRecord::getContent);
	}

	/**
	 * The filter as a query; without {@code withFacets} the status and type filters are
	 * left out (the counts apply them themselves).
	 */
	/**
	 * Persons matching the filter by the organisation their unit belongs to, status and
	 * type: the statistics' counts, over the overview's own query.
	 */
	List<PersonTallies.UnitTally> tallyByUnit(ReviewScope scope, OverviewFilter filter) {
		return this.persons.tallyByUnit(matching(scope, filter, true, this.zone));
	}

	/** Persons matching the filter by the day (fair's zone) they were entered. */
	Map<LocalDate, Long> perDay(ReviewScope scope, OverviewFilter filter) {
		Map<LocalDate, Long> days = new TreeMap<>();
		this.persons.findAll(matching(scope, filter, true, this.zone))
			.forEach((p) -> days.merge(p.getCreatedAt().atZone(this.zone).toLocalDate(), 1L, Long::sum));
		return days;
	}

	private static Specification<Person> matching(ReviewScope scope, OverviewFilter filter, boolean withFacets,
			ZoneId zone) {
		return (person, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (!scope.everything()) {
				where.add(in(person.get("unitId"), scope.units().keySet(), cb));
			}
			if (filter.unitId() != null) {
				where.add(cb.equal(person.get("unitId"), filter.unitId()));
			}
			if (filter.orgId() != null) {
				where.add(in(person.get("unitId"), scope.unitsUnder(filter.orgId()), cb));
			}
			if (filter.category() != null || filter.edition() != null) {
				where.add(in(person.get("unitId"),
						scope.units()
							.values()
							.stream()
							.filter(filter::admits)
							.map(RegisteredUnit::id)
							.collect(Collectors.toSet()),
						cb));
			}
			if (filter.stage() != null) {
				where.add(person.get("status").in(filter.stage().statuses()));
			}
			if (filter.since() != null) {
				where.add(cb.greaterThanOrEqualTo(person.get("createdAt"),
						filter.since().atStartOfDay(zone).toInstant()));
			}
			if (filter.until() != null) {
				where.add(cb.lessThan(person.get("createdAt"),
						filter.until().plusDays(1).atStartOfDay(zone).toInstant()));
			}
			if (filter.name() != null) {
				String like = "%" + escape(filter.name().toLowerCase()) + "%";
				where.add(cb.or(cb.like(cb.lower(person.get("nameZh")), like, '\\'),
						cb.like(cb.lower(person.get("nameEn")), like, '\\')));
			}
			if (filter.from() != null) {
				where.add(cb.greaterThanOrEqualTo(person.get("entryTo"), filter.from()));
			}
			if (filter.to() != null) {
				where.add(cb.lessThanOrEqualTo(person.get("entryFrom"), filter.to()));
			}
			if (withFacets && filter.status() != null) {
				where.add(cb.equal(person.get("status"), filter.status()));
			}
			if (withFacets && filter.type() != null) {
				where.add(cb.equal(person.get("badgeType"), filter.type()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static Predicate in(Expression<?> path, Set<Long> ids, CriteriaBuilder cb) {
		return ids.isEmpty() ? cb.disjunction() : path.in(ids);
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type, E[] values) {
		Map<E, Long> map = new EnumMap<>(type);
		for (E value : values) {
			map.put(value, 0L);
		}
		return map;
	}

	/** One page of persons and the counts for the filter. */
	record Result(Page<Person> page, Map<PersonStatus, Long> statusCounts, Map<BadgeType, Long> typeCounts) {
	}

}
