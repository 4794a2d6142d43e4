package org.fairflow.portal.quota;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The quota tables in plain SQL. Every change of a count is one conditional update, so
 * that a count is only ever changed when the rule still holds at the moment the row is
 * written (and the table's checks refuse anything else).
 */
@Repository
class QuotaLedger {

	private static final String COLUMNS = "id, badge_type, org_id, credit_code, parent_id, parent_org_id, allocated, "
			+ "onward, direct_used, used";

	private final JdbcClient jdbc;

	QuotaLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Allocation> byId(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from quota_allocation where id = ?")
			.param(id)
			.query(QuotaLedger::allocation)
			.optional();
	}

	/**
	 * The organisation's row; {@code lock} takes its row lock until the end of the
	 * transaction.
	 */
	Optional<Allocation> ofOrg(Long orgId, BadgeType type, boolean lock) {
		return this.jdbc
			.sql("select " + COLUMNS + " from quota_allocation where org_id = ? and badge_type = ?"
					+ (lock ? " for update" : ""))
			.param(orgId)
			.param(type.name())
			.query(QuotaLedger::allocation)
			.optional();
	}

	/** The unit's row, whichever organisation holds it. */
	Optional<Allocation> ofUnit(String creditCode, BadgeType type, boolean lock) {
		return this.jdbc
			.sql("select " + COLUMNS + " from quota_allocation where credit_code = ? and badge_type = ?"
					+ (lock ? " for update" : ""))
			.param(creditCode)
			.param(type.name())
			.query(QuotaLedger::allocation)
			.optional();
	}

	List<Allocation> ofOrgs(Collection<Long> orgIds) {
		if (orgIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + COLUMNS + " from quota_allocation where org_id in (:ids)")
			.param("ids", orgIds)
			.query(QuotaLedger::allocation)
			.list();
	}

	/** Unit rows an organisation gave, oldest first. */
	List<Allocation> unitsHeldBy(Long holderOrgId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from quota_allocation where parent_org_id = ? and credit_code is not null"
					+ " order by id")
			.param(holderOrgId)
			.query(QuotaLedger::allocation)
			.list();
	}

	List<Allocation> ofUnit(String creditCode) {
		return this.jdbc.sql("select " + COLUMNS + " from quota_allocation where credit_code = ?")
			.param(creditCode)
			.query(QuotaLedger::allocation)
			.list();
	}

	long insert(BadgeType type, Long orgId, String creditCode, Long parentId, Long parentOrgId, int allocated,
			String by) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into quota_allocation (badge_type, org_id, credit_code, parent_id, parent_org_id, allocated,"
					+ " updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(type.name(), orgId, creditCode, parentId, parentOrgId, allocated, now(), by)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/** Sets what a holder has, unless that is below what it already used or passed on. */
	boolean setAllocated(long id, int allocated, String by) {
		return this.jdbc
			.sql("update quota_allocation set allocated = ?, updated_at = ?, updated_by = ?"
					+ " where id = ? and ? >= onward + direct_used and ? >= used")
			.params(allocated, now(), by, id, allocated, allocated)
			.update() == 1;
	}

	/** Changes what a holder passed on to its children, within what it has. */
	boolean addOnward(long id, int delta) {
		return this.jdbc
			.sql("update quota_allocation set onward = onward + ?"
					+ " where id = ? and onward + direct_used + ? <= allocated and onward + ? >= 0")
			.params(delta, id, delta, delta)
			.update() == 1;
	}

	/**
	 * Unit rows only: a unit's allocation taken back entirely, nothing reserved from it.
	 */
	boolean deleteUnused(long id) {
		return this.jdbc
			.sql("delete from quota_allocation where id = ? and credit_code is not null and used = 0"
					+ " and direct_used = 0")
			.param(id)
			.update() == 1;
	}

	/** One reservation drawn from this row's own free part. */
	boolean drawDirect(long id) {
		return this.jdbc
			.sql("update quota_allocation set direct_used = direct_used + 1, used = used + 1"
					+ " where id = ? and onward + direct_used < allocated and used < allocated")
			.param(id)
			.update() == 1;
	}

	/** One reservation made below this row, counted against it. */
	boolean countBelow(long id) {
		return this.jdbc.sql("update quota_allocation set used = used + 1 where id = ? and used < allocated")
			.param(id)
			.update() == 1;
	}

	boolean returnDirect(long id) {
		return this.jdbc
			.sql("update quota_allocation set direct_used = direct_used - 1, used = used - 1"
					+ " where id = ? and direct_used > 0 and used > 0")
			.param(id)
			.update() == 1;
	}

	boolean uncountBelow(long id) {
		return this.jdbc.sql("update quota_allocation set used = used - 1 where id = ? and used > 0")
			.param(id)
			.update() == 1;
	}

	Optional<LedgerEntry> reservation(String personRef) {
		return this.jdbc
			.sql("select person_ref, badge_type, allocation_id, unit_credit_code, unit_org_id, reserved_at"
					+ " from quota_reservation where person_ref = ?")
			.param(personRef)
			.query(QuotaLedger::entry)
			.optional();
	}

	/** Fails with a duplicate key while another transaction holds the same person. */
	void insertReservation(String personRef, BadgeType type, long allocationId, String unitCreditCode, Long unitOrgId) {
		this.jdbc
			.sql("insert into quota_reservation (person_ref, badge_type, allocation_id, unit_credit_code,"
					+ " unit_org_id, reserved_at) values (?, ?, ?, ?, ?, ?)")
			.params(personRef, type.name(), allocationId, unitCreditCode, unitOrgId, now())
			.update();
	}

	/**
	 * Rewrites the entry exactly as read (an upgrade): false if it changed or went
	 * meanwhile.
	 */
	boolean replaceReservation(LedgerEntry entry, BadgeType type, long allocationId, String unitCreditCode,
			Long unitOrgId) {
		return this.jdbc
			.sql("update quota_reservation set badge_type = ?, allocation_id = ?, unit_credit_code = ?,"
					+ " unit_org_id = ?, reserved_at = ? where person_ref = ? and badge_type = ? and allocation_id = ?")
			.params(type.name(), allocationId, unitCreditCode, unitOrgId, now(), entry.personRef(), entry.type().name(),
					entry.allocationId())
			.update() == 1;
	}

	/** Deletes the entry exactly as read: false if it changed or went meanwhile. */
	boolean deleteReservation(LedgerEntry entry) {
		return this.jdbc
			.sql("delete from quota_reservation where person_ref = ? and badge_type = ? and allocation_id = ?")
			.params(entry.personRef(), entry.type().name(), entry.allocationId())
			.update() == 1;
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

	private static Allocation allocation(ResultSet rs, int row) throws SQLException {
		return new Allocation(rs.getLong("id"), BadgeType.valueOf(rs.getString("badge_type")),
				nullableLong(rs, "org_id"), rs.getString("credit_code"), nullableLong(rs, "parent_id"),
				nullableLong(rs, "parent_org_id"), rs.getInt("allocated"), rs.getInt("onward"),
				rs.getInt("direct_used"), rs.getInt("used"));
	}

	private static LedgerEntry entry(ResultSet rs, int row) throws SQLException {
		return new LedgerEntry(rs.getString("person_ref"), BadgeType.valueOf(rs.getString("badge_type")),
				rs.getLong("allocation_id"), rs.getString("unit_credit_code"), rs.getLong("unit_org_id"),
				rs.getObject("reserved_at", OffsetDateTime.class).toInstant());
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
