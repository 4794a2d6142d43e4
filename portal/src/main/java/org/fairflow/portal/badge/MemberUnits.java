package org.fairflow.portal.badge;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.Organisations;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

	static final int MAX_NAME = 200;

	static final int MAX_LINES = 2000;

	static final int PAGE_SIZE = 20;

	private final MemberUnitRepository members;

	private final Organisations organisations;

	MemberUnits(MemberUnitRepository members, Organisations organisations) {
		this.members = members;
		this.organisations = organisations;
	}

	/** Puts a name on the organiser's list; a name already there is kept once. */
	void add(Long organiserId, String name) {
		Outcome outcome = addChecked(organiserId, name);
		if (outcome == Outcome.EMPTY || outcome == Outcome.TOO_LONG) {
			throw new IllegalArgumentException("Not a member unit name: " + outcome);
		}
	}

	/**
	 * Puts a name on the organiser's list, checked: trimmed and NFKC-normalised, at most
	 * {@value #MAX_NAME} characters, not on the list yet (as normalised).
	 */
	Outcome addChecked(Long organiserId, String name) {
		String normalised = normalise(name);
		if (normalised.isEmpty()) {
			return Outcome.EMPTY;
		}
		if (normalised.length() > MAX_NAME || name.strip().length() > MAX_NAME) {
			return Outcome.TOO_LONG;
		}
		if (this.members.existsByOrganiserIdAndNormalisedNameIn(organiserId, List.of(normalised))) {
			return Outcome.DUPLICATE;
		}
		this.members.save(new MemberUnit(organiserId, normalised, normalised, Instant.now()));
		return Outcome.ADDED;
	}

	/**
	 * Adds one name per line (blank lines skipped); reports what was added, what was on
	 * the list already (or twice in the text) and what is not a valid name.
	 */
	BulkReport addMany(Long organiserId, String text) {
		List<String> added = new ArrayList<>();
		List<String> duplicates = new ArrayList<>();
		List<String> invalid = new ArrayList<>();
		String[] lines = (text == null) ? new String[0] : text.split("\\R");
		if (lines.length > MAX_LINES) {
			throw new IllegalArgumentException("More than " + MAX_LINES + " lines");
		}
		for (String line : lines) {
			if (line.isBlank()) {
				continue;
			}
			switch (addChecked(organiserId, line)) {
				case ADDED -> added.add(normalise(line));
				case DUPLICATE -> duplicates.add(normalise(line));
				default -> invalid.add(shortened(line.strip()));
			}
		}
		return new BulkReport(added, duplicates, invalid);
	}

	/** The organiser's list, by name, optionally only names containing {@code query}. */
	@Transactional(readOnly = true)
	Page<MemberUnit> list(Long organiserId, String query, int page) {
		PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by("normalisedName", "id"));
		String q = normalise(query);
		return q.isEmpty() ? this.members.findByOrganiserId(organiserId, request)
				: this.members.findByOrganiserIdAndNormalisedNameContainingIgnoreCase(organiserId, q, request);
	}

	/** Takes a name off the organiser's list; false when it is not (any more) there. */
	boolean remove(Long organiserId, Long id) {
		return this.members.findByIdAndOrganiserId(id, organiserId).map((m) -> {
			this.members.delete(m);
			return true;
		}).orElse(false);
	}

	private static String shortened(String line) {
		return (line.length() > 40) ? line.substring(0, 40) + "…" : line;
	}

	/** What a checked addition did. */
	enum Outcome {

		ADDED, DUPLICATE, EMPTY, TOO_LONG

	}

	/** What pasting many names did, name by name. */
	record BulkReport(List<String> added, List<String> duplicates, List<String> invalid) {
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
	Long organiserOf(Long organisationId) {
		return this.organisations.root(organisationId).map(Organisation::getId).orElse(organisationId);
	}

}
