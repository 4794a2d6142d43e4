package org.fairflow.portal.directory;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.fairflow.portal.booth.ExhibitionZone;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Live booths written as bulk SQL (closed history: units, used codes, exhibitors, media
 * rows, booths with an approved live revision), as many as a directory of thousands needs
 * without running thousands of audits. PostgreSQL's {@code generate_series}: the tests
 * run on PostgreSQL. The media rows have no file: the pages only link to them.
 */
final class LiveBoothRows {

	private final JdbcTemplate jdbc;

	private final Long inviterOrgId;

	private final Long unitOrgId;

	LiveBoothRows(JdbcTemplate jdbc, Long inviterOrgId, Long unitOrgId) {
		this.jdbc = jdbc;
		this.inviterOrgId = inviterOrgId;
		this.unitOrgId = unitOrgId;
	}

	/** What the booths of one call share. */
	record Spec(String namePrefix, ExhibitionZone zone, List<String> tags, boolean showContact) {
	}

	/**
	 * {@code count} live booths named {@code namePrefix + 0001…}; returns their ids in
	 * the directory's order (by name).
	 */
	List<Long> live(Spec spec, int count) {
		String token = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
		String units = token + "D%";
		this.jdbc.update(
				"insert into unit (credit_code, name_zh, name_en, address, contact_name, contact_mobile,"
						+ " contact_email, category, organisation_id, product_areas, status, created_at, updated_at)"
						+ " select ? || 'D' || lpad(g::text, 9, '0'), '名录单位' || ? || g, 'Directory unit ' || ? || g,"
						+ " '上海市测试路 1 号', '李联络', '13912345678', 'contact@example.com', 'ENTERPRISE', ?, 'FOOD_AGRI',"
						+ " 'APPROVED', now(), now() from generate_series(1, ?) g",
				token, token, token, this.unitOrgId, count);
		Long batch = this.jdbc.queryForObject("insert into invitation_batch (organisation_id, label, size, expires_at,"
				+ " created_at, created_by) values (?, 'bulk', ?, now() + interval '30 days', now(), 'bulk') returning id",
				Long.class, this.inviterOrgId, count);
		this.jdbc.update("insert into invitation_code (code, batch_id, organisation_id, expires_at, status, used_at,"
				+ " created_at) select substr(?, 1, 6) || lpad(g::text, 6, '0'), ?, ?, now() + interval '30 days',"
				+ " 'USED', now(), now() from generate_series(1, ?) g", token, batch, this.inviterOrgId, count);
		this.jdbc.update(
				"insert into exhibitor (unit_id, inviter_org_id, code_id, participation, contact_name,"
						+ " contact_mobile, contact_email, purposes, content, needs, registered_at, registered_by)"
						+ " select u.id, ?, c.id, 'ONLINE', '张展商', '+8613800138000', 'exhibitor@example.com', 'TRADE',"
						+ " '展示', '无', now(), 'bulk' from unit u join invitation_code c"
						+ " on c.code = substr(?, 1, 6) || substr(u.credit_code, 13, 6) where u.credit_code like ?",
				this.inviterOrgId, token, units);
		String exhibitors = " from exhibitor e join unit u on u.id = e.unit_id where u.credit_code like ?";
		for (String path : List.of("bulk/logo", "bulk/image")) {
			this.jdbc.update("insert into exhibit_media (exhibitor_id, kind, content_type, size_bytes, sha256,"
					+ " storage_path, width, height, claimed, created_at) select e.id, 'IMAGE', 'image/png', 1, 'x', ?,"
					+ " 64, 64, true, now()" + exhibitors, path, units);
		}
		this.jdbc.update("insert into booth (exhibitor_id, status, created_at, updated_at) select e.id, 'APPROVED',"
				+ " now(), now()" + exhibitors, units);
		this.jdbc.update("insert into booth_revision (booth_id, name, name_key, logo_media_id, website, introduction,"
				+ " main_business, zone, booth_number, contact_name, contact_phone, contact_email, show_contact,"
				+ " created_at, created_by) select b.id, ? || substr(u.credit_code, 15, 4),"
				+ " lower(? || substr(u.credit_code, 15, 4)),"
				+ " (select min(m.id) from exhibit_media m where m.exhibitor_id = e.id and m.storage_path = 'bulk/logo'),"
				+ " 'https://example.com/' || u.credit_code, '展台介绍' || u.credit_code, '主营' || u.credit_code, ?,"
				+ " 'B-' || substr(u.credit_code, 15, 4), '王展务', '010-12345678', 'booth@example.com', ?, now(), 'bulk'"
				+ " from booth b join exhibitor e on e.id = b.exhibitor_id join unit u on u.id = e.unit_id"
				+ " where u.credit_code like ?", spec.namePrefix(), spec.namePrefix(), spec.zone().name(),
				spec.showContact(), units);
		String booths = " from booth b join exhibitor e on e.id = b.exhibitor_id join unit u on u.id = e.unit_id"
				+ " where u.credit_code like ?";
		this.jdbc.update("update booth set live_revision_id = (select max(r.id) from booth_revision r"
				+ " where r.booth_id = booth.id), approved_revision_id = (select max(r.id) from booth_revision r"
				+ " where r.booth_id = booth.id) where id in (select b.id" + booths + ")", units);
		for (int i = 0; i < spec.tags().size(); i++) {
			String tag = spec.tags().get(i);
			this.jdbc.update(
					"insert into booth_revision_tag (revision_id, position, tag, tag_key)"
							+ " select b.live_revision_id, ?, ?, ?" + booths,
					i, tag, tag.toLowerCase(Locale.ROOT), units);
		}
		this.jdbc.update("insert into booth_revision_media (revision_id, position, kind, media_id)"
				+ " select b.live_revision_id, 0, 'IMAGE', m.id from booth b join exhibitor e on e.id = b.exhibitor_id"
				+ " join unit u on u.id = e.unit_id join exhibit_media m on m.exhibitor_id = e.id"
				+ " and m.storage_path = 'bulk/image' where u.credit_code like ?", units);
		return this.jdbc.queryForList("select b.id from booth b join booth_revision r on r.id = b.live_revision_id"
				+ " where r.name like ? order by r.name_key, b.id", Long.class, spec.namePrefix() + "%");
	}

