package org.fairflow.portal.audit;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.fairflow.portal.engine.ModelDeployment;
import org.fairflow.portal.exhibitor.InvitationCodes;
import org.fairflow.portal.export.ExportFormat;
import org.fairflow.portal.export.ExportTable;
import org.fairflow.portal.export.Exports;
import org.fairflow.portal.quota.AllocationTarget;
import org.fairflow.portal.quota.BadgeType;
import org.fairflow.portal.quota.Quotas;
import org.fairflow.portal.room.RoomPlan;
import org.fairflow.portal.security.LoginLimits;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.FormReviews;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.DecisionException;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.fairflow.portal.unit.UnitCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every kind of action leaves an audit entry (who, what, on what, from where), and the
 * database keeps entries as they were written.
 */
@PortalTest
@AutoConfigureMockMvc
class AuditLogTest {

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	HumanTasks tasks;

	@Autowired
	ModelDeployment models;

	@Autowired
	Exports exports;

	@Autowired
	RoomPlan rooms;

	@Autowired
	Quotas quotas;

	@Autowired
	InvitationCodes invitations;

	@Autowired
	LoginLimits limits;

	@Autowired
	MockMvc mvc;

	record Entry(String category, String action, String actor, String address, String subject, String detail) {
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteAnEntryAndTheEntryStays() {
		String actor = unique("keeper");
		this.audit.record(AuditCategory.ADMINISTRATION, "test.kept", actor, "192.0.2.1", "thing:1", "as written");

		assertThatThrownBy(() -> this.jdbc.update("update audit_entry set detail = 'rewritten' where actor = ?", actor))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("delete from audit_entry where actor = ?", actor))
			.hasMessageContaining("append-only");

		assertThat(entries("actor = ?", actor)).singleElement()
			.isEqualTo(new Entry("ADMINISTRATION", "test.kept", actor, "192.0.2.1", "thing:1", "as written"));
	}

	@Test
	void aReviewDecisionIsRecordedWithItsStepDecisionAndACommentWithoutFullNumbers() {
		Fixtures.Tree tree = this.fixtures.tree();
		String caseId = this.fixtures.register(Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub()));
		HumanTask first = this.fixtures.awaitOpenTask(caseId, "Task_FirstReview");
		PortalUser reviewer = this.fixtures.user(tree.subReviewer());
		assertThatThrownBy(() -> this.tasks.decide(first.getId(), reviewer, "no-such-decision", null, Map.of()))
			.isInstanceOf(DecisionException.class);
		assertThat(entries("subject = ?", caseId)).as("a refused decision leaves nothing").isEmpty();

		this.tasks.decide(first.getId(), reviewer, "approve", "已电话 13912345678 核实", Map.of());

