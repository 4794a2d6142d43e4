package org.fairflow.portal.product;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.fairflow.portal.exhibit.ExhibitAuditRenderer;
import org.fairflow.portal.exhibit.ItemKind;
import org.fairflow.portal.exhibit.ItemStatus;
import org.fairflow.portal.tasks.DecisionException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The product in its audit task: the pending revision with its images and prices. */
@Component
class ProductAuditRenderer implements ExhibitAuditRenderer {

	private final ProductRepository products;

	private final ProductRevisions revisions;

	ProductAuditRenderer(ProductRepository products, ProductRevisions revisions) {
		this.products = products;
		this.revisions = revisions;
	}

	@Override
	public ItemKind kind() {
		return ItemKind.PRODUCT;
	}

	@Override
	public String template() {
		return "product/audit";
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Pending> pending(long itemId, Locale locale) {
		return this.products.findById(itemId)
			.flatMap((product) -> this.revisions.content(product.getPendingRevisionId())
				.map((content) -> new Pending(content.revisionId(),
						Map.of("product", content, "productNumber", product.getNumber()))));
	}

	@Override
	@Transactional
	public void startDecision(long itemId, long revisionId) {
		Product product = this.products.lockById(itemId)
			.orElseThrow(() -> new DecisionException("exhibit.audit.unknown"));
		if (product.getStatus() != ItemStatus.AWAITING_AUDIT
				|| !Long.valueOf(revisionId).equals(product.getPendingRevisionId())) {
			throw new DecisionException("exhibit.audit.changed");
		}
		product.underAudit();
	}

}
