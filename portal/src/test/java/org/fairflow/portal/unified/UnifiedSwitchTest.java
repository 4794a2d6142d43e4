package org.fairflow.portal.unified;

import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Switching unified payment with an SMS code: the code goes out through the SMS gateway,
 * only the right, fresh, not worn-out code switches, a wrong one changes nothing but its
 * attempt count, codes are rate-limited, and switching off waits for pending persons.
 */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class UnifiedSwitchTest {

	@Autowired
	SwitchCodes codes;

	@Autowired
	UnifiedPayment payment;

	@Autowired
	Organisations organisations;

	@Autowired
	PendingConfirmations pending;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures.Tree tree;

	Long delegationId;

	String mobile;

	@BeforeEach
	void delegation() {
		this.tree = this.fixtures.tree();
		this.delegationId = this.tree.delegation().getId();
		this.mobile = UnifiedTestData.mobile();
		this.organisations.registerMobile(this.delegationId, this.mobile);
	}

	@Test
	void theRightCodeFromTheSmsSwitchesOnAndNothingKeepsOrLogsItInClear(CapturedOutput output) {
		assertThat(this.codes.request(this.delegationId, "reviewer")).isEqualTo(SwitchAction.ON);
		String code = UnifiedTestData.lastCodeSentTo(output, this.mobile);

		assertThat(this.payment.isOn(this.delegationId)).as("a code alone switches nothing").isFalse();
		SwitchCodes.Verification result = this.codes.verify(this.delegationId, code, "reviewer");

		assertThat(result.succeeded()).isTrue();
		assertThat(result.switched()).isEqualTo(SwitchAction.ON);
		assertThat(this.payment.isOn(this.delegationId)).isTrue();
		assertThat(output.getAll()).doesNotContain(this.mobile);
		assertThat(this.jdbc.queryForObject("select code_hash from unified_payment_code where delegation_id = ?",
				String.class, this.delegationId))
			.doesNotContain(code);
		assertThat(this.codes.verify(this.delegationId, code, "reviewer").messageKey()).as("a code switches once")
			.isEqualTo("unified.code.none");
	}

	@Test
	void aWrongCodeIsRefusedClearlyAndOnlyCountsAnAttempt(CapturedOutput output) {
		this.codes.request(this.delegationId, "reviewer");
		String code = UnifiedTestData.lastCodeSentTo(output, this.mobile);

		SwitchCodes.Verification wrong = this.codes.verify(this.delegationId, UnifiedTestData.wrong(code), "reviewer");

		assertThat(wrong.succeeded()).isFalse();
		assertThat(wrong.messageKey()).isEqualTo("unified.code.wrong");
		assertThat(wrong.arguments()).containsExactly(4);
		assertThat(this.payment.isOn(this.delegationId)).isFalse();
		assertThat(setting("enabled", Boolean.class)).isFalse();
		assertThat(attempts()).isEqualTo(1);
		assertThat(this.codes.verify(this.delegationId, "12ab", "reviewer").messageKey())
			.as("not even digits is wrong too")
			.isEqualTo("unified.code.wrong");
		assertThat(this.codes.verify(this.delegationId, " ", "reviewer").messageKey())
			.isEqualTo("unified.code.required");
		assertThat(attempts()).isEqualTo(2);

		assertThat(this.codes.verify(this.delegationId, code, "reviewer").succeeded())
			.as("the right code still works after wrong ones")
			.isTrue();
	}

	@Test
	void afterFiveWrongAttemptsTheCodeIsDeadEvenForTheRightCode(CapturedOutput output) {
		this.codes.request(this.delegationId, "reviewer");
		String code = UnifiedTestData.lastCodeSentTo(output, this.mobile);
		String wrong = UnifiedTestData.wrong(code);

		for (int i = 1; i < SwitchCode.MAX_ATTEMPTS; i++) {
			assertThat(this.codes.verify(this.delegationId, wrong, "reviewer").messageKey())
				.isEqualTo("unified.code.wrong");
		}
		assertThat(this.codes.verify(this.delegationId, wrong, "reviewer").messageKey()).isEqualTo("unified.code.dead");

		assertThat(this.codes.verify(this.delegationId, code, "reviewer").messageKey()).isEqualTo("unified.code.dead");
		assertThat(attempts()).isEqualTo(SwitchCode.MAX_ATTEMPTS);
		assertThat(this.payment.isOn(this.delegationId)).isFalse();
	}

	@Test
	void anExpiredCodeIsRefused(CapturedOutput output) {
		this.codes.request(this.delegationId, "reviewer");
		String code = UnifiedTestData.lastCodeSentTo(output, this.mobile);
		// Five minutes and a second pass: the code was issued that long ago.
		this.jdbc.update(
				"update unified_payment_code set created_at = created_at - interval '301 seconds',"
						+ " expires_at = expires_at - interval '301 seconds' where delegation_id = ?",
				this.delegationId);

		assertThat(this.codes.verify(this.delegationId, code, "reviewer").messageKey())
			.isEqualTo("unified.code.expired");
		assertThat(this.payment.isOn(this.delegationId)).isFalse();
		assertThat(attempts()).isZero();
	}

	@Test
	void codesAreSentAtMostOnceAMinuteAndFiveTimesAnHour(CapturedOutput output) {
		this.codes.request(this.delegationId, "reviewer");

		assertThatExceptionOfType(UnifiedException.class)
			.isThrownBy(() -> this.codes.request(this.delegationId, "reviewer"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("unified.code.tooSoon"));
		assertThat(codeCount()).isEqualTo(1);
		assertThat(UnifiedTestData.codesSentTo(output, this.mobile)).hasSize(1);

		for (int i = 2; i <= SwitchCodes.MAX_PER_HOUR; i++) {
			backdateCodes(61);
			this.codes.request(this.delegationId, "reviewer");
		}
		backdateCodes(61);
		assertThatExceptionOfType(UnifiedException.class)
			.isThrownBy(() -> this.codes.request(this.delegationId, "reviewer"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("unified.code.tooMany"));
		assertThat(codeCount()).isEqualTo(SwitchCodes.MAX_PER_HOUR);
		assertThat(UnifiedTestData.codesSentTo(output, this.mobile)).hasSize(SwitchCodes.MAX_PER_HOUR);

		this.jdbc.update("update unified_payment_code set created_at = created_at - interval '1 hour'"
				+ " where delegation_id = ?", this.delegationId);
		assertThat(this.codes.request(this.delegationId, "reviewer")).as("an hour later").isEqualTo(SwitchAction.ON);
	}

	@Test
	void aNewCodeReplacesTheOldOne(CapturedOutput output) {
		this.codes.request(this.delegationId, "reviewer");
		String first = UnifiedTestData.lastCodeSentTo(output, this.mobile);
		backdateCodes(61);
		this.codes.request(this.delegationId, "reviewer");
		String second = UnifiedTestData.lastCodeSentTo(output, this.mobile);

		if (!first.equals(second)) {
			assertThat(this.codes.verify(this.delegationId, first, "reviewer").messageKey())
				.isEqualTo("unified.code.wrong");
		}
		assertThat(this.codes.verify(this.delegationId, second, "reviewer").succeeded()).isTrue();
	}

	@Test
	void withoutARegisteredMobileNothingIsSentOrStored(CapturedOutput output) {
		Long bare = this.tree.other().getId();

		assertThatExceptionOfType(UnifiedException.class).isThrownBy(() -> this.codes.request(bare, "reviewer"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("unified.mobile.missing"));

		assertThat(this.jdbc.queryForObject("select count(*) from unified_payment_code where delegation_id = ?",
				Long.class, bare))
			.isZero();
		assertThat(output.getAll()).doesNotContain("code for delegation " + bare + " sent");
	}

	@Test
	void switchingOffIsRefusedWhilePersonsOfTheDelegationWaitForItsDecision(CapturedOutput output) {
		switchOn(output);
		Long subUnit = UnifiedTestData.unit(this.jdbc, this.tree.sub().getId());
		Long otherUnit = UnifiedTestData.unit(this.jdbc, this.tree.other().getId());
		UnifiedTestData.person(this.jdbc, otherUnit, "AWAITING_DELEGATION");
		UnifiedTestData.person(this.jdbc, subUnit, "AWAITING_PAYMENT");
		assertThat(this.pending.waitingFor(this.delegationId)).as("only its own subtree, only awaiting").isZero();

		assertThat(this.codes.request(this.delegationId, "reviewer")).isEqualTo(SwitchAction.OFF);
		String code = UnifiedTestData.lastCodeSentTo(output, this.mobile);
		Long waiting = UnifiedTestData.person(this.jdbc, subUnit, "AWAITING_DELEGATION");
		UnifiedTestData.person(this.jdbc, UnifiedTestData.unit(this.jdbc, this.delegationId), "AWAITING_DELEGATION");
		assertThat(this.pending.waitingFor(this.delegationId)).isEqualTo(2);

		SwitchCodes.Verification refused = this.codes.verify(this.delegationId, code, "reviewer");
		assertThat(refused.messageKey()).isEqualTo("unified.off.waiting");
		assertThat(refused.arguments()).containsExactly(2L);
		assertThat(this.payment.isOn(this.delegationId)).isTrue();
		backdateCodes(61);
		assertThatExceptionOfType(UnifiedException.class)
			.isThrownBy(() -> this.codes.request(this.delegationId, "reviewer"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("unified.off.waiting"));

		this.jdbc.update(
				"update badge_person set status = 'AWAITING_PAYMENT' where status = 'AWAITING_DELEGATION'"
						+ " and unit_id in (select id from unit where organisation_id in (?, ?))",
				this.delegationId, this.tree.sub().getId());
		assertThat(this.codes.verify(this.delegationId, code, "reviewer").switched())
			.as("the same code, once nobody waits")
			.isEqualTo(SwitchAction.OFF);
		assertThat(this.payment.isOn(this.delegationId)).isFalse();
		assertThat(waiting).isNotNull();
	}

	private void switchOn(CapturedOutput output) {
		this.codes.request(this.delegationId, "reviewer");
		assertThat(this.codes.verify(this.delegationId, UnifiedTestData.lastCodeSentTo(output, this.mobile), "reviewer")
			.succeeded()).isTrue();
		backdateCodes(61);
	}

	/** As if the codes had been asked that many seconds earlier. */
	private void backdateCodes(int seconds) {
		this.jdbc.update("update unified_payment_code set created_at = created_at - ? * interval '1 second'"
				+ " where delegation_id = ?", seconds, this.delegationId);
	}

	private int attempts() {
		return this.jdbc.queryForObject(
				"select attempts from unified_payment_code where delegation_id = ? order by id desc limit 1",
				Integer.class, this.delegationId);
	}

	private long codeCount() {
		return this.jdbc.queryForObject("select count(*) from unified_payment_code where delegation_id = ?", Long.class,
				this.delegationId);
	}

	private <T> T setting(String column, Class<T> type) {
		return this.jdbc.queryForObject("select " + column + " from unified_payment where delegation_id = ?", type,
				this.delegationId);
	}

}
