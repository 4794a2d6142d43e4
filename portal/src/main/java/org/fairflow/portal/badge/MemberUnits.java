package org.fairflow.portal.badge;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.Organisations;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member units (会员单位) an organiser keeps: a unit is a member when its Chinese or
 * English name matches a listed name exactly, once both are trimmed and full-width
 * characters read as half-width (NFKC), so "矿业（集团）" matches "矿业(集团)". What a member pays
 * is the DMN {@code badge-upgrade-fee}'s business, not this list's.
 */
@Service
@Transactional
class MemberUnits {

	private final MemberUnitRepository members;

	private final Organisations organisations;

	MemberUnits(MemberUnitRepository members, Organisations organisations) {
		this.members = members;
		this.organisations = organisations;
	}

	/** Puts a name on the organiser's list; a name already there is kept once. */
	void add(Long organiserId, String name) {
		String normalised = normalise(name);
		if (normalised.isEmpty()) {
			throw new IllegalArgumentException("A member unit needs a name");
		}
		if (!this.members.existsByOrganiserIdAndNormalisedNameIn(organiserId, List.of(normalised))) {
			this.members.save(new MemberUnit(organiserId, name.strip(), normalised, Instant.now()));
		}
	}

	/** Whether the organiser above this organisation keeps a member list at all. */
	@Transactional(readOnly = true)
	boolean listKept(Long organisationId) {
		return this.members.existsByOrganiserId(organiserOf(organisationId));
	}

	/** Whether a unit of this organisation is on its organiser's member list by name. */
	@Transactional(readOnly = true)
	boolean isMember(Long organisationId, String nameZh, String nameEn) {
		List<String> names = Stream.of(nameZh, nameEn)
			.filter(Objects::nonNull)
			.map(MemberUnits::normalise)
			.filter((n) -> !n.isEmpty())
			.toList();
		return !names.isEmpty()
				&& this.members.existsByOrganiserIdAndNormalisedNameIn(organiserOf(organisationId), names);
	}

	/** Trimmed, full-width read as half-width (NFKC): the form names are compared in. */
	static String normalise(String name) {
		return (name == null) ? "" : Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
	}

	/** The root of the organisation's tree: the organiser. */
	private Long organiserOf(Long organisationId) {
		Long id = organisationId;
		for (int depth = 0; depth < 10; depth++) {
			Organisation org = this.organisations.find(id).orElse(null);
			if (org == null || org.getParentId() == null) {
				return id;
			}
			id = org.getParentId();
		}
		return id;
	}

}
