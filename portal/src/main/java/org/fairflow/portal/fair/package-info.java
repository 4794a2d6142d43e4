/**
 * The fair's seasonal settings: the current edition and its badge entry dates
 * ({@link org.fairflow.portal.fair.FairSettings}). Depends on no other feature module;
 * the admin module changes them, badge and demo read them.
 */
package org.fairflow.portal.fair;
