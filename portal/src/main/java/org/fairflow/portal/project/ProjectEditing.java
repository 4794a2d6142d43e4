package org.fairflow.portal.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.fairflow.portal.exhibit.ExhibitAudits;
import org.fairflow.portal.exhibit.ExhibitImage;
import org.fairflow.portal.exhibit.ExhibitMedia;
import org.fairflow.portal.exhibit.ExhibitRefusedException;
import org.fairflow.portal.exhibit.ExhibitUnlistings;
import org.fairflow.portal.exhibit.ImageUse;
import org.fairflow.portal.exhibit.ItemKind;
import org.fairflow.portal.exhibit.ItemNumbers;
import org.fairflow.portal.exhibit.ItemRefusedException;
import org.fairflow.portal.exhibit.ItemStatus;
import org.fairflow.portal.exhibit.MediaKind;
import org.fairflow.portal.exhibitor.Exhibitor;
import org.fairflow.portal.exhibitor.Exhibitors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The exhibitor saves a project (as a draft, or submitted), submits a draft, withdraws a
 * submission, lists or unlists an approved project, or copies one as a new draft; the
 * organiser forces a listed one off. Every field and new image is checked before anything
 * is stored; then the project row is locked and the revision, its images and (on
 * submission) the audit case are written in one transaction, so a refusal stores nothing.
 * Editing an approved project submits it again and unlists it until approved.
 */
@Service
class ProjectEditing {

	private static final Logger log = LoggerFactory.getLogger(ProjectEditing.class);

	/** Crockford-like base32 without the look-alikes, as the invitation codes use. */
	private final ProjectRepository projects;

	private final ProjectRevisions revisions;

	private final ExhibitMedia media;

	private final ExhibitAudits audits;

	private final ExhibitUnlistings unlistings;

	private final Exhibitors exhibitors;

	private final TransactionTemplate transactions;

