package org.fairflow.portal.exhibit;

import org.fairflow.portal.exhibitor.Exhibitors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What every kind's {@link ItemEditing} works with, handed over as one. */
@Component
public class ItemServices {

	final ExhibitMedia media;

	final ExhibitAudits audits;

	final ExhibitUnlistings unlistings;

	final Exhibitors exhibitors;

	final TransactionTemplate transactions;

	ItemServices(ExhibitMedia media, ExhibitAudits audits, ExhibitUnlistings unlistings, Exhibitors exhibitors,
			PlatformTransactionManager transactionManager) {
		this.media = media;
		this.audits = audits;
		this.unlistings = unlistings;
		this.exhibitors = exhibitors;
		this.transactions = new TransactionTemplate(transactionManager);
	}

}
