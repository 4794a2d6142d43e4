package org.fairflow.portal.exhibit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.fairflow.portal.exhibitor.Exhibitor;
import org.fairflow.portal.exhibitor.Exhibitors;
import org.fairflow.portal.export.ExportFormat;
import org.fairflow.portal.export.ExportTable;
import org.fairflow.portal.export.Exports;
import org.fairflow.portal.unit.UnitDirectory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The exports of products' and projects' lists, written the same way for each kind with
 * the kind's own {@link ItemColumns}: the exhibitor's own items ({@link ItemPages}) and
 * the organiser's listed ones ({@link ListedItemPages}), each with its page's filters and
 * order, all pages.
 */
@Component
public class ItemExports {

	/** Items loaded at a time for the exhibitor's export. */
	private static final int CHUNK = 100;

	private final Exports exports;

	private final MessageSource messages;

	private final Exhibitors exhibitors;

	private final UnitDirectory units;

	ItemExports(Exports exports, MessageSource messages, Exhibitors exhibitors, UnitDirectory units) {
		this.exports = exports;
		this.messages = messages;
		this.exhibitors = exhibitors;
		this.units = units;
	}

	/** The exhibitor's list's address with its filters ({@code /exhibitor/products}). */
	static UriComponentsBuilder ownLink(String path, String q, ItemStatus status, Boolean listed) {
		return UriComponentsBuilder.fromPath(path)
			.queryParamIfPresent("q", Optional.ofNullable(q).filter((text) -> !text.isBlank()))
			.queryParamIfPresent("status", Optional.ofNullable(status))
			.queryParamIfPresent("listed", Optional.ofNullable(listed).map((yes) -> yes ? "yes" : "no"));
	}

	/** The organiser's list's address with its search ({@code /exhibits/listed}). */
	static UriComponentsBuilder listedLink(String path, String q) {
		return UriComponentsBuilder.fromPath(path)
			.queryParamIfPresent("q", Optional.ofNullable(q).filter((text) -> !text.isBlank()));
	}

	<C extends ItemContent> void own(ItemKind kind, ItemColumns<C> columns, String pageLink, Supplier<List<Long>> ids,
			Function<List<Long>, List<ItemRow<C>>> load, String format, Locale locale, HttpServletResponse response)
			throws IOException {
		ExportFormat chosen = ExportFormat.of(format);
		String k = kind.nameEn();
		List<String> headers = headers(locale, List.of(k + ".number", k + ".name"), columns.headerKeys(),
				List.of(k + ".created", k + ".auditStatus", k + ".listing"));
		ExportTable table = ExportTable.of("my-" + k + "s", ExportTable.describe(text(k + ".title", locale), pageLink),
				headers, () -> -1, (sink) -> {
					List<Long> all = ids.get();
					for (int from = 0; from < all.size(); from += CHUNK) {
						for (ItemRow<C> row : load.apply(all.subList(from, Math.min(from + CHUNK, all.size())))) {
							List<Object> cells = new ArrayList<>(Arrays.asList(row.number(), row.name()));
							cells.addAll(columns.cells(row.content(), locale));
							cells.add(row.createdAt());
							cells.add(text("status." + row.status().name(), locale));
							cells.add(text(k + ".listed." + (row.forced() ? "forced" : row.listed() ? "yes" : "no"),
									locale));
							sink.accept(cells);
						}
					}
				});
		this.exports.write(table, chosen, response);
	}

	<C extends ItemContent> void listed(ItemKind kind, ListedItems<?, C> listed, ItemColumns<C> columns,
			String pageLink, String q, String format, Locale locale, HttpServletResponse response) throws IOException {
		ExportFormat chosen = ExportFormat.of(format);
		String k = kind.nameEn();
		List<String> headers = headers(locale, List.of(k + ".number", k + ".name", "exhibit.export.exhibitor"),
				columns.headerKeys(), List.of());
		String title = text("product.listedAll.title", locale) + " · " + text("product.listedAll." + k + "s", locale);
		// An exhibitor lists many items: each name is looked up once per export.
		Map<Long, String> names = new HashMap<>();
		ExportTable table = ExportTable.of("listed-" + k + "s", ExportTable.describe(title, pageLink), headers,
				() -> -1, (sink) -> listed.eachListed(q, (item) -> {
					List<Object> cells = new ArrayList<>(Arrays.asList(item.number(), item.content().name(),
							names.computeIfAbsent(item.exhibitorId(), (id) -> exhibitorName(id, locale))));
					cells.addAll(columns.cells(item.content(), locale));
					sink.accept(cells);
				}));
		this.exports.write(table, chosen, response);
	}

	private String exhibitorName(long exhibitorId, Locale locale) {
		return this.exhibitors.find(exhibitorId)
			.map(Exhibitor::getUnitId)
			.flatMap(this.units::findById)
			.map((unit) -> (unit.name(locale) != null) ? unit.name(locale) : unit.nameZh())
			.orElse("#" + exhibitorId);
	}

	@SafeVarargs
	private List<String> headers(Locale locale, List<String>... keys) {
		List<String> headers = new ArrayList<>();
		for (List<String> part : keys) {
			part.forEach((key) -> headers.add(text(key, locale)));
		}
		return headers;
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
