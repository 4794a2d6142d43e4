package org.fairflow.portal.badge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Subquery;
import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.unit.UnitCategory;
import org.fairflow.portal.unit.UnitDirectory;
import org.fairflow.portal.unit.UnitDirectory.RegisteredUnit;
import org.fairflow.portal.unit.UnitDirectory.SubSelect;
import org.fairflow.portal.unit.UnitDirectory.UnitSelection;

/**
 * What a reviewer may see of persons: the units registered to the delegations and
 * sub-delegations of its subtree. {@code everything} is the organiser's scope, which
 * needs no restriction by unit. Only the organisations are held (a handful); the units
 * stay in the database and are read as a sub-select of each query, or looked up by id for
 * the rows a page shows. One scope serves one request.
 */
final class ReviewScope {

	/** At most this many units are offered in the overview's unit filter. */
	static final int UNIT_CHOICES = 500;

	private final boolean everything;

	private final Map<Long, Organisation> organisations;

	private final UnitDirectory directory;

	private final Map<Long, Optional<RegisteredUnit>> looked = new HashMap<>();

	ReviewScope(boolean everything, List<Organisation> organisations, UnitDirectory directory) {
		this.everything = everything;
		this.organisations = new LinkedHashMap<>();
		organisations.forEach((o) -> this.organisations.put(o.getId(), o));
		this.directory = directory;
	}

	boolean everything() {
		return this.everything;
	}

	/** The organisations of the scope, in tree order. */
	List<Organisation> organisations() {
		return List.copyOf(this.organisations.values());
	}

	Organisation organisation(Long orgId) {
		return (orgId != null) ? this.organisations.get(orgId) : null;
	}

	/** Whether the unit is registered to an organisation of the scope. */
	boolean covers(Long unitId) {
		RegisteredUnit unit = unit(unitId);
		return unit != null && this.organisations.containsKey(unit.organisationId());
	}

	/** A unit by id, read once per request. */
	RegisteredUnit unit(Long unitId) {
		if (unitId == null) {
			return null;
		}
		return this.looked.computeIfAbsent(unitId, (id) -> this.directory.findById(id)).orElse(null);
	}

	/** Reads the units of a page's (or an export batch's) rows in one query. */
	void lookUp(Collection<Long> unitIds) {
		Set<Long> missing = unitIds.stream()
			.filter((id) -> id != null && !this.looked.containsKey(id))
			.collect(Collectors.toSet());
		if (!missing.isEmpty()) {
			Map<Long, RegisteredUnit> found = this.directory.findByIds(missing);
			missing.forEach((id) -> this.looked.put(id, Optional.ofNullable(found.get(id))));
		}
	}

	/**
	 * The units a person must belong to: those of the scope, of the chosen organisation
	 * and its sub-delegations, of the statistics' category and edition; {@code null} when
	 * no unit restriction applies (the organiser, unfiltered).
	 */
	UnitSelection selection(OverviewFilter filter) {
		Set<Long> orgs = null;
		if (filter.orgId() != null) {
			orgs = under(filter.orgId());
		}
		else if (!this.everything) {
			orgs = this.organisations.keySet();
		}
		if (orgs == null && filter.category() == null && filter.edition() == null) {
			return null;
		}
		return new UnitSelection(orgs, filter.category(), filter.edition());
	}

	Subquery<Long> unitIds(CommonAbstractCriteria query, CriteriaBuilder cb, UnitSelection selection) {
		return this.directory.ids(query, cb, selection);
	}

	SubSelect unitIdsSql(UnitSelection selection) {
		return this.directory.idsSql(selection);
	}

	/** The sub-delegations a delegation reviewer or the organiser may filter by. */
	public List<Organisation> getChoosableOrganisations() {
		return (this.organisations.size() > 1) ? organisations() : List.of();
	}

	/**
	 * The units offered in the unit filter: of the chosen organisation, else of the
	 * scope; at most {@value #UNIT_CHOICES} (a note then asks to choose a delegation
	 * first), always with the chosen unit.
	 */
	UnitChoices unitChoices(OverviewFilter filter) {
		Set<Long> orgs = (filter.orgId() != null) ? under(filter.orgId()) : this.organisations.keySet();
		List<RegisteredUnit> units = this.directory.registeredToAny(orgs, UNIT_CHOICES + 1);
		boolean more = units.size() > UNIT_CHOICES;
		List<RegisteredUnit> offered = new ArrayList<>(units.subList(0, Math.min(units.size(), UNIT_CHOICES)));
		RegisteredUnit chosen = unit(filter.unitId());
		if (chosen != null && offered.stream().noneMatch((u) -> u.id().equals(chosen.id()))) {
			offered.add(0, chosen);
		}
		return new UnitChoices(offered, more, UNIT_CHOICES);
	}

	/**
	 * An organisation and the organisations right below it (the tree has at most two
	 * levels under the organiser).
	 */
	private Set<Long> under(Long orgId) {
		return this.organisations.values()
			.stream()
			.filter((o) -> o.getId().equals(orgId) || orgId.equals(o.getParentId()))
			.map(Organisation::getId)
			.collect(Collectors.toSet());
	}

	/**
	 * The unit filter's options, and whether the scope has more units than the
	 * {@code limit} offered.
	 */
	record UnitChoices(List<RegisteredUnit> units, boolean more, int limit) {
	}

}
