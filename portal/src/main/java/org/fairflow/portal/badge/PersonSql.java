package org.fairflow.portal.badge;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.fairflow.portal.unit.UnitDirectory.SubSelect;
import org.fairflow.portal.unit.UnitDirectory.UnitSelection;

/**
 * The person overview's scope and filters as one SQL WHERE clause over
 * {@code badge_person}, read as {@link PersonOverview} reads them: the export and the
 * statistics' days hold exactly the rows the page lists.
 */
final class PersonSql {

	private final List<String> conditions = new ArrayList<>();

	private final List<Object> args = new ArrayList<>();

	private PersonSql() {
	}

	static PersonSql of(ReviewScope scope, OverviewFilter filter, ZoneId zone) {
		PersonSql where = new PersonSql();
		UnitSelection units = scope.selection(filter);
		if (units != null) {
			SubSelect ids = scope.unitIdsSql(units);
			where.add("unit_id in (" + ids.sql() + ")", ids.args().toArray());
		}
		if (filter.unitId() != null) {
			where.add("unit_id = ?", filter.unitId());
		}
		if (filter.stage() != null) {
			List<String> statuses = filter.stage().statuses().stream().map(Enum::name).toList();
			where.add("status in (" + String.join(", ", statuses.stream().map((s) -> "?").toList()) + ")",
					statuses.toArray());
		}
		if (filter.since() != null) {
			where.add("created_at >= ?", Timestamp.from(filter.since().atStartOfDay(zone).toInstant()));
		}
		if (filter.until() != null) {
			where.add("created_at < ?", Timestamp.from(filter.until().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		if (filter.name() != null) {
			String like = "%" + filter.name()
				.toLowerCase(Locale.ROOT)
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_") + "%";
			where.add("(lower(name_zh) like ? escape '\\' or lower(name_en) like ? escape '\\')", like, like);
		}
		if (filter.from() != null) {
			where.add("entry_to >= ?", filter.from());
		}
		if (filter.to() != null) {
			where.add("entry_from <= ?", filter.to());
		}
		if (filter.status() != null) {
			where.add("status = ?", filter.status().name());
		}
		if (filter.type() != null) {
			where.add("badge_type = ?", filter.type().name());
		}
		return where;
	}

	private void add(String condition, Object... values) {
		this.conditions.add(condition);
		this.args.addAll(Arrays.asList(values));
	}

	/** The clause with its leading {@code where}, or nothing. */
	String sql() {
		return this.conditions.isEmpty() ? "" : " where " + String.join(" and ", this.conditions);
	}

	Object[] args() {
		return this.args.toArray();
	}

}
