/**
 * The fair's audit log: an append-only record of decisions, administrative changes, model
 * changes, failed logins and exports (who, when, what, from which address). Depends on no
 * other feature module, so every module can record into it.
 */
package org.fairflow.portal.audit;
