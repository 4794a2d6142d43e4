package org.fairflow.portal.badge;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;
import org.fairflow.portal.quota.BadgeType;
import org.fairflow.portal.query.BoundedQueries;
import org.fairflow.portal.query.BoundedQueries.Count;
import org.fairflow.portal.unit.UnitDirectory.UnitSelection;

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

	private final BoundedQueries bounded;

	private final int countLimit;

	private final ZoneId zone;

	PersonOverview(PersonOverviewRepository persons, PersonPhotoRepository photos, BoundedQueries bounded,
			@Value("${fairflow.badge.overview-count-limit:" + BoundedQueries.LIMIT + "}") int countLimit,
			@Value("${fairflow.fair.zone:Asia/Shanghai}") ZoneId zone) {
		this.persons = persons;
		this.photos = photos;
		this.bounded = bounded;
		this.countLimit = countLimit;
		this.zone = zone;
	}

	/**
	 * A page of persons and the chips' counts. With at most the count limit (1,000) of
	 * persons under the other filters the chips are counted exactly in one grouped query;
	 * beyond, each chip counts only up to the limit ("1000+"), so neither grows with the
	 * fair.
	 */
	Result search(ReviewScope scope, OverviewFilter filter, int page) {
		PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "id"));
		Page<Person> found = this.bounded.page(Person.class, matching(scope, filter, true, this.zone), request,
				this.countLimit);
		Count all = this.bounded.count(Person.class, matching(scope, filter, false, this.zone), this.countLimit);
		Map<PersonStatus, Count> byStatus = new EnumMap<>(PersonStatus.class);
		Map<BadgeType, Count> byType = new EnumMap<>(BadgeType.class);
		if (all.more()) {
			for (PersonStatus status : PersonStatus.values()) {
				byStatus.put(status, this.bounded.count(Person.class,
						matching(scope, filter.withStatus(status), true, this.zone), this.countLimit));
			}
			for (BadgeType type : BadgeType.values()) {
				byType.put(type, this.bounded.count(Person.class,
						matching(scope, filter.withType(type), true, this.zone), this.countLimit));
			}
		}
		else {
			exactCounts(scope, filter, byStatus, byType);
		}
		return new Result(found, BoundedQueries.total(found, this.countLimit), byStatus, byType);
	}

	private void exactCounts(ReviewScope scope, OverviewFilter filter, Map<PersonStatus, Count> byStatus,
			Map<BadgeType, Count> byType) {
		Map<PersonStatus, Long> statuses = zeros(PersonStatus.class, PersonStatus.values());
		Map<BadgeType, Long> types = zeros(BadgeType.class, BadgeType.values());
		for (PersonTallies.Tally tally : this.persons.tally(matching(scope, filter, false, this.zone))) {
			if (filter.type() == null || filter.type() == tally.type()) {
				statuses.merge(tally.status(), tally.count(), Long::sum);
			}
			if (filter.status() == null || filter.status() == tally.status()) {
				types.merge(tally.type(), tally.count(), Long::sum);
			}
		}
		statuses.forEach((status, count) -> byStatus.put(status, new Count(count, false)));
		types.forEach((type, count) -> byType.put(type, new Count(count, false)));
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
	 * Persons matching the filter by the organisation their unit belongs to, status and
	 * type: the statistics' counts, over the overview's own query.
	 */
	List<PersonTallies.UnitTally> tallyByUnit(ReviewScope scope, OverviewFilter filter) {
		return this.persons.tallyByUnit(matching(scope, filter, true, this.zone));
	}

	/**
	 * The filter as a query; without {@code withFacets} the status and type filters are
	 * left out (the counts apply them themselves).
	 */
	private static Specification<Person> matching(ReviewScope scope, OverviewFilter filter, boolean withFacets,
			ZoneId zone) {
		return (person, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			UnitSelection units = scope.selection(filter);
			if (units != null) {
				where.add(person.get("unitId").in(scope.unitIds(query, cb, units)));
			}
			if (filter.unitId() != null) {
				where.add(cb.equal(person.get("unitId"), filter.unitId()));
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
	record Result(Page<Person> page, Count total, Map<PersonStatus, Count> statusCounts,
			Map<BadgeType, Count> typeCounts) {
	}

}
