package org.fairflow.portal.quota;

/**
 * No free quota left at one level of the chain: the message says which, such as
 * {@code VIP 80/80 at 上海交易团}. Nothing was consumed.
 */
public class QuotaExceededException extends QuotaException {

	private final BadgeType type;

	private final int taken;

	private final int allocated;

	private final String level;

	QuotaExceededException(BadgeType type, int taken, int allocated, String level, String localLevel) {
		super(type + " " + taken + "/" + allocated + " at " + level, "quota.exceeded", Quotas.resolvable(type), taken,
				allocated, localLevel);
		this.type = type;
		this.taken = taken;
		this.allocated = allocated;
		this.level = level;
	}

	public BadgeType type() {
		return this.type;
	}

	/** What is used or passed on at the exhausted level. */
	public int taken() {
		return this.taken;
	}

	public int allocated() {
		return this.allocated;
	}

	/**
	 * The exhausted level: an organisation's Chinese name, or a unit's name and credit
	 * code.
	 */
	public String level() {
		return this.level;
	}

}
