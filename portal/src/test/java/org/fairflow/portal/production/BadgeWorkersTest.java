package org.fairflow.portal.production;

import java.util.HashMap;
import java.util.Map;

import io.camunda.client.api.response.ActivatedJob;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code produce-badge} and {@code void-badge}: one badge per case and round, retries
 * change nothing, the delivery choice is read at production time.
 */
@PortalTest
class BadgeWorkersTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProduceBadgeWorker produce;

	@Autowired
	VoidBadgeWorker voidBadge;

	@Autowired
	ProducedBadges producedBadges;

	ProductionTestData.Applicant applicant;

	@BeforeEach
	void applicant() {
		this.applicant = ProductionTestData.applicant(this.fixtures, this.accounts, this.jdbc);
	}

	@Test
	void producingTheSameRoundTwiceReturnsTheSameBadgeAndStoresOneRow() throws Exception {
		Map<String, Object> first = this.produce.handle(ProductionTestData.produceJob(this.applicant, 1, "VISITOR"));
		Map<String, Object> again = this.produce.handle(ProductionTestData.produceJob(this.applicant, 1, "VISITOR"));

		assertThat(first.get("badgeId")).isNotNull().isEqualTo(again.get("badgeId"));
		assertThat(rows()).isEqualTo(1);
		Map<String, Object> row = this.jdbc.queryForMap("select * from produced_badge where id = ?",
				first.get("badgeId"));
		assertThat(row).containsEntry("case_id", this.applicant.caseId())
			.containsEntry("round_no", 1)
			.containsEntry("person_id", this.applicant.personId())
			.containsEntry("unit_id", this.applicant.unitId())
			.containsEntry("name_zh", "王小明")
			.containsEntry("name_en", "WANG Xiaoming")
			.containsEntry("unit_name", "制证测试单位")
			.containsEntry("badge_type", "VISITOR")
			.containsEntry("job_title", "采购经理")
			.containsEntry("status", "VALID")
			.containsEntry("reused", false);
		assertThat(row.get("produced_at")).isNotNull();
		assertThat(row.get("voided_at")).isNull();
	}

	@Test
	void aNewRoundProducesANewBadgeWhichBecomesTheCurrentOne() throws Exception {
		Object first = this.produce.handle(ProductionTestData.produceJob(this.applicant, 1, "VISITOR")).get("badgeId");
		this.voidBadge.handle(voidJob(first));
		Object second = this.produce.handle(ProductionTestData.produceJob(this.applicant, 2, "VIP")).get("badgeId");

		assertThat(second).isNotEqualTo(first);
		assertThat(rows()).isEqualTo(2);
		assertThat(this.producedBadges.current(this.applicant.caseId()))
			.contains(new ProducedBadges.Badge(second.toString(), "VALID", 2));
		assertThat(status(first)).isEqualTo("VOID");
		assertThat(this.jdbc.queryForObject("select badge_type from produced_badge where id = ?", String.class, second))
			.isEqualTo("VIP");
	}

	@Test
	void withoutADeliveryChoiceAndNoSavedAddressTheBadgeIsPickedUp() throws Exception {
		Map<String, Object> result = this.produce.handle(ProductionTestData.produceJob(this.applicant, 1, "VISITOR"));

		assertThat(result).containsEntry("deliveryMethod", "PICK_UP").doesNotContainKey("deliveryAddressId");
	}

	@Test
	void theUnitsDefaultAddressIsReadAtProductionTime() throws Exception {
		this.jdbc.update("insert into badge_delivery_address (unit_id, recipient_name, mobile, province, city,"
				+ " district, street, postcode, is_default, created_at, updated_at) values (?, '王收件', '13812345678',"
				+ " '上海市', '上海市', '浦东新区', '世纪大道 100 号', '200120', true, current_timestamp, current_timestamp)",
				this.applicant.unitId());
		Long addressId = this.jdbc.queryForObject("select id from badge_delivery_address where unit_id = ?", Long.class,
				this.applicant.unitId());

		Map<String, Object> result = this.produce.handle(ProductionTestData.produceJob(this.applicant, 1, "VISITOR"));

		assertThat(result).containsEntry("deliveryMethod", "COURIER")
			.containsEntry("deliveryAddressId", addressId.toString());
	}

	@Test
	void aReusedBadgeIsMarkedSo() throws Exception {
		ActivatedJob job = ProductionTestData.produceJob(this.applicant, 1, "STAFF");
		job.getVariablesAsMap().put("reuse", true);

		Object badgeId = this.produce.handle(job).get("badgeId");

		assertThat(this.jdbc.queryForObject("select reused from produced_badge where id = ?", Boolean.class, badgeId))
			.isTrue();
	}

	@Test
	void voidingTwiceKeepsTheFirstVoidingAndChangesNothingElse() throws Exception {
		Object badgeId = this.produce.handle(ProductionTestData.produceJob(this.applicant, 1, "VISITOR"))
			.get("badgeId");

		assertThat(this.voidBadge.handle(voidJob(badgeId))).isEmpty();
		Object voidedAt = this.jdbc.queryForObject("select voided_at from produced_badge where id = ?", Object.class,
				badgeId);
		assertThat(this.voidBadge.handle(voidJob(badgeId))).isEmpty();

		assertThat(status(badgeId)).isEqualTo("VOID");
		assertThat(voidedAt).isNotNull()
			.isEqualTo(this.jdbc.queryForObject("select voided_at from produced_badge where id = ?", Object.class,
					badgeId));
		assertThat(this.producedBadges.current(this.applicant.caseId())).map(ProducedBadges.Badge::valid)
			.contains(false);
	}

	@Test
	void voidingBeforeAnyBadgeWasProducedDoesNothing() throws Exception {
		assertThat(this.voidBadge.handle(voidJob(null))).isEmpty();

		assertThat(rows()).isZero();
		assertThat(this.producedBadges.current(this.applicant.caseId())).isEmpty();
	}

	@Test
	void aBadgeIdOfAnotherCaseIsNotVoided() throws Exception {
		ProductionTestData.Applicant other = ProductionTestData.applicant(this.fixtures, this.accounts, this.jdbc);
		Object othersBadge = this.produce.handle(ProductionTestData.produceJob(other, 1, "VISITOR")).get("badgeId");

		this.voidBadge.handle(voidJob(othersBadge));

		assertThat(status(othersBadge)).isEqualTo("VALID");
	}

	@Test
	void anUnknownPersonOrBadInputFailsTheJobAndStoresNothing() {
		ActivatedJob unknown = ProductionTestData.produceJob(this.applicant, 1, "VISITOR");
		unknown.getVariablesAsMap().put("personId", -5);
		ActivatedJob badType = ProductionTestData.produceJob(this.applicant, 1, "GOLD");
		ActivatedJob badDate = ProductionTestData.produceJob(this.applicant, 1, "VISITOR");
		badDate.getVariablesAsMap().put("entryTo", "10.11.2026");

		assertThatThrownBy(() -> this.produce.handle(unknown)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> this.produce.handle(badType)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.produce.handle(badDate)).isInstanceOf(IllegalArgumentException.class);
		assertThat(rows()).isZero();
	}

	private ActivatedJob voidJob(Object badgeId) {
		Map<String, Object> vars = new HashMap<>();
		vars.put("caseId", this.applicant.caseId());
		vars.put("badgeId", badgeId);
		return ProductionTestData.job("void-badge", "Task_VoidBadge", vars);
	}

	private int rows() {
		return this.jdbc.queryForObject("select count(*) from produced_badge where case_id = ?", Integer.class,
				this.applicant.caseId());
	}

	private String status(Object badgeId) {
		return this.jdbc.queryForObject("select status from produced_badge where id = ?", String.class, badgeId);
	}

}
