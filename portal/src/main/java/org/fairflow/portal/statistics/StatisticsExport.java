package org.fairflow.portal.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.fairflow.portal.badge.PersonStage;
import org.fairflow.portal.export.ExportTable;
import org.fairflow.portal.quota.BadgeType;
import org.fairflow.portal.unit.UnitStatus;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The statistics table as an export: one row per organisation of the requester's scope
 * and the total, counted in the request (the table is small: one row per delegation).
 */
@Component
class StatisticsExport {

	private final MessageSource messages;

	StatisticsExport(MessageSource messages) {
		this.messages = messages;
	}

	ExportTable table(List<StatisticsRow> rows, StatisticsFilter filter, Locale locale) {
		List<String> headers = new ArrayList<>(
				List.of(text("statistics.organisation", locale), text("statistics.units.registered", locale)));
		for (UnitStatus status : UnitStatus.values()) {
			headers.add(text("statistics.units", locale) + " " + text("status." + status.name(), locale));
		}
		for (PersonStage stage : PersonStage.values()) {
			headers
				.add(text("statistics.persons", locale) + " " + text("badge.overview.stage." + stage.name(), locale));
		}
		for (BadgeType type : BadgeType.values()) {
			headers.add(text("statistics.persons", locale) + " " + text(type.messageKey(), locale));
		}
		for (String kind : List.of("payments", "refunds")) {
			headers.add(text("statistics.money." + kind, locale) + " " + text("statistics.money.count", locale));
			headers.add(text("statistics.money." + kind, locale) + " " + text("statistics.money.amount", locale));
		}
		List<List<Object>> lines = rows.stream().map((row) -> line(row, locale)).toList();
		return new ExportTable() {

			@Override
			public String fileName() {
				return "statistics";
			}

			@Override
			public String description() {
				return ExportTable.describe(text("statistics.title", locale), filter.link("/statistics"));
			}

			@Override
			public List<String> headers() {
				return headers;
			}

			@Override
			public long rowCount() {
				return lines.size();
			}

			@Override
			public void rows(Consumer<List<?>> sink) {
				lines.forEach(sink);
			}

		};
	}

	private List<Object> line(StatisticsRow row, Locale locale) {
		List<Object> cells = new ArrayList<>();
		cells.add(row.isTotal() ? text("statistics.total", locale) : (row.isIndented() ? "— " : "") + row.name(locale));
		cells.add(row.getUnitsRegistered());
		for (UnitStatus status : UnitStatus.values()) {
			cells.add(row.units(status));
		}
		for (PersonStage stage : PersonStage.values()) {
			cells.add(row.persons(stage));
		}
		for (BadgeType type : BadgeType.values()) {
			cells.add(row.type(type));
		}
		cells.add(row.getPayments().getCount());
		cells.add(row.getPayments().getAmount());
		cells.add(row.getRefunds().getCount());
		cells.add(row.getRefunds().getAmount());
		return cells;
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
