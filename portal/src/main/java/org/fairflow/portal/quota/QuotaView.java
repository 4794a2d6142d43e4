package org.fairflow.portal.quota;

import java.util.EnumMap;
import java.util.Map;

/**
 * What a holder has of each quota badge type, shown as in the guides ("VIP 17/80": used /
 * allocated).
 *
 * @param orgId the organisation, when the holder is one
 * @param creditCode the unit's credit code, when the holder is a unit
 * @param usage per badge type; a type without an allocation reads as {@link Usage#NONE}
 */
public record QuotaView(Long orgId, String creditCode, Map<BadgeType, Usage> usage) {

	public QuotaView {
		usage = Map.copyOf(usage);
	}

	static QuotaView empty(Long orgId, String creditCode) {
		return new QuotaView(orgId, creditCode, new EnumMap<>(BadgeType.class));
	}

	public Usage of(BadgeType type) {
		return this.usage.getOrDefault(type, Usage.NONE);
	}

	public Usage staff() {
		return of(BadgeType.STAFF);
	}

	public Usage vip() {
		return of(BadgeType.VIP);
	}

	/**
	 * One holder's quota of one badge type.
	 *
	 * @param allocated what the holder was given
	 * @param used reservations at or below the holder
	 * @param onward allocated on to sub-delegations and units
	 * @param directUsed reservations drawn straight from the holder's own free part
	 * @param shared for a unit: this is its organisation's quota, which the unit shares
	 * because it has no allocation of its own
	 */
	public record Usage(int allocated, int used, int onward, int directUsed, boolean shared) {

		public static final Usage NONE = new Usage(0, 0, 0, 0, false);

		/** What can still be reserved from, or allocated on from, this holder. */
		public int free() {
			return this.allocated - this.onward - this.directUsed;
		}

		/** Used in sub-organisations and units this holder allocated on to. */
		public int usedOnward() {
			return this.used - this.directUsed;
		}

		/** "17/80": used / allocated. */
		public String label() {
			return this.used + "/" + this.allocated;
		}

		Usage asShared() {
			return new Usage(this.allocated, this.used, this.onward, this.directUsed, true);
		}

	}

}
