package org.fairflow.portal.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.UnitRows;
import org.fairflow.portal.unit.UnitCategory;

/**
 * A delegation tree of its own with units and persons in known statuses: the delegation
 * itself, its sub-delegation and the other delegation each get a few, so numbers can be
 * told apart and compared with their lists.
 */
final class StatisticsData {

	final Fixtures.Tree tree;

	final String tag = "统计" + System.nanoTime();

	StatisticsData(Fixtures fixtures, UnitRows rows) {
		this.tree = fixtures.tree();
		Instant now = Instant.now();
		Instant earlier = now.minus(20, ChronoUnit.DAYS);
		long direct = rows.unit(this.tree.delegation().getId(), this.tag + "团直属", UnitCategory.ENTERPRISE, "APPROVED",
				8, now);
		long government = rows.unit(this.tree.delegation().getId(), this.tag + "机关", UnitCategory.GOVERNMENT,
				"REJECTED", 7, earlier);
		long sub = rows.unit(this.tree.sub().getId(), this.tag + "分团企业", UnitCategory.ENTERPRISE, "APPROVED", 8, now);
		rows.unit(this.tree.sub().getId(), this.tag + "分团商会", UnitCategory.SOCIAL_ORGANISATION, "UNDER_REVIEW", 8, now);
		rows.unit(this.tree.sub().getId(), this.tag + "分团退回", UnitCategory.SOCIAL_ORGANISATION, "RETURNED", 8, now);
		long other = rows.unit(this.tree.other().getId(), this.tag + "他团企业", UnitCategory.ENTERPRISE, "APPROVED", 8,
				now);
		rows.person(direct, "VISITOR", "DRAFT", now);
		rows.person(direct, "STAFF", "AWAITING_REVIEW", now);
		rows.person(direct, "VIP", "PRODUCED", now);
		rows.person(government, "VISITOR", "REJECTED", earlier);
		rows.person(sub, "VISITOR", "APPROVED", now);
		rows.person(sub, "VISITOR", "DELIVERED", now);
		rows.person(sub, "STAFF", "CANCELLED", now);
		rows.person(other, "VIP", "APPROVED", now);
		rows.person(other, "VISITOR", "PRODUCED", now);
		long paid = rows.paidOrder(direct, new BigDecimal("200.00"), now);
		rows.paidOrder(sub, new BigDecimal("100.00"), now);
		rows.paidOrder(government, new BigDecimal("100.00"), earlier);
		rows.paidOrder(other, new BigDecimal("300.00"), now);
		rows.refunded(direct, paid, new BigDecimal("100.00"), now);
	}

}
