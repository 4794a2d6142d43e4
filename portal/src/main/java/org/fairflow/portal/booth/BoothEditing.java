package org.fairflow.portal.booth;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.fairflow.portal.exhibit.ExhibitAudits;
import org.fairflow.portal.exhibit.ExhibitImage;
import org.fairflow.portal.exhibit.ExhibitMedia;
import org.fairflow.portal.exhibit.ExhibitRefusedException;
import org.fairflow.portal.exhibit.ImageUse;
import org.fairflow.portal.exhibit.ItemKind;
import org.fairflow.portal.exhibit.ItemRefusedException;
import org.fairflow.portal.exhibit.ItemStatus;
import org.fairflow.portal.exhibit.MediaKind;
import org.fairflow.portal.exhibitor.Exhibitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The exhibitor saves its booth (as a draft, or submitted for audit), submits a draft, or
 * withdraws a submission. Every field and every new image is checked before anything is
 * stored; then the booth row is locked and the revision, its media and (on submission)
 * the audit case are written in one transaction, so a refusal stores nothing, not even
 * the images of the refused form. A booth is editable unless a reviewer holds its audit
 * task; editing an approved booth submits the new revision and hides the booth until it
 * is approved again.
 */
@Service
class BoothEditing {

	private static final Logger log = LoggerFactory.getLogger(BoothEditing.class);

	private final BoothRepository booths;

	private final BoothRevisions revisions;

	private final ExhibitMedia media;

	private final ExhibitAudits audits;

	private final TransactionTemplate transactions;

