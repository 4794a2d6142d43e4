package org.fairflow.portal.product;

import org.fairflow.portal.exhibit.ExhibitAuditChanged;
import org.fairflow.portal.exhibit.ItemKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a product with its audit case, inside the status step's transaction: approval
 * makes the audited revision live (listable, a forced unlisting lifted), a rejection
 * keeps the opinion, a withdrawal makes a draft. A status of an earlier case changes
 * nothing.
 */
@Component
class ProductReactions {

	private static final Logger log = LoggerFactory.getLogger(ProductReactions.class);

	private final ProductRepository products;

	ProductReactions(ProductRepository products) {
		this.products = products;
	}

	@EventListener
	void auditChanged(ExhibitAuditChanged event) {
		if (event.kind() != ItemKind.PRODUCT) {
			return;
		}
		this.products.lockById(event.itemId())
			.filter((p) -> event.caseId().equals(p.getCaseId()))
			.ifPresent((product) -> {
				switch (event.status()) {
					case "APPROVED" -> product.approved(event.revisionId());
					case "REJECTED" -> product.rejected(event.comment());
					case "WITHDRAWN" -> product.withdrawn();
					default -> {
						return;
					}
				}
				log.info("Product {} is now {} (revision {}, case {})", product.getId(), product.getStatus(),
						event.revisionId(), event.caseId());
			});
	}

}