	ProjectEditing(ProjectRepository projects, ProjectRevisions revisions, ExhibitMedia media, ExhibitAudits audits,
			ExhibitUnlistings unlistings, Exhibitors exhibitors, PlatformTransactionManager transactionManager) {
		this.projects = projects;
		this.revisions = revisions;
		this.media = media;
		this.audits = audits;
		this.unlistings = unlistings;
		this.exhibitors = exhibitors;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Saves the form as a new revision of the project, or of a new one.
	 * @param projectId the project edited, null for a new one
	 * @throws ItemRefusedException with every problem found; nothing is stored
	 * @throws ProjectNotFoundException for another exhibitor's project
	 */
	Project save(Exhibitor exhibitor, Long projectId, ProjectForm form, List<byte[]> newImages, boolean submit,
			String actor) {
		List<ItemRefusedException.Problem> problems = new ArrayList<>();
		ProjectForm.Checked checked = form.check(problems);
		List<Long> kept = form.getImageIds().stream().filter(Objects::nonNull).distinct().toList();
		int count = kept.size() + newImages.size();
		if (count == 0) {
			problems.add(ProjectForm.problem("images", "project.images.required"));
		}
		else if (count > ProjectForm.MAX_IMAGES) {
			problems.add(ProjectForm.problem("images", "project.images.tooMany", ProjectForm.MAX_IMAGES));
		}
		List<ExhibitImage> images = new ArrayList<>();
		if (count <= ProjectForm.MAX_IMAGES) {
			for (byte[] bytes : newImages) {
				try {
					images.add(ExhibitImage.of("images", ImageUse.PROJECT_IMAGE, bytes));
				}
				catch (ExhibitRefusedException ex) {
					problems.add(ProjectForm.problem("images", ex.messageKey(), ex.arguments()));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new ItemRefusedException(problems);
		}
		try {
			return this.transactions.execute((tx) -> store(exhibitor, projectId, checked, kept, images, submit, actor));
		}
		catch (ExhibitRefusedException ex) {
			throw ItemRefusedException.of(ex);
		}
	}

	private Project store(Exhibitor exhibitor, Long projectId, ProjectForm.Checked checked, List<Long> kept,
			List<ExhibitImage> newImages, boolean submit, String actor) {
		Project project = (projectId == null) ? this.projects.saveAndFlush(new Project(exhibitor.getId(), number()))
				: own(exhibitor, projectId);
		checkEditable(project);
		this.media.claim(exhibitor.getId(), MediaKind.IMAGE, kept, "images");
		List<Long> imageIds = new ArrayList<>(kept);
		for (ExhibitImage image : newImages) {
			imageIds.add(this.media.storeImage(exhibitor.getId(), image).id());
		}
		ProjectRevision revision = this.revisions.write(project.getId(), checked, imageIds, actor);
		switch (project.getStatus()) {
			case AWAITING_AUDIT -> {
				project.revised(revision.getId());
				this.audits.revised(project.getCaseId(), revision.getId());
			}
			case APPROVED -> submit(project, exhibitor, revision, actor);
			default -> {
				if (submit) {
					submit(project, exhibitor, revision, actor);
				}
				else {
					project.draft(revision.getId());
				}
			}
		}
		return this.projects.saveAndFlush(project);
	}

	Project submitDraft(Exhibitor exhibitor, long projectId, String actor) {
		return this.transactions.execute((tx) -> {
			Project project = own(exhibitor, projectId);
			if (!(project.getStatus() == ItemStatus.DRAFT || project.getStatus() == ItemStatus.REJECTED)
					|| project.getPendingRevisionId() == null) {
				throw new ItemRefusedException(null, "project.submit.nothing");
			}
			ProjectContent draft = this.revisions.content(project.getPendingRevisionId()).orElseThrow();
			String caseId = this.audits.open(ItemKind.PROJECT, project.getId(), draft.revisionId(), draft.name(),
					exhibitor, actor);
			project.submitted(draft.revisionId(), caseId);
			return this.projects.saveAndFlush(project);
		});
	}

	/**
	 * @return whether the engine took the withdrawal now
	 */
	boolean withdraw(Exhibitor exhibitor, long projectId, String reason, String actor) {
		Project project = this.projects.findById(projectId)
			.filter((p) -> p.getExhibitorId().equals(exhibitor.getId()))
			.orElseThrow(ProjectNotFoundException::new);
		if (project.getStatus() != ItemStatus.AWAITING_AUDIT || this.audits.isClaimed(project.getCaseId())) {
			throw new ItemRefusedException("reason", "exhibit.withdraw.notWithdrawable");
		}
		try {
			return this.audits.withdraw(project.getCaseId(), reason, actor);
		}
		catch (ExhibitRefusedException ex) {
			throw ItemRefusedException.of(ex);
		}
	}

	/**
	 * Lists or unlists an approved project; a force-unlisted one is not listed again
	 * until edited and approved.
	 */
	Project list(Exhibitor exhibitor, long projectId, boolean listed) {
		return this.transactions.execute((tx) -> {
			Project project = own(exhibitor, projectId);
			if (listed && project.getForcedReason() != null) {
				throw new ItemRefusedException(null, "project.list.forced");
			}
			if (!project.listable()) {
				throw new ItemRefusedException(null, "project.list.notApproved");
			}
			project.listed(listed);
			return this.projects.saveAndFlush(project);
		});
	}

	/** A new draft project with the content the exhibitor works on (images shared). */
	Project copy(Exhibitor exhibitor, long projectId, String actor) {
		return this.transactions.execute((tx) -> {
			Project source = own(exhibitor, projectId);
			ProjectContent content = this.revisions.content(source.currentRevisionId())
				.orElseThrow(() -> new ItemRefusedException(null, "project.copy.nothing"));
			Project copy = this.projects.saveAndFlush(new Project(exhibitor.getId(), number()));
			ProjectForm form = ProjectForm.of(content);
			List<ItemRefusedException.Problem> problems = new ArrayList<>();
			ProjectRevision revision = this.revisions.write(copy.getId(), form.check(problems), content.imageIds(),
					actor);
			copy.draft(revision.getId());
			return this.projects.saveAndFlush(copy);
		});
	}

	/**
	 * The organiser takes a listed project off: unlisted, blocked with the reason, and
	 * the exhibitor told through an {@code exhibit-unlisting} case.
	 */
	Project forceUnlist(long projectId, String reason, String actor) {
		try {
			return this.transactions.execute((tx) -> {
				Project project = this.projects.lockById(projectId).orElseThrow(ProjectNotFoundException::new);
				if (!project.isListed()) {
					throw new ItemRefusedException(null, "project.unlist.notListed");
				}
				ProjectContent live = this.revisions.content(project.getLiveRevisionId()).orElseThrow();
				Exhibitor exhibitor = this.exhibitors.find(project.getExhibitorId()).orElseThrow();
				this.unlistings.open(ItemKind.PROJECT, project.getId(), live.name(), exhibitor, reason, actor);
				project.forceUnlisted(reason.strip(), actor);
				log.info("Project {} force-unlisted by {}", project.getId(), actor);
				return this.projects.saveAndFlush(project);
			});
		}
		catch (ExhibitRefusedException ex) {
			throw ItemRefusedException.of(ex);
		}
	}

	private Project own(Exhibitor exhibitor, long projectId) {
		return this.projects.lockById(projectId)
			.filter((p) -> p.getExhibitorId().equals(exhibitor.getId()))
			.orElseThrow(ProjectNotFoundException::new);
	}

	private void submit(Project project, Exhibitor exhibitor, ProjectRevision revision, String actor) {
		String caseId = this.audits.open(ItemKind.PROJECT, project.getId(), revision.getId(), revision.getName(),
				exhibitor, actor);
		project.submitted(revision.getId(), caseId);
	}

	private void checkEditable(Project project) {
		if (project.getStatus() == ItemStatus.UNDER_AUDIT
				|| (project.getStatus() == ItemStatus.AWAITING_AUDIT && this.audits.isClaimed(project.getCaseId()))) {
			throw new ItemRefusedException(null, "project.locked");
		}
	}

	private String number() {
		return ItemNumbers.next("PJ", this.projects::existsByNumber);
	}

}