	BoothEditing(BoothRepository booths, BoothRevisions revisions, ExhibitMedia media, ExhibitAudits audits,
			PlatformTransactionManager transactionManager) {
		this.booths = booths;
		this.revisions = revisions;
		this.media = media;
		this.audits = audits;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Saves the form as a new revision.
	 * @param newLogo a new logo's bytes, or null to keep {@code form.logoId}
	 * @param newImages images added to the kept {@code form.imageIds}
	 * @param submit submit for audit (always so for a booth that was approved or waits)
	 * @throws ItemRefusedException with every problem found; nothing is stored
	 */
	Booth save(Exhibitor exhibitor, BoothForm form, byte[] newLogo, List<byte[]> newImages, boolean submit,
			String actor) {
		List<ItemRefusedException.Problem> problems = new ArrayList<>();
		BoothForm.Checked checked = form.check(problems);
		List<Long> keptImages = form.getImageIds().stream().filter(Objects::nonNull).distinct().toList();
		List<Long> videos = form.getVideoIds().stream().filter(Objects::nonNull).distinct().toList();
		int imageCount = keptImages.size() + newImages.size();
		if (imageCount == 0) {
			problems.add(BoothForm.problem("images", "booth.images.required"));
		}
		else if (imageCount > BoothForm.MAX_IMAGES) {
			problems.add(BoothForm.problem("images", "booth.images.tooMany", BoothForm.MAX_IMAGES));
		}
		if (videos.size() > BoothForm.MAX_VIDEOS) {
			problems.add(BoothForm.problem("videos", "booth.videos.tooMany", BoothForm.MAX_VIDEOS));
		}
		ExhibitImage logo = null;
		if (newLogo != null) {
			logo = image("logo", ImageUse.LOGO, newLogo, problems);
		}
		else if (form.getLogoId() == null) {
			problems.add(BoothForm.problem("logo", "booth.logo.required"));
		}
		List<ExhibitImage> images = new ArrayList<>();
		if (imageCount <= BoothForm.MAX_IMAGES) {
			for (byte[] bytes : newImages) {
				ExhibitImage image = image("images", ImageUse.BOOTH_IMAGE, bytes, problems);
				if (image != null) {
					images.add(image);
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new ItemRefusedException(problems);
		}
		ExhibitImage checkedLogo = logo;
		try {
			return this.transactions.execute(
					(tx) -> store(exhibitor, form, checked, checkedLogo, keptImages, images, videos, submit, actor));
		}
		catch (ExhibitRefusedException ex) {
			throw new ItemRefusedException(ex.field(), ex.messageKey(), ex.arguments());
		}
	}

	private Booth store(Exhibitor exhibitor, BoothForm form, BoothForm.Checked checked, ExhibitImage newLogo,
			List<Long> keptImages, List<ExhibitImage> newImages, List<Long> videos, boolean submit, String actor) {
		Booth booth = this.booths.lockByExhibitorId(exhibitor.getId())
			.orElseGet(() -> this.booths.saveAndFlush(new Booth(exhibitor.getId())));
		checkEditable(booth);
		Long exhibitorId = exhibitor.getId();
		long logoId;
		if (newLogo != null) {
			logoId = this.media.storeImage(exhibitorId, newLogo).id();
		}
		else {
			this.media.claim(exhibitorId, MediaKind.IMAGE, List.of(form.getLogoId()), "logo");
			logoId = form.getLogoId();
		}
		this.media.claim(exhibitorId, MediaKind.IMAGE, keptImages, "images");
		this.media.claim(exhibitorId, MediaKind.VIDEO, videos, "videos");
		List<Long> imageIds = new ArrayList<>(keptImages);
		for (ExhibitImage image : newImages) {
			imageIds.add(this.media.storeImage(exhibitorId, image).id());
		}
		BoothRevision revision = this.revisions.write(booth.getId(), checked, logoId, imageIds, videos, actor);
		switch (booth.getStatus()) {
			case AWAITING_AUDIT -> {
				booth.revised(revision.getId());
				this.audits.revised(booth.getCaseId(), revision.getId());
				log.info("Exhibitor {} revised booth {} while it awaits audit (revision {})", exhibitorId,
						booth.getId(), revision.getId());
			}
			case APPROVED -> submit(booth, exhibitor, revision, actor);
			default -> {
				if (submit) {
					submit(booth, exhibitor, revision, actor);
				}
				else {
					booth.draft(revision.getId());
				}
			}
		}
		return this.booths.saveAndFlush(booth);
	}

	/**
	 * Submits the booth's draft as it is.
	 * @throws ItemRefusedException when there is no draft to submit
	 */
	Booth submitDraft(Exhibitor exhibitor, String actor) {
		return this.transactions.execute((tx) -> {
			Booth booth = this.booths.lockByExhibitorId(exhibitor.getId())
				.filter((b) -> (b.getStatus() == ItemStatus.DRAFT || b.getStatus() == ItemStatus.REJECTED)
						&& b.getPendingRevisionId() != null)
				.orElseThrow(() -> new ItemRefusedException(null, "booth.submit.nothing"));
			BoothContent draft = this.revisions.content(booth.getPendingRevisionId()).orElseThrow();
			String caseId = this.audits.open(ItemKind.BOOTH, booth.getId(), draft.revisionId(), draft.name(), exhibitor,
					actor);
			booth.submitted(draft.revisionId(), caseId);
			return this.booths.saveAndFlush(booth);
		});
	}

	/**
	 * Withdraws the booth from its audit while no reviewer holds it; it becomes a draft
	 * when the process says so.
	 * @return whether the engine took the withdrawal now
	 */
	boolean withdraw(Exhibitor exhibitor, String reason, String actor) {
		Booth booth = this.booths.findByExhibitorId(exhibitor.getId())
			.filter((b) -> b.getStatus() == ItemStatus.AWAITING_AUDIT && !this.audits.isClaimed(b.getCaseId()))
			.orElseThrow(() -> new ItemRefusedException("reason", "exhibit.withdraw.notWithdrawable"));
		try {
			return this.audits.withdraw(booth.getCaseId(), reason, actor);
		}
		catch (ExhibitRefusedException ex) {
			throw new ItemRefusedException(ex.field(), ex.messageKey(), ex.arguments());
		}
	}

	private void submit(Booth booth, Exhibitor exhibitor, BoothRevision revision, String actor) {
		String caseId = this.audits.open(ItemKind.BOOTH, booth.getId(), revision.getId(), revision.getName(), exhibitor,
				actor);
		booth.submitted(revision.getId(), caseId);
	}

	private void checkEditable(Booth booth) {
		if (booth.getStatus() == ItemStatus.UNDER_AUDIT
				|| (booth.getStatus() == ItemStatus.AWAITING_AUDIT && this.audits.isClaimed(booth.getCaseId()))) {
			throw new ItemRefusedException(null, "booth.locked");
		}
	}

	private static ExhibitImage image(String field, ImageUse use, byte[] bytes,
			List<ItemRefusedException.Problem> problems) {
		try {
			return ExhibitImage.of(field, use, bytes);
		}
		catch (ExhibitRefusedException ex) {
			problems.add(BoothForm.problem(field, ex.messageKey(), ex.arguments()));
			return null;
		}
	}

}
