package org.fairflow.portal.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.fairflow.portal.audit.AuditCategory;
import org.fairflow.portal.audit.AuditTrail;
import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.OrganisationKind;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.tasks.HumanTasks;
import org.fairflow.portal.unit.UnitDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser's changes to the delegation tree, with their effects on open cases (see
 * docs/ARCHITECTURE.md, "Administration"). Every change is checked for the organiser and
 * recorded in the audit log in the same transaction.
 */
@Service
@Transactional(readOnly = true)
class OrganisationAdmin {

	private final Organisations organisations;

	private final HumanTasks tasks;

	private final UnitDirectory units;

	private final AuditTrail audit;

	OrganisationAdmin(Organisations organisations, HumanTasks tasks, UnitDirectory units, AuditTrail audit) {
		this.organisations = organisations;
		this.tasks = tasks;
		this.units = units;
		this.audit = audit;
	}

	/** The whole tree, each organisation after its parent, children in creation order. */
	List<TreeRow> tree() {
		List<Organisation> all = this.organisations.all();
		List<TreeRow> rows = new ArrayList<>();
		all.stream().filter((o) -> o.getParentId() == null).forEach((root) -> addWithChildren(root, 0, all, rows));
		return rows;
	}

	private static void addWithChildren(Organisation org, int depth, List<Organisation> all, List<TreeRow> rows) {
		rows.add(new TreeRow(org, depth));
		all.stream()
			.filter((o) -> org.getId().equals(o.getParentId()))
			.sorted(Comparator.comparing(Organisation::getKind).thenComparing(Organisation::getId))
			.forEach((child) -> addWithChildren(child, depth + 1, all, rows));
	}

	Organisation get(Long id) {
		return this.organisations.find(id).orElseThrow(() -> new AdminException("admin.org.unknown"));
	}

	/**
	 * Where an organisation of a kind may hang: active organisers, or active delegations.
	 */
	List<Organisation> parentsFor(OrganisationKind kind) {
		OrganisationKind parentKind = (kind == OrganisationKind.SUB_DELEGATION) ? OrganisationKind.DELEGATION
				: OrganisationKind.ORGANISER;
		return this.organisations.all().stream().filter((o) -> o.isActive() && o.getKind() == parentKind).toList();
	}

	/** Every organisation something new may hang under (the kind decides which fits). */
	List<Organisation> possibleParents() {
		return this.organisations.all()
			.stream()
			.filter((o) -> o.isActive()
					&& (o.getKind() == OrganisationKind.ORGANISER || o.getKind() == OrganisationKind.DELEGATION))
			.toList();
	}

	@Transactional
	Organisation create(OrganisationForm form) {
		OrganiserCheck.require();
		String code = form.getCode().strip();
		if (form.getKind() == null || form.getKind() == OrganisationKind.ORGANISER) {
			throw new AdminException("admin.org.kind.invalid");
		}
		if (this.organisations.codeTaken(code)) {
			throw new AdminException("admin.org.code.taken", code);
		}
		Organisation parent = this.organisations.find(form.getParentId())
			.filter((p) -> parentsFor(form.getKind()).stream().anyMatch((c) -> c.getId().equals(p.getId())))
			.orElseThrow(() -> new AdminException("admin.org.parent.invalid"));
		Organisation created = this.organisations.create(code, form.getNameZh().strip(), form.getNameEn().strip(),
				form.getKind(), parent.getId());
		this.audit.record(AuditCategory.ADMINISTRATION, "org.created", subject(created),
				created.getKind() + " " + code + " " + created.getNameZh() + " under " + subject(parent));
		return created;
	}

	/** Names are read live; only copies made for texts already sent keep the old name. */
	@Transactional
	void rename(Long id, String nameZh, String nameEn) {
		OrganiserCheck.require();
		Organisation org = get(id);
		String before = org.getNameZh() + " / " + org.getNameEn();
		this.organisations.rename(id, nameZh.strip(), nameEn.strip());
		this.audit.record(AuditCategory.ADMINISTRATION, "org.renamed", subject(org),
				before + " -> " + nameZh.strip() + " / " + nameEn.strip());
	}

	/**
	 * Delegations a sub-delegation may move to: active ones of the same fair but its own.
	 */
	List<Organisation> moveTargets(Organisation org) {
		if (org.getKind() != OrganisationKind.SUB_DELEGATION) {
			return List.of();
		}
		Long root = this.organisations.root(org.getId()).map(Organisation::getId).orElse(null);
		return parentsFor(OrganisationKind.SUB_DELEGATION).stream()
			.filter((d) -> !d.getId().equals(org.getParentId()) && !d.getId().equals(org.getId()))
			.filter((d) -> this.organisations.root(d.getId()).map(Organisation::getId).orElse(-1L).equals(root))
			.toList();
	}

