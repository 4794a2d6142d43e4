package org.fairflow.portal.fair;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The settings in force from {@code changedAt}: the fair's edition and the dates its
 * badges let people in.
 */
public record FairEdition(int edition, LocalDate entryFrom, LocalDate entryTo, Instant changedAt, String changedBy) {

}