	/** A video on the booth's live revision; returns the medium's id. */
	long addVideo(long boothId) {
		Long media = this.jdbc.queryForObject("insert into exhibit_media (exhibitor_id, kind, content_type, size_bytes,"
				+ " sha256, storage_path, claimed, created_at) select exhibitor_id, 'VIDEO', 'video/mp4', 1, 'x',"
				+ " 'bulk/video', true, now() from booth where id = ? returning id", Long.class, boothId);
		this.jdbc.update("insert into booth_revision_media (revision_id, position, kind, media_id)"
				+ " select live_revision_id, 0, 'VIDEO', ? from booth where id = ?", media, boothId);
		return media;
	}

	/**
	 * A live booth's exhibitor edits it: a new pending revision (named {@code newName}),
	 * the booth hidden until the re-audit approves it, as {@code booth.BoothEditing}
	 * does.
	 */
	void editLive(long boothId, String newName) {
		this.jdbc.update("insert into booth_revision (booth_id, name, name_key, logo_media_id, website, introduction,"
				+ " main_business, zone, booth_number, contact_name, contact_phone, contact_email, show_contact,"
				+ " created_at, created_by) select booth_id, ?, ?, logo_media_id, website, introduction, main_business,"
				+ " zone, booth_number, contact_name, contact_phone, contact_email, show_contact, now(), 'edit'"
				+ " from booth_revision where id = (select live_revision_id from booth where id = ?)", newName,
				newName.toLowerCase(Locale.ROOT), boothId);
		this.jdbc
			.update("update booth set pending_revision_id = (select max(id) from booth_revision where booth_id = ?),"
					+ " live_revision_id = null, status = 'AWAITING_AUDIT' where id = ?", boothId, boothId);
	}

	/**
	 * A product of the booth's exhibitor with one live revision and an image, as an
	 * approved product is stored; {@code listed} and {@code forcedReason} as the
	 * exhibitor and the organiser left it. Returns the product's number.
	 */
	String addProduct(long boothId, String name, boolean listed, String forcedReason, String marketPrice) {
		String number = "PT" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
		Long product = this.jdbc.queryForObject("insert into product (exhibitor_id, number, status, listed,"
				+ " forced_reason, forced_at, forced_by, created_at, updated_at) select exhibitor_id, ?, 'APPROVED', ?,"
				+ " ?, ?, ?, now(), now() from booth where id = ? returning id", Long.class, number, listed,
				forcedReason, (forcedReason != null) ? java.sql.Timestamp.from(java.time.Instant.now()) : null,
				(forcedReason != null) ? "organiser" : null, boothId);
		Long revision = this.jdbc.queryForObject("insert into product_revision (product_id, name, name_key, category,"
				+ " origin, brand, market_price, introduction, created_at, created_by) values (?, ?, ?, 'EDUCATION_PRIMARY',"
				+ " '北京', null, cast(? as numeric), '展品介绍', now(), 'bulk') returning id", Long.class, product, name,
				name.toLowerCase(Locale.ROOT), marketPrice);
		Long media = this.jdbc.queryForObject("insert into exhibit_media (exhibitor_id, kind, content_type, size_bytes,"
				+ " sha256, storage_path, claimed, created_at) select exhibitor_id, 'IMAGE', 'image/png', 1, 'x',"
				+ " 'bulk/product', true, now() from product where id = ? returning id", Long.class, product);
		this.jdbc.update("insert into product_revision_image (revision_id, position, media_id) values (?, 0, ?)",
				revision, media);
		this.jdbc.update("update product set live_revision_id = ? where id = ?", revision, product);
		return number;
	}

}