	/**
	 * What moving a sub-delegation does: its units follow it; the delegation-level tasks
	 * of its cases move to the new delegation (the old one no longer sees them); its own
	 * level's tasks stay.
	 */
	Effects moveEffects(Long id, Long targetId) {
		Organisation org = get(id);
		Organisation target = moveTargets(org).stream()
			.filter((d) -> d.getId().equals(targetId))
			.findFirst()
			.orElseThrow(() -> new AdminException("admin.org.move.invalid"));
		Set<Long> subtree = this.organisations.subtree(id);
		int moving = this.tasks.openOfferedTo(group(org.getParentId()), subtree).size();
		int staying = this.tasks.openOfferedTo(org.reviewGroup(), null).size();
		return new Effects(org, target, moving, staying, (int) this.units.countRegisteredToAny(subtree));
	}

	@Transactional
	Effects move(Long id, Long targetId) {
		OrganiserCheck.require();
		Effects effects = moveEffects(id, targetId);
		Organisation org = effects.organisation();
		Long from = org.getParentId();
		int moved = this.tasks.moveGroup(group(from), effects.target().reviewGroup(), this.organisations.subtree(id));
		this.organisations.move(id, effects.target().getId());
		this.audit.record(AuditCategory.ADMINISTRATION, "org.moved", subject(org), "from organisation:" + from + " to "
				+ subject(effects.target()) + "; " + moved + " open tasks moved along");
		return effects;
	}

	/**
	 * What deactivating does, or why it is refused: a sub-delegation's open tasks move to
	 * its delegation; a delegation or trade body must first be empty of active
	 * sub-delegations, units and open tasks, since nobody above it could take them.
	 */
	Effects deactivateEffects(Long id) {
		Organisation org = get(id);
		if (!org.isActive()) {
			throw new AdminException("admin.org.alreadyInactive");
		}
		int open = this.tasks.openOfferedTo(org.reviewGroup(), null).size();
		int unitCount = this.units.registeredTo(id).size();
		switch (org.getKind()) {
			case ORGANISER -> throw new AdminException("admin.org.deactivate.organiser");
			case SUB_DELEGATION -> {
				return new Effects(org, get(org.getParentId()), open, 0, unitCount);
			}
			default -> {
				long activeChildren = this.organisations.all()
					.stream()
					.filter((o) -> id.equals(o.getParentId()) && o.isActive())
					.count();
				if (activeChildren > 0) {
					throw new AdminException("admin.org.deactivate.activeChildren", activeChildren);
				}
				if (unitCount > 0) {
					throw new AdminException("admin.org.deactivate.unitsRefused", unitCount);
				}
				if (open > 0) {
					throw new AdminException("admin.org.deactivate.openTasks", open);
				}
				return new Effects(org, null, 0, 0, 0);
			}
		}
	}

	@Transactional
	Effects deactivate(Long id) {
		OrganiserCheck.require();
		Effects effects = deactivateEffects(id);
		Organisation org = effects.organisation();
		int moved = 0;
		if (effects.target() != null) {
			moved = this.tasks.moveGroup(org.reviewGroup(), effects.target().reviewGroup(), null);
		}
		this.organisations.activate(id, false);
		this.audit.record(AuditCategory.ADMINISTRATION, "org.deactivated", subject(org), org.getCode() + "; " + moved
				+ " open tasks moved to " + ((effects.target() != null) ? subject(effects.target()) : "nobody"));
		return effects;
	}

	/**
	 * Active again: new tasks come to it again; tasks moved away when it was deactivated
	 * stay where they went.
	 */
	@Transactional
	void reactivate(Long id) {
		OrganiserCheck.require();
		Organisation org = get(id);
		if (org.isActive()) {
			throw new AdminException("admin.org.alreadyActive");
		}
		if (org.getParentId() != null && !get(org.getParentId()).isActive()) {
			throw new AdminException("admin.org.reactivate.parentInactive");
		}
		this.organisations.activate(id, true);
		this.audit.record(AuditCategory.ADMINISTRATION, "org.reactivated", subject(org), org.getCode());
	}

	private static String group(Long orgId) {
		return "org:" + orgId;
	}

	private static String subject(Organisation org) {
		return "organisation:" + org.getId();
	}

	record TreeRow(Organisation org, int depth) {
	}

	/**
	 * @param target where the open tasks go (the new or the parent delegation), or null
	 * @param movingTasks open tasks that will be offered to {@code target}
	 * @param stayingTasks open tasks that stay where they are
	 * @param units units registered in the organisation (and below), which stay with it
	 */
	record Effects(Organisation organisation, Organisation target, int movingTasks, int stayingTasks, int units) {
	}

}
