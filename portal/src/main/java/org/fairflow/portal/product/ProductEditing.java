package org.fairflow.portal.product;

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
 * The exhibitor saves a product (as a draft, or submitted), submits a draft, withdraws a
 * submission, lists or unlists an approved product, or copies one as a new draft; the
 * organiser forces a listed one off. Every field and new image is checked before anything
 * is stored; then the product row is locked and the revision, its images and (on
 * submission) the audit case are written in one transaction, so a refusal stores nothing.
 * Editing an approved product submits it again and unlists it until approved.
 */
@Service
class ProductEditing {

	private static final Logger log = LoggerFactory.getLogger(ProductEditing.class);

	/** Crockford-like base32 without the look-alikes, as the invitation codes use. */
	private final ProductRepository products;

	private final ProductRevisions revisions;

	private final ExhibitMedia media;

	private final ExhibitAudits audits;

	private final ExhibitUnlistings unlistings;

	private final Exhibitors exhibitors;

	private final TransactionTemplate transactions;

	ProductEditing(ProductRepository products, ProductRevisions revisions, ExhibitMedia media, ExhibitAudits audits,
			ExhibitUnlistings unlistings, Exhibitors exhibitors, PlatformTransactionManager transactionManager) {
		this.products = products;
		this.revisions = revisions;
		this.media = media;
		this.audits = audits;
		this.unlistings = unlistings;
		this.exhibitors = exhibitors;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Saves the form as a new revision of the product, or of a new one.
	 * @param productId the product edited, null for a new one
	 * @throws ItemRefusedException with every problem found; nothing is stored
	 * @throws ProductNotFoundException for another exhibitor's product
	 */
	Product save(Exhibitor exhibitor, Long productId, ProductForm form, List<byte[]> newImages, boolean submit,
			String actor) {
		List<ItemRefusedException.Problem> problems = new ArrayList<>();
		ProductForm.Checked checked = form.check(problems);
		List<Long> kept = form.getImageIds().stream().filter(Objects::nonNull).distinct().toList();
		int count = kept.size() + newImages.size();
		if (count == 0) {
			problems.add(ProductForm.problem("images", "product.images.required"));
		}
		else if (count > ProductForm.MAX_IMAGES) {
			problems.add(ProductForm.problem("images", "product.images.tooMany", ProductForm.MAX_IMAGES));
		}
		List<ExhibitImage> images = new ArrayList<>();
		if (count <= ProductForm.MAX_IMAGES) {
			for (byte[] bytes : newImages) {
				try {
					images.add(ExhibitImage.of("images", ImageUse.PRODUCT_IMAGE, bytes));
				}
				catch (ExhibitRefusedException ex) {
					problems.add(ProductForm.problem("images", ex.messageKey(), ex.arguments()));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new ItemRefusedException(problems);
		}
		try {
			return this.transactions.execute((tx) -> store(exhibitor, productId, checked, kept, images, submit, actor));
		}
		catch (ExhibitRefusedException ex) {
			throw ItemRefusedException.of(ex);
		}
	}

	private Product store(Exhibitor exhibitor, Long productId, ProductForm.Checked checked, List<Long> kept,
			List<ExhibitImage> newImages, boolean submit, String actor) {
		Product product = (productId == null) ? this.products.saveAndFlush(new Product(exhibitor.getId(), number()))
				: own(exhibitor, productId);
		checkEditable(product);
		this.media.claim(exhibitor.getId(), MediaKind.IMAGE, kept, "images");
		List<Long> imageIds = new ArrayList<>(kept);
		for (ExhibitImage image : newImages) {
			imageIds.add(this.media.storeImage(exhibitor.getId(), image).id());
		}
		ProductRevision revision = this.revisions.write(product.getId(), checked, imageIds, actor);
		switch (product.getStatus()) {
			case AWAITING_AUDIT -> {
				product.revised(revision.getId());
				this.audits.revised(product.getCaseId(), revision.getId());
			}
			case APPROVED -> submit(product, exhibitor, revision, actor);
			default -> {
				if (submit) {
					submit(product, exhibitor, revision, actor);
				}
				else {
					product.draft(revision.getId());
				}
			}
		}
		return this.products.saveAndFlush(product);
	}

	Product submitDraft(Exhibitor exhibitor, long productId, String actor) {
		return this.transactions.execute((tx) -> {
			Product product = own(exhibitor, productId);
			if (!(product.getStatus() == ItemStatus.DRAFT || product.getStatus() == ItemStatus.REJECTED)
					|| product.getPendingRevisionId() == null) {
				throw new ItemRefusedException(null, "product.submit.nothing");
			}
			ProductContent draft = this.revisions.content(product.getPendingRevisionId()).orElseThrow();
			String caseId = this.audits.open(ItemKind.PRODUCT, product.getId(), draft.revisionId(), draft.name(),
					exhibitor, actor);
			product.submitted(draft.revisionId(), caseId);
			return this.products.saveAndFlush(product);
		});
	}

	/**
	 * @return whether the engine took the withdrawal now
	 */
	boolean withdraw(Exhibitor exhibitor, long productId, String reason, String actor) {
		Product product = this.products.findById(productId)
			.filter((p) -> p.getExhibitorId().equals(exhibitor.getId()))
			.orElseThrow(ProductNotFoundException::new);
		if (product.getStatus() != ItemStatus.AWAITING_AUDIT || this.audits.isClaimed(product.getCaseId())) {
			throw new ItemRefusedException("reason", "exhibit.withdraw.notWithdrawable");
		}
		try {
			return this.audits.withdraw(product.getCaseId(), reason, actor);
		}
		catch (ExhibitRefusedException ex) {
			throw ItemRefusedException.of(ex);
		}
	}

	/**
	 * Lists or unlists an approved product; a force-unlisted one is not listed again
	 * until edited and approved.
	 */
	Product list(Exhibitor exhibitor, long productId, boolean listed) {
		return this.transactions.execute((tx) -> {
			Product product = own(exhibitor, productId);
			if (listed && product.getForcedReason() != null) {
				throw new ItemRefusedException(null, "product.list.forced");
			}
			if (!product.listable()) {
				throw new ItemRefusedException(null, "product.list.notApproved");
			}
			product.listed(listed);
			return this.products.saveAndFlush(product);
		});
	}

	/** A new draft product with the content the exhibitor works on (images shared). */
	Product copy(Exhibitor exhibitor, long productId, String actor) {
		return this.transactions.execute((tx) -> {
			Product source = own(exhibitor, productId);
			ProductContent content = this.revisions.content(source.currentRevisionId())
				.orElseThrow(() -> new ItemRefusedException(null, "product.copy.nothing"));
			Product copy = this.products.saveAndFlush(new Product(exhibitor.getId(), number()));
			ProductForm form = ProductForm.of(content);
			List<ItemRefusedException.Problem> problems = new ArrayList<>();
			ProductRevision revision = this.revisions.write(copy.getId(), form.check(problems), content.imageIds(),
					actor);
			copy.draft(revision.getId());
			return this.products.saveAndFlush(copy);
		});
	}

	/**
	 * The organiser takes a listed product off: unlisted, blocked with the reason, and
	 * the exhibitor told through an {@code exhibit-unlisting} case.
	 */
	Product forceUnlist(long productId, String reason, String actor) {
		try {
			return this.transactions.execute((tx) -> {
				Product product = this.products.lockById(productId).orElseThrow(ProductNotFoundException::new);
				if (!product.isListed()) {
					throw new ItemRefusedException(null, "product.unlist.notListed");
				}
				ProductContent live = this.revisions.content(product.getLiveRevisionId()).orElseThrow();
				Exhibitor exhibitor = this.exhibitors.find(product.getExhibitorId()).orElseThrow();
				this.unlistings.open(ItemKind.PRODUCT, product.getId(), live.name(), exhibitor, reason, actor);
				product.forceUnlisted(reason.strip(), actor);
				log.info("Product {} force-unlisted by {}", product.getId(), actor);
				return this.products.saveAndFlush(product);
			});
		}
		catch (ExhibitRefusedException ex) {
			throw ItemRefusedException.of(ex);
		}
	}

	private Product own(Exhibitor exhibitor, long productId) {
		return this.products.lockById(productId)
			.filter((p) -> p.getExhibitorId().equals(exhibitor.getId()))
			.orElseThrow(ProductNotFoundException::new);
	}

	private void submit(Product product, Exhibitor exhibitor, ProductRevision revision, String actor) {
		String caseId = this.audits.open(ItemKind.PRODUCT, product.getId(), revision.getId(), revision.getName(),
				exhibitor, actor);
		product.submitted(revision.getId(), caseId);
	}

	private void checkEditable(Product product) {
		if (product.getStatus() == ItemStatus.UNDER_AUDIT
				|| (product.getStatus() == ItemStatus.AWAITING_AUDIT && this.audits.isClaimed(product.getCaseId()))) {
			throw new ItemRefusedException(null, "product.locked");
		}
	}

	private String number() {
		return ItemNumbers.next("P", this.products::existsByNumber);
	}

}
