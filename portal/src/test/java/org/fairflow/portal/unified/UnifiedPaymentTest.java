package org.fairflow.portal.unified;

import java.util.UUID;

import org.fairflow.portal.cases.CaseStatusChanged;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The API the badge flow uses: whether a delegation pays, and its confirmations counted
 * against the per-unit cap, with an explicit override, once per case, freed again when
 * the case is cancelled or rejected.
 */
@PortalTest
class UnifiedPaymentTest {

	/**
	 * A business key no unit or person has, so other features' listeners change nothing.
	 */
	private static final String NOBODY = "-1";

	@Autowired
	UnifiedPayment payment;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	Long delegationId;

	Long unitId;

	Long otherUnitId;

	@BeforeEach
	void delegation() {
		Fixtures.Tree tree = this.fixtures.tree();
		this.delegationId = tree.delegation().getId();
		this.unitId = UnifiedTestData.unit(this.jdbc, tree.sub().getId());
		this.otherUnitId = UnifiedTestData.unit(this.jdbc, this.delegationId);
	}

	@Test
	void aDelegationWithoutASettingIsOffWithoutCap() {
		assertThat(this.payment.isOn(this.delegationId)).isFalse();
		assertThat(this.payment.isOn(null)).isFalse();
		assertThat(this.payment.isOn(Long.MAX_VALUE)).isFalse();
		assertThat(this.payment.capStatus(this.delegationId, this.unitId)).isEqualTo(new CapStatus(0, null, false));
	}

	@Test
	void confirmationsCountPerUnitUntilTheCapAndThenAreRefusedWithTheStatus() {
		this.payment.changeCap(this.delegationId, "2", "reviewer");
		this.payment.confirm(newCase(), this.delegationId, this.unitId, false, "reviewer");
		this.payment.confirm(newCase(), this.delegationId, this.otherUnitId, false, "reviewer");
		assertThat(this.payment.capStatus(this.delegationId, this.unitId)).isEqualTo(new CapStatus(1, 2, false));
		this.payment.confirm(newCase(), this.delegationId, this.unitId, false, "reviewer");
		assertThat(this.payment.capStatus(this.delegationId, this.unitId)).isEqualTo(new CapStatus(2, 2, true));

		String refused = newCase();
		assertThatExceptionOfType(UnifiedCapException.class)
			.isThrownBy(() -> this.payment.confirm(refused, this.delegationId, this.unitId, false, "reviewer"))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(new CapStatus(2, 2, true));
				assertThat(ex.messageKey()).isEqualTo("unified.cap.reached");
				assertThat(ex.arguments()).containsExactly(2L, 2);
			});
		assertThat(confirmed(refused)).isZero();
		assertThat(this.payment.capStatus(this.delegationId, this.otherUnitId).reached()).isFalse();
	}

	@Test
	void anExplicitOverrideConfirmsBeyondTheCapAndIsRecorded() {
		this.payment.changeCap(this.delegationId, "1", "reviewer");
		String first = newCase();
		this.payment.confirm(first, this.delegationId, this.unitId, true, "reviewer");
		String beyond = newCase();

		this.payment.confirm(beyond, this.delegationId, this.unitId, true, "boss");

		assertThat(this.payment.capStatus(this.delegationId, this.unitId)).isEqualTo(new CapStatus(2, 1, true));
		assertThat(overridden(first)).as("override given but not needed").isFalse();
		assertThat(overridden(beyond)).isTrue();
		assertThat(this.jdbc.queryForObject("select confirmed_by from unified_payment_confirmation where case_id = ?",
				String.class, beyond))
			.isEqualTo("boss");
	}

	@Test
	void confirmingTheSameCaseAgainCountsNothing() {
		this.payment.changeCap(this.delegationId, "1", "reviewer");
		String caseId = newCase();
		this.payment.confirm(caseId, this.delegationId, this.unitId, false, "reviewer");

		this.payment.confirm(caseId, this.delegationId, this.unitId, false, "reviewer");

		assertThat(confirmed(caseId)).isEqualTo(1);
		assertThat(this.payment.capStatus(this.delegationId, this.unitId).confirmed()).isEqualTo(1);
	}

	@Test
	void aCancelledOrRejectedBadgeCaseFreesItsPlaceOtherEventsDoNot() {
		this.payment.changeCap(this.delegationId, "3", "reviewer");
		String cancelled = newCase();
		String rejected = newCase();
		String approved = newCase();
		String otherFlow = newCase();
		for (String caseId : new String[] { cancelled, rejected, approved, otherFlow }) {
			this.payment.confirm(caseId, this.delegationId, this.unitId, true, "reviewer");
		}

		publish(new CaseStatusChanged(cancelled, "badge-review", NOBODY, "CANCELLED"));
		publish(new CaseStatusChanged(rejected, "badge-review", NOBODY, "REJECTED"));
		publish(new CaseStatusChanged(approved, "badge-review", NOBODY, "APPROVED"));
		publish(new CaseStatusChanged(otherFlow, "unit-review", NOBODY, "REJECTED"));

		assertThat(confirmed(cancelled)).isZero();
		assertThat(confirmed(rejected)).isZero();
		assertThat(this.payment.capStatus(this.delegationId, this.unitId)).isEqualTo(new CapStatus(2, 3, false));
		publish(new CaseStatusChanged(cancelled, "badge-review", NOBODY, "CANCELLED"));
		assertThat(this.payment.capStatus(this.delegationId, this.unitId).confirmed()).isEqualTo(2);
	}

	@Test
	void theCapIsAPositiveWholeNumberOrNothing() {
		this.payment.changeCap(this.delegationId, " 7 ", "reviewer");
		for (String bad : new String[] { "0", "-1", "abc", "1.5", "100001", "99999999999" }) {
			assertThatExceptionOfType(UnifiedException.class)
				.isThrownBy(() -> this.payment.changeCap(this.delegationId, bad, "reviewer"))
				.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("unified.cap.invalid"));
		}
		assertThat(this.payment.capStatus(this.delegationId, this.unitId).cap()).isEqualTo(7);

		this.payment.changeCap(this.delegationId, "", "reviewer");

		assertThat(this.payment.capStatus(this.delegationId, this.unitId).cap()).isNull();
	}

	private void publish(CaseStatusChanged event) {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((tx) -> this.events.publishEvent(event));
	}

	private static String newCase() {
		return UUID.randomUUID().toString();
	}

	private long confirmed(String caseId) {
		return this.jdbc.queryForObject("select count(*) from unified_payment_confirmation where case_id = ?",
				Long.class, caseId);
	}

	private boolean overridden(String caseId) {
		return this.jdbc.queryForObject("select overridden from unified_payment_confirmation where case_id = ?",
				Boolean.class, caseId);
	}

}
