package org.fairflow.portal.tasks;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The inbox's filters.
 *
 * @param flow process id, or null for every flow
 * @param mode {@code unclaimed}, {@code mine} or {@code all} (of my delegation)
 * @param org organisation id within my subtree, or null
 * @param from created on or after, or null
 * @param to created on or before, or null
 */
public record InboxFilter(String flow, String mode, Long org,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	public InboxFilter {
		flow = (flow == null || flow.isBlank()) ? null : flow;
		mode = ("mine".equals(mode) || "all".equals(mode)) ? mode : "unclaimed";
	}

	public static InboxFilter unclaimed() {
		return new InboxFilter(null, "unclaimed", null, null, null);
	}

}
