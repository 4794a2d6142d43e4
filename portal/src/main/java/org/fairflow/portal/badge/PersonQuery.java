package org.fairflow.portal.badge;

import java.time.LocalDate;

import org.fairflow.portal.quota.BadgeType;
import org.fairflow.portal.unit.UnitCategory;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The statistics' filters on persons: the unit's organisation and everything below it,
 * the unit's category and edition, and the days the persons were entered (fair's zone,
 * inclusive); {@code null} when not set. The overview understands the same parameters, so
 * {@link #overviewLink} lists exactly the persons a count counted.
 */
public record PersonQuery(Long orgId, UnitCategory category, Integer edition, LocalDate since, LocalDate until) {

	/** The overview of the persons of this query in a stage and of a badge type. */
	public String overviewLink(Long orgId, PersonStage stage, BadgeType type) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/badge/overview");
		add(uri, "org", (orgId != null) ? orgId : this.orgId);
		add(uri, "stage", stage);
		add(uri, "type", type);
		add(uri, "category", this.category);
		add(uri, "edition", this.edition);
		add(uri, "since", this.since);
		add(uri, "until", this.until);
		return uri.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder uri, String key, Object value) {
		if (value != null) {
			uri.queryParam(key, value);
		}
	}

}
