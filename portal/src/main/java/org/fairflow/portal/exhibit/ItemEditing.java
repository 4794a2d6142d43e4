package org.fairflow.portal.exhibit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.fairflow.portal.exhibitor.Exhibitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exhibitor saves an item (as a draft, or submitted), submits a draft, withdraws a
 * submission, lists or unlists an approved item, or copies one as a new draft; the
 * organiser forces a listed one off. Every field and new image is checked before anything
 * is stored; then the item row is locked and the revision, its images and (on submission)
 * the audit case are written in one transaction, so a refusal stores nothing. Editing an
 * approved item submits it again and unlists it until approved. Message keys start with
 * the kind's name ({@code product.locked}).
 *
 * @param <I> the kind's item
 * @param <C> its revision content
 * @param <F> its form
 * @param <K> the form's checked values
 */
public abstract class ItemEditing<I extends ListableItem, C extends ItemContent, F extends ItemForm<K>, K> {

	private static final Logger log = LoggerFactory.getLogger(ItemEditing.class);

	private final ItemKind kind;

	private final String numberPrefix;

	private final ImageUse imageUse;

	private final int maxImages;

	private final ListableItemRepository<I> items;

	private final ItemRevisions<?, C, K> revisions;

	private final ItemServices services;

	protected ItemEditing(ItemKind kind, String numberPrefix, ImageUse imageUse, int maxImages,
			ListableItemRepository<I> items, ItemRevisions<?, C, K> revisions, ItemServices services) {
		this.kind = kind;
		this.numberPrefix = numberPrefix;
		this.imageUse = imageUse;
		this.maxImages = maxImages;
		this.items = items;
		this.revisions = revisions;
		this.services = services;
	}

	protected abstract I newItem(Long exhibitorId, String number);

	protected abstract F formOf(C content);

	/** The kind's 404: an unknown item, or another exhibitor's. */
	protected abstract RuntimeException notFound();

