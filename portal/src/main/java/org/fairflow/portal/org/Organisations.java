package org.fairflow.portal.org;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The delegation tree: who belongs where, who reviews what, who may see what. */
@Service
@Transactional(readOnly = true)
public class Organisations {

	private final OrganisationRepository repository;

	Organisations(OrganisationRepository repository) {
		this.repository = repository;
	}

	public Optional<Organisation> find(Long id) {
		return (id == null) ? Optional.empty() : this.repository.findById(id);
	}

	public boolean isEmpty() {
		return this.repository.count() == 0;
	}

	@Transactional
	public Organisation create(String code, String nameZh, String nameEn, OrganisationKind kind, Long parentId) {
		return this.repository.save(new Organisation(code, nameZh, nameEn, kind, parentId));
	}

	/** Every organisation, active or not, oldest first (the admin tree). */
	public List<Organisation> all() {
		return this.repository.findAllByOrderByIdAsc();
	}

	public boolean codeTaken(String code) {
		return this.repository.existsByCode(code);
	}

	/** Names are read live everywhere, so a rename shows at once on every page. */
	@Transactional
	public void rename(Long id, String nameZh, String nameEn) {
		this.repository.findById(id).orElseThrow().rename(nameZh, nameEn);
	}

	/**
	 * Hangs an organisation under another parent; the caller checks the new parent fits
	 * (the admin module does).
	 */
	@Transactional
	public void move(Long id, Long parentId) {
		this.repository.findById(id).orElseThrow().moveTo(parentId);
	}

	@Transactional
	public void activate(Long id, boolean active) {
		this.repository.findById(id).orElseThrow().active(active);
	}

	/** Registers (or with null removes) the mobile that receives verification codes. */
	@Transactional
	public void registerMobile(Long id, String mobile) {
		this.repository.findById(id).ifPresent((org) -> org.registerMobile(mobile));
	}

	/**
	 * Active delegations and sub-delegations in tree order: what a unit can join.
	 */
	public List<Organisation> joinable() {
		List<Organisation> all = this.repository.findAllByOrderByIdAsc()
			.stream()
			.filter(Organisation::isActive)
			.toList();
		List<Organisation> result = new ArrayList<>();
		for (Organisation delegation : all) {
			if (delegation.getKind() == OrganisationKind.DELEGATION) {
				result.add(delegation);
				all.stream().filter((o) -> delegation.getId().equals(o.getParentId())).forEach(result::add);
			}
		}
		return result;
	}

	/**
	 * The top of the organisation's tree (the organiser), or empty when the organisation
	 * is unknown; a broken parent link ends the walk where it breaks.
	 */
	public Optional<Organisation> root(Long orgId) {
		Optional<Organisation> current = (orgId != null) ? find(orgId) : Optional.empty();
		Set<Long> seen = new HashSet<>();
		while (current.isPresent() && current.get().getParentId() != null && seen.add(current.get().getId())) {
			Optional<Organisation> parent = find(current.get().getParentId());
			if (parent.isEmpty()) {
				break;
			}
			current = parent;
		}
		return current;
	}

	/** The organisation and everything below it. */
	public Set<Long> subtree(Long rootId) {
		Set<Long> result = new HashSet<>();
		if (rootId == null) {
			return result;
		}
		List<Organisation> all = this.repository.findAll();
		result.add(rootId);
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Organisation org : all) {
				if (org.getParentId() != null && result.contains(org.getParentId()) && result.add(org.getId())) {
					grew = true;
				}
			}
		}
		return result;
	}

	/** Whether a unit may join (or move to) this organisation now. */
	public boolean joinable(Long orgId) {
		return joinable().stream().anyMatch((org) -> org.getId().equals(orgId));
	}

	/**
	 * Review levels for a unit that joined {@code orgId}; empty if it is not joinable. A
	 * deactivated sub-delegation has nobody to review, so its units' new cases start at
	 * its delegation.
	 */
	public Optional<ReviewChain> reviewChain(Long orgId) {
		return find(orgId).flatMap((org) -> switch (org.getKind()) {
			case DELEGATION -> Optional.of(new ReviewChain(null, org));
			case SUB_DELEGATION ->
				find(org.getParentId()).map((parent) -> new ReviewChain(org.isActive() ? org : null, parent));
			case ORGANISER, TRADE_BODY -> Optional.empty();
		});
	}

}
