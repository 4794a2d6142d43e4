package org.fairflow.portal.badge;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.unit.UnitDirectory.RegisteredUnit;

/**
 * What a reviewer may see of persons: the delegations and sub-delegations of its subtree
 * (in tree order) and the units registered to them, by id. {@code everything} is the
 * organiser's scope, which needs no restriction by unit.
 */
record ReviewScope(boolean everything, List<Organisation> organisations, Map<Long, RegisteredUnit> units) {

	boolean covers(Long unitId) {
		return unitId != null && this.units.containsKey(unitId);
	}

	RegisteredUnit unit(Long unitId) {
		return this.units.get(unitId);
	}

	Organisation organisation(Long orgId) {
		return this.organisations.stream().filter((o) -> o.getId().equals(orgId)).findFirst().orElse(null);
	}

	/** The sub-delegations a delegation reviewer or the organiser may filter by. */
	public List<Organisation> getChoosableOrganisations() {
		return (this.organisations.size() > 1) ? this.organisations : List.of();
	}

	public List<RegisteredUnit> getUnitList() {
		return List.copyOf(this.units.values());
	}

	/**
	 * The units of an organisation and of the organisations below it (the tree has at
	 * most two levels under the organiser).
	 */
	Set<Long> unitsUnder(Long orgId) {
		Set<Long> orgIds = this.organisations.stream()
			.filter((o) -> o.getId().equals(orgId) || orgId.equals(o.getParentId()))
			.map(Organisation::getId)
			.collect(Collectors.toSet());
		return this.units.values()
			.stream()
			.filter((u) -> orgIds.contains(u.organisationId()))
			.map(RegisteredUnit::id)
			.collect(Collectors.toSet());
	}

}
