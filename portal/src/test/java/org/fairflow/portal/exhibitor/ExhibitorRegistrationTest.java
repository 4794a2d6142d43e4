package org.fairflow.portal.exhibitor;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;

import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A unit registers with a code and is tied to the code's organisation; every refusal
 * (unknown, used, revoked, expired code, a unit already exhibiting) has its own message
 * key and stores nothing; an inviter lists exactly the exhibitors it invited.
 */
@PortalTest
class ExhibitorRegistrationTest {

	@Autowired
	Exhibitors exhibitors;

	@Autowired
	InvitationCodes codes;

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

	Long unitId;

	@BeforeEach
	void unit() {
		this.inviters = new InviterFixtures(this.fixtures, this.organisations, this.accounts, this.codes);
		this.tree = this.fixtures.tree();
		this.tradeBody = this.inviters.tradeBody(this.tree);
		this.unitId = this.inviters.unit(this.tree).unitId();
	}

	@Test
	void aCodeTypedInLowerCaseWithDashesRegistersTheUnitWithItsInviter() {
		InvitationCode code = this.inviters.codes(this.tradeBody, 1).get(0);
		String typed = " " + code.display().toLowerCase(Locale.ROOT) + " ";

		Exhibitor exhibitor = this.exhibitors.register(this.unitId, InviterFixtures.registration(typed), "unit-login");

		assertThat(exhibitor.getInviterOrgId()).isEqualTo(this.tradeBody.getId());
		assertThat(exhibitor.auditGroup()).isEqualTo("org:" + this.tradeBody.getId());
		assertThat(exhibitor.applicantGroup()).isEqualTo("unit:" + this.unitId);
		assertThat(exhibitor.purposeList()).containsExactly("PARTNERS", "TRADE");
		assertThat(this.jdbc.queryForMap("select status, used_by_exhibitor_id from invitation_code where id = ?",
				code.getId()))
			.containsEntry("status", "USED")
			.containsEntry("used_by_exhibitor_id", exhibitor.getId());
		assertThat(this.exhibitors.ofUnit(this.unitId))
			.hasValueSatisfying((e) -> assertThat(e.getContactMobile()).isEqualTo("+8613912345678"));
		assertThat(this.exhibitors.isInvitedBy(exhibitor.getId(), this.tradeBody.getId())).isTrue();
		assertThat(this.exhibitors.isInvitedBy(exhibitor.getId(), this.tree.organiser().getId())).isFalse();
	}

	@Test
	void anUnknownCodeIsRefused() {
		assertRefused("ZZZZ-ZZZZ-ZZZ2", "invitation.unknown");
		assertRefused("", "invitation.unknown");
	}

	@Test
	void aUsedCodeIsRefused() {
		InvitationCode code = this.inviters.codes(this.tradeBody, 1).get(0);
		Long other = this.inviters.unit(this.tree).unitId();
		this.exhibitors.register(other, InviterFixtures.registration(code.getCode()), "other");

		assertRefused(code.getCode(), "invitation.used");
	}

	@Test
	void aRevokedCodeIsRefused() {
		InvitationCode code = this.inviters.codes(this.tradeBody, 1).get(0);
		this.codes.revoke(code.getId(), this.tradeBody.getId(), "reviewer");

		assertRefused(code.getCode(), "invitation.revoked");
		assertThat(status(code)).isEqualTo("REVOKED");
	}

	@Test
	void anExpiredCodeIsRefused() {
		InvitationCode code = this.inviters.codes(this.tradeBody, 1).get(0);
		this.jdbc.update("update invitation_code set expires_at = ? where id = ?",
				Timestamp.from(Instant.now().minusSeconds(1)), code.getId());

		assertRefused(code.getCode(), "invitation.expired");
		assertThat(status(code)).isEqualTo("ISSUED");
	}

	@Test
	void aUnitThatAlreadyExhibitsIsRefusedAndItsSecondCodeStaysUnused() {
		java.util.List<InvitationCode> issued = this.inviters.codes(this.tradeBody, 2);
		this.exhibitors.register(this.unitId, InviterFixtures.registration(issued.get(0).getCode()), "unit");

		InvitationRefusedException refused = catchThrowableOfType(InvitationRefusedException.class,
				() -> this.exhibitors.register(this.unitId, InviterFixtures.registration(issued.get(1).getCode()),
						"unit"));

		assertThat(refused.messageKey()).isEqualTo("exhibitor.alreadyRegistered");
		assertThat(exhibitorRows()).isOne();
		assertThat(status(issued.get(1))).isEqualTo("ISSUED");
	}

	@Test
	void anInviterListsExactlyTheExhibitorsItInvitedAndFindsThemByNameOrContact() {
		InvitationCode tradeBodyCode = this.inviters.codes(this.tradeBody, 1).get(0);
		InvitationCode organiserCode = this.inviters.codes(this.tree.organiser(), 1).get(0);
		PortalUser second = this.inviters.unit(this.tree);
		Exhibitor invitedByTradeBody = this.exhibitors.register(this.unitId,
				InviterFixtures.registration(tradeBodyCode.getCode()), "unit");
		Exhibitor invitedByOrganiser = this.exhibitors.register(second.unitId(),
				InviterFixtures.registration(organiserCode.getCode()), "unit");
		String unitName = this.jdbc.queryForObject("select name_zh from unit where id = ?", String.class, this.unitId);

		assertThat(this.exhibitors.invitedBy(this.tradeBody.getId(), "", PageRequest.of(0, 50)).getContent())
			.singleElement()
			.satisfies((s) -> {
				assertThat(s.id()).isEqualTo(invitedByTradeBody.getId());
				assertThat(s.unitName()).isEqualTo(unitName);
				assertThat(s.participation()).isEqualTo(Participation.ONLINE_OFFLINE);
			});
		assertThat(this.exhibitors.invitedBy(this.tree.organiser().getId(), null, PageRequest.of(0, 50))
			.getContent()
			.stream()
			.map(ExhibitorSummary::id)).containsExactly(invitedByOrganiser.getId());
		assertThat(this.exhibitors.invitedBy(this.tradeBody.getId(), unitName.substring(2), PageRequest.of(0, 50))
			.getTotalElements()).isOne();
		assertThat(this.exhibitors.invitedBy(this.tradeBody.getId(), "王展", PageRequest.of(0, 50)).getTotalElements())
			.isOne();
		assertThat(this.exhibitors.invitedBy(this.tradeBody.getId(), "100%_", PageRequest.of(0, 50)).getTotalElements())
			.isZero();
	}

	private void assertRefused(String code, String key) {
		InvitationRefusedException refused = catchThrowableOfType(InvitationRefusedException.class,
				() -> this.exhibitors.register(this.unitId, InviterFixtures.registration(code), "unit"));

		assertThat(refused).as("refusal of %s", code).isNotNull();
		assertThat(refused.messageKey()).isEqualTo(key);
		assertThat(exhibitorRows()).isZero();
	}

	private long exhibitorRows() {
		return this.jdbc.queryForObject("select count(*) from exhibitor where unit_id = ?", Long.class, this.unitId);
	}

	private String status(InvitationCode code) {
		return this.jdbc.queryForObject("select status from invitation_code where id = ?", String.class, code.getId());
	}

}
