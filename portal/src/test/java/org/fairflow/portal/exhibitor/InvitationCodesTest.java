package org.fairflow.portal.exhibitor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.Organisations;
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
 * Issuing codes (count and expiry limits, the alphabet, uniqueness), revoking (only an
 * unused code, only the organisation's own) and the expired reading of an issued code.
 */
@PortalTest
class InvitationCodesTest {

	@Autowired
	InvitationCodes codes;

	@Autowired
	Exhibitors exhibitors;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	InviterFixtures inviters;

	Fixtures.Tree tree;

	Organisation tradeBody;

	@BeforeEach
	void tradeBody() {
		this.inviters = new InviterFixtures(this.fixtures, this.organisations, this.accounts, this.codes);
		this.tree = this.fixtures.tree();
		this.tradeBody = this.inviters.tradeBody(this.tree);
	}

	@Test
	void aBatchHasTheCodesAskedForEachTwelveCharactersOfTheUnambiguousAlphabetAndNoneTwice() {
		List<InvitationCode> issued = this.codes.issue(this.tradeBody.getId(), 300, this.inviters.validForAMonth(),
				"  首批  ", "tester");

		assertThat(issued).hasSize(300);
		assertThat(issued).allSatisfy((c) -> {
			assertThat(c.getCode()).matches("[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{12}");
			assertThat(c.display()).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
			assertThat(c.getOrganisationId()).isEqualTo(this.tradeBody.getId());
			assertThat(c.getStatus()).isEqualTo(CodeStatus.ISSUED);
		});
		assertThat(issued.stream().map(InvitationCode::getCode).collect(Collectors.toSet())).hasSize(300);
		assertThat(this.jdbc.queryForMap("select size, label from invitation_batch where organisation_id = ?",
				this.tradeBody.getId()))
			.containsEntry("size", 300)
			.containsEntry("label", "首批");
		assertThat(storedCodes()).isEqualTo(300);
	}

	@Test
	void aCountOutsideOneToFiveHundredIsRefusedAndNothingIsStored() {
		Instant expiry = this.inviters.validForAMonth();

		assertThatThrownBy(() -> this.codes.issue(this.tradeBody.getId(), 0, expiry, null, "tester"))
			.hasMessage("invitation.batch.count");
		assertThatThrownBy(() -> this.codes.issue(this.tradeBody.getId(), 501, expiry, null, "tester"))
			.hasMessage("invitation.batch.count");
		assertThat(this.codes.issue(this.tradeBody.getId(), 500, expiry, null, "tester")).hasSize(500);
		assertThat(batches()).isEqualTo(1);
	}

	@Test
	void theExpiryMustBeInTheFutureAndAtMostAYearAhead() {
		LocalDate today = LocalDate.now(zone());

		assertThatThrownBy(() -> this.codes.issue(this.tradeBody.getId(), 1, Instant.now().minusSeconds(60), null, "t"))
			.hasMessage("invitation.batch.expiry");
		assertThatThrownBy(() -> this.codes.issue(this.tradeBody.getId(), 1, null, null, "t"))
			.hasMessage("invitation.batch.expiry");
		assertThatThrownBy(() -> this.codes.issue(this.tradeBody.getId(), 1,
				this.codes.endOfDay(today.plusYears(1).plusDays(1)), null, "t"))
			.hasMessage("invitation.batch.expiry");
		assertThat(batches()).isZero();

		InvitationCode lastDay = this.codes
			.issue(this.tradeBody.getId(), 1, this.codes.endOfDay(today.plusYears(1)), null, "t")
			.get(0);
		assertThat(lastDay.getExpiresAt().atZone(zone()).toLocalDate()).isEqualTo(today.plusYears(1));
		assertThat(lastDay.getExpiresAt().atZone(zone()).toLocalTime()).hasToString("23:59:59");
	}

	@Test
	void onlyAnUnusedCodeOfTheOrganisationItselfIsRevoked() {
		InvitationCode code = this.inviters.codes(this.tradeBody, 1).get(0);

		assertThatThrownBy(() -> this.codes.revoke(code.getId(), this.tree.organiser().getId(), "organiser"))
			.isInstanceOf(InvitationCodeNotFoundException.class);
		assertThat(status(code)).isEqualTo("ISSUED");

		this.codes.revoke(code.getId(), this.tradeBody.getId(), "reviewer");
		assertThat(this.jdbc.queryForMap("select status, revoked_by from invitation_code where id = ?", code.getId()))
			.containsEntry("status", "REVOKED")
			.containsEntry("revoked_by", "reviewer");
		assertThatThrownBy(() -> this.codes.revoke(code.getId(), this.tradeBody.getId(), "reviewer"))
			.isInstanceOfSatisfying(InvitationRefusedException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("invitation.revoke.notIssued"));
	}

	@Test
	void aUsedCodeCannotBeRevoked() {
		InvitationCode code = this.inviters.codes(this.tradeBody, 1).get(0);
		Long unitId = this.inviters.unit(this.tree).unitId();
		this.exhibitors.register(unitId, InviterFixtures.registration(code.getCode()), "unit");

		assertThatThrownBy(() -> this.codes.revoke(code.getId(), this.tradeBody.getId(), "reviewer"))
			.isInstanceOf(InvitationRefusedException.class);
		assertThat(status(code)).isEqualTo("USED");
	}

	@Test
	void anIssuedCodePastItsExpiryReadsExpiredAndTheFiltersTellTheStatesApart() {
		List<InvitationCode> issued = this.inviters.codes(this.tradeBody, 3);
		InvitationCode expired = issued.get(0);
		InvitationCode revoked = issued.get(1);
		this.jdbc.update("update invitation_code set expires_at = ? where id = ?",
				java.sql.Timestamp.from(Instant.now().minusSeconds(1)), expired.getId());
		this.codes.revoke(revoked.getId(), this.tradeBody.getId(), "reviewer");

		assertThat(ids("EXPIRED")).containsExactly(expired.getId());
		assertThat(ids("REVOKED")).containsExactly(revoked.getId());
		assertThat(ids("ISSUED")).containsExactly(issued.get(2).getId());
		assertThat(ids("")).hasSize(3);
		assertThat(this.codes.list(this.tradeBody.getId(), InvitationCodes.CodeFilter.of("EXPIRED", null, null), 0)
			.getContent()
			.get(0)
			.revocable()).isTrue();
	}

	@Test
	void theCodeFilterFindsACodeTypedInLowerCaseWithDashes() {
		InvitationCode code = this.inviters.codes(this.tradeBody, 2).get(1);
		String typed = " " + code.display().toLowerCase(java.util.Locale.ROOT) + " ";

		assertThat(this.codes.list(this.tradeBody.getId(), InvitationCodes.CodeFilter.of(null, null, typed), 0)
			.getContent()
			.stream()
			.map((r) -> r.code().getId())).containsExactly(code.getId());
	}

	private Set<Long> ids(String state) {
		return this.codes.list(this.tradeBody.getId(), InvitationCodes.CodeFilter.of(state, null, null), 0)
			.getContent()
			.stream()
			.map((r) -> r.code().getId())
			.collect(Collectors.toSet());
	}

	private String status(InvitationCode code) {
		return this.jdbc.queryForObject("select status from invitation_code where id = ?", String.class, code.getId());
	}

	private long storedCodes() {
		return this.jdbc.queryForObject("select count(*) from invitation_code where organisation_id = ?", Long.class,
				this.tradeBody.getId());
	}

	private long batches() {
		return this.jdbc.queryForObject("select count(*) from invitation_batch where organisation_id = ?", Long.class,
				this.tradeBody.getId());
	}

	private static ZoneId zone() {
		return ZoneId.of("Asia/Shanghai");
	}

}