		assertThat(entries("subject = ?", caseId)).singleElement().satisfies((entry) -> {
			assertThat(entry.category()).isEqualTo("DECISION");
			assertThat(entry.action()).isEqualTo("task.decided");
			assertThat(entry.actor()).isEqualTo(tree.subReviewer());
			assertThat(entry.detail()).contains("step=Task_FirstReview", "decision=approve", "***5678")
				.doesNotContain("13912345678");
		});
	}

	@Test
	void publishingAModelIsRecordedWithItsVersionAndNote() {
		String formId = unique("audit-form");

		FormReviews.publishForm(this.models, formId, "remarks-v1.form");

		assertThat(entries("subject = ?", "model:" + formId + ".form")).singleElement().satisfies((entry) -> {
			assertThat(entry.category()).isEqualTo("MODEL");
			assertThat(entry.action()).isEqualTo("model.published");
			assertThat(entry.actor()).isEqualTo("owner");
			assertThat(entry.detail()).contains("FORM " + formId + " v1", "note: test: remarks-v1.form");
		});
	}

	@Test
	void aFailedSignInIsRecordedWithTheNameTypedAndTheAddressButNeverThePassword() throws Exception {
		String name = unique("nobody");
		String longName = unique("x".repeat(70));

		signIn(name, "guessed-secret-1", "203.0.113.7");
		signIn(longName, "guessed-secret-2", "203.0.113.8");

		assertThat(entries("actor = ?", name)).singleElement()
			.isEqualTo(
					new Entry("LOGIN", "login.failed", name, "203.0.113.7", "user:" + name, "reason=bad-credentials"));
		assertThat(entries("address = ?", "203.0.113.8")).extracting(Entry::actor)
			.containsExactly(longName.substring(0, 60));
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where detail like '%guessed-secret%'"
				+ " or actor like '%guessed-secret%' or subject like '%guessed-secret%'", Long.class))
			.isZero();
	}

	@Test
	void aSignInRefusedByTheThrottleIsRecordedAsThrottled() throws Exception {
		String name = this.fixtures.tree().subReviewer();
		String address = "203.0.113." + (10 + (int) (System.nanoTime() % 200));
		for (int i = 0; i < this.limits.maxFailuresPerAccount(); i++) {
			signIn(name, "wrong-" + i, address);
		}

		signIn(name, Fixtures.PASSWORD, address);

		assertThat(entries("actor = ?", name)).extracting(Entry::detail)
			.contains("reason=throttled")
			.contains("reason=bad-credentials");
	}

	@Test
	void anExportIsRecordedWithWhoExportedWhatAndHowManyRows() throws Exception {
		String exporter = unique("exporter");
		signIn(exporter);
		String fileName = unique("audit-test");

		this.exports.write(table(fileName, List.of(List.of("a", 1), List.of("b", 2))), ExportFormat.CSV,
				new ByteArrayOutputStream());

		assertThat(entries("subject = ?", fileName)).singleElement()
			.isEqualTo(new Entry("EXPORT", "export.csv", exporter, null, fileName, "Tiny list (2)"));
	}

	@Test
	void administrativeChangesOutsideTheAdminPagesAreRecorded() {
		Fixtures.Tree tree = this.fixtures.tree();
		PortalUser organiser = this.fixtures.organiserReviewer(tree);
		signIn(organiser.getUsername());

		Long roomId = this.rooms.add(unique("审计会议室"), "Audit room", "E1", "Hall E1", 12);
		this.quotas.allocate(organiser, AllocationTarget.organisation(tree.delegation().getId()), BadgeType.STAFF, 7);
		this.invitations.issue(tree.delegation().getId(), 2, Instant.now().plus(1, ChronoUnit.DAYS), "审计批次",
				tree.delegationReviewer());

		assertThat(entries("subject = ?", "room:" + roomId)).singleElement().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("room.added");
			assertThat(entry.actor()).isEqualTo(organiser.getUsername());
			assertThat(entry.detail()).contains("capacity 12");
		});
		assertThat(entries("subject = ?", "organisation:" + tree.delegation().getId()))
			.extracting(Entry::category, Entry::action, Entry::actor)
			.containsExactlyInAnyOrder(tuple("ADMINISTRATION", "quota.allocated", organiser.getUsername()),
					tuple("ADMINISTRATION", "invitation.issued", tree.delegationReviewer()));
		assertThat(
				entries("action = ? and subject = ?", "quota.allocated", "organisation:" + tree.delegation().getId()))
			.extracting(Entry::detail)
			.containsExactly("STAFF 0 → 7");
	}

	private List<Entry> entries(String where, Object... args) {
		return this.jdbc.query("select category, action, actor, address, subject, detail from audit_entry where "
				+ where + " order by id", new DataClassRowMapper<>(Entry.class), args);
	}

	private void signIn(String user, String password, String address) throws Exception {
		this.mvc.perform(post("/login").param("username", user).param("password", password).with(csrf()).with((r) -> {
			r.setRemoteAddr(address);
			return r;
		}));
	}

	private static void signIn(String username) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static ExportTable table(String fileName, List<List<?>> rows) {
		return new ExportTable() {

			@Override
			public String fileName() {
				return fileName;
			}

			@Override
			public String description() {
				return "Tiny list";
			}

			@Override
			public List<String> headers() {
				return List.of("name", "number");
			}

			@Override
			public long rowCount() {
				return rows.size();
			}

			@Override
			public void rows(Consumer<List<?>> sink) {
				rows.forEach(sink);
			}
		};
	}

}
