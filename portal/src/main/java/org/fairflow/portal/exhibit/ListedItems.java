package org.fairflow.portal.exhibit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * A kind's listed items for the public (the exhibitor directory) and the organiser: the
 * live revision of items their exhibitor listed and the organiser did not force off,
 * never a draft or a revision in audit. Also tells the media module which images the
 * public may load.
 *
 * @param <L> what the public sees of one item
 * @param <C> the item's revision content
 */
@Transactional(readOnly = true)
public abstract class ListedItems<L, C extends ItemContent> implements PublicMedia {

	private static final String ORDER = " order by r.name_key, p.id";

	private final String listed;

	private final String imageTable;

	private final ItemRevisions<?, C, ?> revisions;

	private final JdbcTemplate jdbc;

	protected ListedItems(ItemKind kind, ItemRevisions<?, C, ?> revisions, JdbcTemplate jdbc) {
		String table = kind.nameEn();
		this.listed = " from " + table + " p join " + table + "_revision r on r.id = p.live_revision_id"
				+ " where p.listed = true and p.forced_reason is null";
		this.imageTable = table + "_revision_image";
		this.revisions = revisions;
		this.jdbc = jdbc;
	}

	protected abstract L listed(long itemId, String number, long exhibitorId, C content);

	/** An exhibitor's listed items, by name. */
	public Page<L> listedOf(long exhibitorId, Pageable pageable) {
		return page(" and p.exhibitor_id = ?", List.of(exhibitorId), pageable);
	}

	/**
	 * All listed items of the kind, by name; {@code search}: part of the name or number.
	 */
	public Page<L> listed(String search, Pageable pageable) {
		List<Object> args = new ArrayList<>();
		return page(matching(search, args), args, pageable);
	}

	/**
	 * Every item {@link #listed(String, Pageable)} finds, in its order, without pages
	 * (the organiser's export).
	 */
	public void eachListed(String search, Consumer<Listed<C>> sink) {
		List<Object> args = new ArrayList<>();
		String where = matching(search, args);
		// Read before the contents are, so no query runs while the result set is open.
		List<Object[]> rows = new ArrayList<>();
		this.jdbc.query("select p.number, p.exhibitor_id, r.id" + this.listed + where + ORDER, (rs) -> {
			rows.add(new Object[] { rs.getString(1), rs.getLong(2), rs.getLong(3) });
		}, args.toArray());
		rows.forEach((row) -> sink
			.accept(new Listed<>((String) row[0], (Long) row[1], this.revisions.content((Long) row[2]).orElseThrow())));
	}

	/** One listed item as the export reads it. */
	public record Listed<C>(String number, long exhibitorId, C content) {
	}

	@Override
	public boolean isPublic(long mediaId) {
		Integer found = this.jdbc.queryForObject("select count(*)" + this.listed + " and r.id in"
				+ " (select i.revision_id from " + this.imageTable + " i where i.media_id = ?)", Integer.class,
				mediaId);
		return found != null && found > 0;
	}

	private Page<L> page(String where, List<Object> args, Pageable pageable) {
		Long total = this.jdbc.queryForObject("select count(*)" + this.listed + where, Long.class, args.toArray());
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(pageable.getPageSize());
		pageArgs.add(pageable.getOffset());
		List<Object[]> rows = new ArrayList<>();
		this.jdbc.query(
				"select p.id, p.number, p.exhibitor_id, r.id" + this.listed + where + ORDER + " limit ? offset ?",
				(rs) -> {
					rows.add(new Object[] { rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4) });
				}, pageArgs.toArray());
		List<L> items = rows.stream()
			.map((row) -> listed((Long) row[0], (String) row[1], (Long) row[2],
					this.revisions.content((Long) row[3]).orElseThrow()))
			.toList();
		return new PageImpl<>(items, pageable, (total != null) ? total : 0);
	}

	/**
	 * The condition for {@code search} (part of the name or number), its values added.
	 */
	private static String matching(String search, List<Object> args) {
		if (search == null || search.isBlank()) {
			return "";
		}
		String pattern = "%" + escapeLike(search.strip().toLowerCase(Locale.ROOT)) + "%";
		args.add(pattern);
		args.add(pattern);
		return " and (r.name_key like ? escape '\\' or lower(p.number) like ? escape '\\')";
	}

	/** A LIKE pattern's text with its wildcards and escape taken literally. */
	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
