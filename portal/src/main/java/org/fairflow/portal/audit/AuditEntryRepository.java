package org.fairflow.portal.audit;

import org.springframework.data.repository.Repository;

/** Append and read only: the application has no way to change or delete an entry. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

}
