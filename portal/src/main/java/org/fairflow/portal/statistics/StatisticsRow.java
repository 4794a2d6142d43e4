package org.fairflow.portal.statistics;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.fairflow.portal.badge.PersonStage;
import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.quota.BadgeType;
import org.fairflow.portal.unit.UnitStatus;

/**
 * One line of the statistics table: a delegation (its whole subtree), a sub-delegation,
 * or the total ({@code organisation} null) of the requester's scope.
 */
final class StatisticsRow {

	private final Organisation organisation;

	private final boolean indented;

	private final Map<UnitStatus, Long> units = zeros(UnitStatus.class, UnitStatus.values());

	private final Map<PersonStage, Long> persons = zeros(PersonStage.class, PersonStage.values());

	private final Map<BadgeType, Long> types = zeros(BadgeType.class, BadgeType.values());

	private final Money payments = new Money();

	private final Money refunds = new Money();

	StatisticsRow(Organisation organisation, boolean indented) {
		this.organisation = organisation;
		this.indented = indented;
	}

	void addUnits(UnitStatus status, long count) {
		this.units.merge(status, count, Long::sum);
	}

	void addPersons(PersonStage stage, long count) {
		this.persons.merge(stage, count, Long::sum);
	}

	void addType(BadgeType type, long count) {
		this.types.merge(type, count, Long::sum);
	}

	void addPayments(long count, BigDecimal amount) {
		this.payments.add(count, amount);
	}

	void addRefunds(long count, BigDecimal amount) {
		this.refunds.add(count, amount);
	}

	/** Orders paid: how many and how much. */
	public Money getPayments() {
		return this.payments;
	}

	/** Refunds paid back: how many and how much. */
	public Money getRefunds() {
		return this.refunds;
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	/** The organisation's id, null for the total (its links cover the whole scope). */
	public Long getOrgId() {
		return (this.organisation != null) ? this.organisation.getId() : null;
	}

	public boolean isIndented() {
		return this.indented;
	}

	public boolean isTotal() {
		return this.organisation == null;
	}

	public String name(Locale locale) {
		return (this.organisation != null) ? this.organisation.name(locale) : "";
	}

	/** Units registered, in any status. */
	public long getUnitsRegistered() {
		return this.units.values().stream().mapToLong(Long::longValue).sum();
	}

	public long units(UnitStatus status) {
		return this.units.get(status);
	}

	public long persons(PersonStage stage) {
		return this.persons.get(stage);
	}

	/** Persons registered with a badge type. */
	public long type(BadgeType type) {
		return this.types.get(type);
	}

	/** A count of payments or refunds and their sum. */
	static final class Money {

		private long count;

		private BigDecimal amount = BigDecimal.ZERO.setScale(2);

		void add(long count, BigDecimal amount) {
			this.count += count;
			this.amount = this.amount.add((amount != null) ? amount : BigDecimal.ZERO);
		}

		public long getCount() {
			return this.count;
		}

		public BigDecimal getAmount() {
			return this.amount;
		}

	}

	private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type, E[] values) {
		Map<E, Long> map = new EnumMap<>(type);
		for (E value : values) {
			map.put(value, 0L);
		}
		return map;
	}

}