	/**
	 * Saves the form as a new revision of the item, or of a new one.
	 * @param itemId the item edited, null for a new one
	 * @throws ItemRefusedException with every problem found; nothing is stored
	 */
	public I save(Exhibitor exhibitor, Long itemId, F form, List<byte[]> newImages, boolean submit, String actor) {
		List<ItemRefusedException.Problem> problems = new ArrayList<>();
		K checked = form.check(problems);
		List<Long> kept = form.getImageIds().stream().filter(Objects::nonNull).distinct().toList();
		int count = kept.size() + newImages.size();
		if (count == 0) {
			problems.add(new ItemRefusedException.Problem("images", key("images.required"), new Object[0]));
		}
		else if (count > this.maxImages) {
			problems.add(
					new ItemRefusedException.Problem("images", key("images.tooMany"), new Object[] { this.maxImages }));
		}
		List<ExhibitImage> images = new ArrayList<>();
		if (count <= this.maxImages) {
			for (byte[] bytes : newImages) {
				try {
					images.add(ExhibitImage.of("images", this.imageUse, bytes));
				}
				catch (ExhibitRefusedException ex) {
					problems.add(new ItemRefusedException.Problem("images", ex.messageKey(), ex.arguments()));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new ItemRefusedException(problems);
		}
		try {
			return this.services.transactions
				.execute((tx) -> store(exhibitor, itemId, checked, kept, images, submit, actor));
		}
		catch (ExhibitRefusedException ex) {
			throw ItemRefusedException.of(ex);
		}
	}

	private I store(Exhibitor exhibitor, Long itemId, K checked, List<Long> kept, List<ExhibitImage> newImages,
			boolean submit, String actor) {
		I item = (itemId == null) ? this.items.saveAndFlush(newItem(exhibitor.getId(), number()))
				: own(exhibitor, itemId);
		checkEditable(item);
		this.services.media.claim(exhibitor.getId(), MediaKind.IMAGE, kept, "images");
		List<Long> imageIds = new ArrayList<>(kept);
		for (ExhibitImage image : newImages) {
			imageIds.add(this.services.media.storeImage(exhibitor.getId(), image).id());
		}
		C revision = this.revisions.write(item.getId(), checked, imageIds, actor);
		switch (item.getStatus()) {
			case AWAITING_AUDIT -> {
				item.revised(revision.revisionId());
				this.services.audits.revised(item.getCaseId(), revision.revisionId());
			}
			case APPROVED -> submit(item, exhibitor, revision, actor);
			default -> {
				if (submit) {
					submit(item, exhibitor, revision, actor);
				}
				else {
					item.draft(revision.revisionId());
				}
			}
		}
		return this.items.saveAndFlush(item);
	}

	public I submitDraft(Exhibitor exhibitor, long itemId, String actor) {
		return this.services.transactions.execute((tx) -> {
			I item = own(exhibitor, itemId);
			if (!(item.getStatus() == ItemStatus.DRAFT || item.getStatus() == ItemStatus.REJECTED)
					|| item.getPendingRevisionId() == null) {
				throw new ItemRefusedException(null, key("submit.nothing"));
			}
			submit(item, exhibitor, this.revisions.content(item.getPendingRevisionId()).orElseThrow(), actor);
			return this.items.saveAndFlush(item);
		});
	}

	/**
	 * @return whether the engine took the withdrawal now
	 */
	public boolean withdraw(Exhibitor exhibitor, long itemId, String reason, String actor) {
		I item = find(exhibitor, itemId);
		if (item.getStatus() != ItemStatus.AWAITING_AUDIT || this.services.audits.isClaimed(item.getCaseId())) {
			throw new ItemRefusedException("reason", "exhibit.withdraw.notWithdrawable");
		}
		try {
			return this.services.audits.withdraw(item.getCaseId(), reason, actor);
		}
		catch (ExhibitRefusedException ex) {
			throw ItemRefusedException.of(ex);
		}
	}

	/**
	 * Lists or unlists an approved item; a force-unlisted one is not listed again until
	 * edited and approved.
	 */
	public I list(Exhibitor exhibitor, long itemId, boolean listed) {
		return this.services.transactions.execute((tx) -> {
			I item = own(exhibitor, itemId);
			if (listed && item.getForcedReason() != null) {
				throw new ItemRefusedException(null, key("list.forced"));
			}
			if (!item.listable()) {
				throw new ItemRefusedException(null, key("list.notApproved"));
			}
			item.listed(listed);
			return this.items.saveAndFlush(item);
		});
	}

	/** A new draft item with the content the exhibitor works on (images shared). */
	public I copy(Exhibitor exhibitor, long itemId, String actor) {
		return this.services.transactions.execute((tx) -> {
			I source = own(exhibitor, itemId);
			C content = this.revisions.content(source.currentRevisionId())
				.orElseThrow(() -> new ItemRefusedException(null, key("copy.nothing")));
			I copy = this.items.saveAndFlush(newItem(exhibitor.getId(), number()));
			K checked = formOf(content).check(new ArrayList<>());
			copy.draft(this.revisions.write(copy.getId(), checked, content.imageIds(), actor).revisionId());
			return this.items.saveAndFlush(copy);
		});
	}

	/**
	 * The organiser takes a listed item off: unlisted, blocked with the reason, and the
	 * exhibitor told through an {@code exhibit-unlisting} case.
	 */
	public I forceUnlist(long itemId, String reason, String actor) {
		try {
			return this.services.transactions.execute((tx) -> {
				I item = this.items.lockById(itemId).orElseThrow(this::notFound);
				if (!item.isListed()) {
					throw new ItemRefusedException(null, key("unlist.notListed"));
				}
				C live = this.revisions.content(item.getLiveRevisionId()).orElseThrow();
				Exhibitor exhibitor = this.services.exhibitors.find(item.getExhibitorId()).orElseThrow();
				this.services.unlistings.open(this.kind, item.getId(), live.name(), exhibitor, reason, actor);
				item.forceUnlisted(reason.strip(), actor);
				log.info("{} {} force-unlisted by {}", this.kind.nameEn(), item.getId(), actor);
				return this.items.saveAndFlush(item);
			});
		}
		catch (ExhibitRefusedException ex) {
			throw ItemRefusedException.of(ex);
		}
	}

	/** The exhibitor's own item, unlocked, for reading. */
	public I find(Exhibitor exhibitor, long itemId) {
		return this.items.findById(itemId)
			.filter((i) -> i.getExhibitorId().equals(exhibitor.getId()))
			.orElseThrow(this::notFound);
	}

	/**
	 * The status the exhibitor sees: waiting becomes "under audit" once a reviewer took
	 * it.
	 */
	public ItemStatus shownStatus(I item) {
		return (item.getStatus() == ItemStatus.AWAITING_AUDIT && this.services.audits.isClaimed(item.getCaseId()))
				? ItemStatus.UNDER_AUDIT : item.getStatus();
	}

	private I own(Exhibitor exhibitor, long itemId) {
		return this.items.lockById(itemId)
			.filter((i) -> i.getExhibitorId().equals(exhibitor.getId()))
			.orElseThrow(this::notFound);
	}

	private void submit(I item, Exhibitor exhibitor, C revision, String actor) {
		String caseId = this.services.audits.open(this.kind, item.getId(), revision.revisionId(), revision.name(),
				exhibitor, actor);
		item.submitted(revision.revisionId(), caseId);
	}

	private void checkEditable(I item) {
		if (shownStatus(item) == ItemStatus.UNDER_AUDIT) {
			throw new ItemRefusedException(null, key("locked"));
		}
	}

	private String key(String suffix) {
		return this.kind.nameEn() + "." + suffix;
	}

	private String number() {
		return ItemNumbers.next(this.numberPrefix, this.items::existsByNumber);
	}

}
