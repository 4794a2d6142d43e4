package org.fairflow.portal.booth;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.camunda.client.CamundaClient;
import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.exhibit.ExhibitTestData;
import org.fairflow.portal.exhibit.ItemRefusedException;
import org.fairflow.portal.exhibit.ItemStatus;
import org.fairflow.portal.exhibitor.Exhibitors;
import org.fairflow.portal.exhibitor.InvitationCodes;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.DecisionException;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.fairflow.portal.tasks.TaskNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * A booth through its audit on the engine: approval makes exactly the audited revision
 * live; a rejection keeps the opinion and a resubmission opens a new case; an edit of a
 * live booth hides it until approved again; a withdrawal makes a draft; a claimed task
 * locks the booth; a decision on a revision the exhibitor replaced is refused; a reviewer
 * of another organisation neither sees nor decides the task.
 */
@PortalTest
class BoothLifecycleTest {

	@Autowired
	BoothEditing editing;

	@Autowired
	BoothRepository booths;

	@Autowired
	Booths live;

	@Autowired
	BoothRevisions revisions;

	@Autowired
	HumanTasks tasks;

	@Autowired
	Cases cases;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CamundaClient client;

	@Autowired
	InvitationCodes codes;

	@Autowired
	Exhibitors exhibitors;

	@Autowired
	Clock clock;

	ExhibitTestData.ExhibitorUnit ex;

	@BeforeEach
	void exhibitor() {
		ExhibitTestData.ensureProcess(this.client);
		this.ex = ExhibitTestData.exhibitor(this.fixtures, this.accounts, this.jdbc, this.codes, this.exhibitors,
				this.clock);
	}

	@Test
	void anApprovedBoothIsLiveWithExactlyTheAuditedRevision() {
		BoothForm form = BoothTestData.form();
		Booth booth = submit(form);
		long revision = booth.getPendingRevisionId();

		CaseRecord record = this.cases.find(booth.getCaseId()).orElseThrow();
		assertThat(record.getFlow()).isEqualTo("exhibit-audit");
		assertThat(record.getBusinessKey()).isEqualTo("booth-" + booth.getId() + "-r" + revision);
		assertThat(record.getScopeOrgId()).isEqualTo(this.ex.tree().delegation().getId());
		assertThat(record.getTitle()).isEqualTo(form.getName());
		Map<String, Object> vars = this.cases.variables(booth.getCaseId());
		assertThat(vars).contains(entry("itemKind", "BOOTH"), entry("itemRef", "booth-" + booth.getId()),
				entry("kindZh", "展台"), entry("kindEn", "booth"), entry("itemName", form.getName()),
				entry("auditGroup", "org:" + this.ex.tree().delegation().getId()),
				entry("applicantGroup", "unit:" + this.ex.exhibitor().getUnitId()),
				entry("contactMobile", "+8613800138000"), entry("contactEmail", "exhibitor@example.com"),
				entry("language", "zh"));
		assertThat(((Number) vars.get("revisionId")).longValue()).isEqualTo(revision);
		assertThat(liveNamed(form.getName())).isEmpty();

		HumanTask task = this.fixtures.awaitOpenTask(booth.getCaseId(), "Task_Audit");
		Map<String, Object> model = this.tasks.view(task).model(record.getBusinessKey(), Locale.CHINA);
		assertThat(model).containsEntry("exhibitRevisionId", revision).containsEntry("exhibitTemplate", "booth/audit");
		this.tasks.decide(task.getId(), this.ex.reviewer(), "approve", null, Map.of("revisionId", "" + revision));
		this.fixtures.awaitStatus(booth.getCaseId(), "APPROVED");

		Booth approved = this.booths.findById(booth.getId()).orElseThrow();
		assertThat(approved.getStatus()).isEqualTo(ItemStatus.APPROVED);
		assertThat(approved.getLiveRevisionId()).isEqualTo(revision);
		assertThat(approved.getPendingRevisionId()).isNull();
		List<LiveBooth> found = liveNamed(form.getName());
		assertThat(found).singleElement().satisfies((b) -> {
			assertThat(b.content().tags()).containsExactly("云计算", "Cloud", "数据服务");
			assertThat(b.content().contactPhone()).isEqualTo("010-12345678");
		});
		assertThat(this.live.live(new BoothSearch(null, ExhibitionZone.TWELVE_FIELDS, "cloud"), PageRequest.of(0, 1000))
			.getContent()).extracting(LiveBooth::boothId).contains(booth.getId());
		assertThat(this.live.live(new BoothSearch(form.getName(), ExhibitionZone.CULTURE, null), PageRequest.of(0, 20))
			.getContent()).isEmpty();
		assertThat(this.live.liveBooth(booth.getId())).isPresent();
		assertThat(this.live.isPublic(found.get(0).content().logoMediaId())).isTrue();
	}

	@Test
	void aRejectionKeepsTheOpinionAndAResubmissionOpensANewCase() {
		Booth booth = submit(BoothTestData.form());
		String firstCase = booth.getCaseId();
		HumanTask task = this.fixtures.awaitOpenTask(firstCase, "Task_Audit");
		this.tasks.decide(task.getId(), this.ex.reviewer(), "reject", "请补充展台介绍",
				Map.of("revisionId", "" + booth.getPendingRevisionId()));
		this.fixtures.awaitStatus(firstCase, "REJECTED");

		Booth rejected = this.booths.findById(booth.getId()).orElseThrow();
		assertThat(rejected.getStatus()).isEqualTo(ItemStatus.REJECTED);
		assertThat(rejected.getRejectionOpinion()).isEqualTo("请补充展台介绍");
		assertThat(rejected.getLiveRevisionId()).isNull();

		BoothForm edited = BoothForm.of(content(rejected.getPendingRevisionId()));
		edited.setIntroduction("我们提供跨境数字服务，覆盖 30 个国家。");
		Booth resubmitted = this.editing.save(this.ex.exhibitor(), edited, null, List.of(), true, "liaison");

		assertThat(resubmitted.getStatus()).isEqualTo(ItemStatus.AWAITING_AUDIT);
		assertThat(resubmitted.getCaseId()).isNotEqualTo(firstCase);
		assertThat(resubmitted.getRejectionOpinion()).isNull();
		assertThat(resubmitted.getPendingRevisionId()).isNotEqualTo(rejected.getPendingRevisionId());
		this.fixtures.awaitOpenTask(resubmitted.getCaseId(), "Task_Audit");
	}

	@Test
	void anEditedLiveBoothIsHiddenUntilApprovedAgainThenShowsTheNewContent() {
		BoothForm form = BoothTestData.form();
		Booth booth = approve(submit(form));
		long firstLive = booth.getLiveRevisionId();

		BoothForm edited = BoothForm.of(content(firstLive));
		edited.setMainBusiness("人工智能服务");
		Booth resubmitted = this.editing.save(this.ex.exhibitor(), edited, null, List.of(), false, "liaison");

		assertThat(resubmitted.getStatus()).as("a live booth's edit always goes to audit")
			.isEqualTo(ItemStatus.AWAITING_AUDIT);
		assertThat(resubmitted.getLiveRevisionId()).isNull();
		assertThat(liveNamed(form.getName())).isEmpty();
		assertThat(this.live.liveBooth(booth.getId())).isEmpty();
		assertThat(this.live.isPublic(content(firstLive).logoMediaId())).isFalse();
		HumanTask task = this.fixtures.awaitOpenTask(resubmitted.getCaseId(), "Task_Audit");
		CaseRecord record = this.cases.find(resubmitted.getCaseId()).orElseThrow();
		Map<String, Object> model = this.tasks.view(task).model(record.getBusinessKey(), Locale.CHINA);
		assertThat(model).containsEntry("boothReaudit", true);
		assertThat(model.get("boothChanged")).isEqualTo(java.util.Set.of("mainBusiness"));

		Booth again = approve(resubmitted);
		assertThat(again.getLiveRevisionId()).isEqualTo(resubmitted.getPendingRevisionId()).isNotEqualTo(firstLive);
		assertThat(liveNamed(form.getName())).singleElement()
			.satisfies((b) -> assertThat(b.content().mainBusiness()).isEqualTo("人工智能服务"));
	}

	@Test
	void aWithdrawalWhileAwaitingAuditMakesADraft() {
		Booth booth = submit(BoothTestData.form());
		this.fixtures.awaitOpenTask(booth.getCaseId(), "Task_Audit");

		assertThatThrownBy(() -> this.editing.withdraw(this.ex.exhibitor(), " ", "liaison")).isInstanceOfSatisfying(
				ItemRefusedException.class,
				(e) -> assertThat(e.problems().get(0).messageKey()).isEqualTo("exhibit.withdraw.reasonRequired"));
		assertThat(this.editing.withdraw(this.ex.exhibitor(), "展台信息需要调整", "liaison")).isTrue();
		this.fixtures.awaitStatus(booth.getCaseId(), "WITHDRAWN");

		Booth draft = this.booths.findById(booth.getId()).orElseThrow();
		assertThat(draft.getStatus()).isEqualTo(ItemStatus.DRAFT);
		assertThat(draft.getPendingRevisionId()).isEqualTo(booth.getPendingRevisionId());
		assertThat(this.cases.history(booth.getCaseId())).anySatisfy((e) -> {
			assertThat(e.getEvent()).isEqualTo("WITHDRAW_REQUESTED");
			assertThat(e.getComment()).isEqualTo("展台信息需要调整");
		});
		Booth resubmitted = this.editing.submitDraft(this.ex.exhibitor(), "liaison");
		assertThat(resubmitted.getStatus()).isEqualTo(ItemStatus.AWAITING_AUDIT);
		assertThat(resubmitted.getCaseId()).isNotEqualTo(booth.getCaseId());
	}

	@Test
	void aClaimedTaskLocksTheBoothAgainstEditsAndWithdrawal() {
		Booth booth = submit(BoothTestData.form());
		HumanTask task = this.fixtures.awaitOpenTask(booth.getCaseId(), "Task_Audit");
		this.tasks.claim(task.getId(), this.ex.reviewer());
		BoothForm edited = BoothForm.of(content(booth.getPendingRevisionId()));
		edited.setName(edited.getName() + "改");
		long revisions = revisionsOf(booth);

		assertThatThrownBy(() -> this.editing.save(this.ex.exhibitor(), edited, null, List.of(), true, "liaison"))
			.isInstanceOfSatisfying(ItemRefusedException.class,
					(e) -> assertThat(e.problems().get(0).messageKey()).isEqualTo("booth.locked"));
		assertThatThrownBy(() -> this.editing.withdraw(this.ex.exhibitor(), "reason", "liaison"))
			.isInstanceOf(ItemRefusedException.class);
		assertThat(revisionsOf(booth)).isEqualTo(revisions);

		this.tasks.unclaim(task.getId(), this.ex.reviewer());
		Booth revised = this.editing.save(this.ex.exhibitor(), edited, null, List.of(), true, "liaison");
		assertThat(revised.getCaseId()).as("the same case audits the new revision").isEqualTo(booth.getCaseId());
		assertThat(revisionsOf(booth)).isEqualTo(revisions + 1);
	}

	@Test
	void aDecisionOnARevisionTheExhibitorReplacedIsRefused() {
		Booth booth = submit(BoothTestData.form());
		long shown = booth.getPendingRevisionId();
		HumanTask task = this.fixtures.awaitOpenTask(booth.getCaseId(), "Task_Audit");
		BoothForm edited = BoothForm.of(content(shown));
		edited.setBoothNumber("B2-02");
		Booth revised = this.editing.save(this.ex.exhibitor(), edited, null, List.of(), true, "liaison");

		assertThatThrownBy(() -> this.tasks.decide(task.getId(), this.ex.reviewer(), "approve", null,
				Map.of("revisionId", "" + shown)))
			.isInstanceOfSatisfying(DecisionException.class,
					(e) -> assertThat(e.messageKey()).isEqualTo("exhibit.audit.changed"));
		assertThat(this.booths.findById(booth.getId()).orElseThrow().getStatus()).isEqualTo(ItemStatus.AWAITING_AUDIT);

		this.tasks.decide(task.getId(), this.ex.reviewer(), "approve", null,
				Map.of("revisionId", "" + revised.getPendingRevisionId()));
		this.fixtures.awaitStatus(booth.getCaseId(), "APPROVED");
		assertThat(this.booths.findById(booth.getId()).orElseThrow().getLiveRevisionId())
			.isEqualTo(revised.getPendingRevisionId());
	}

	@Test
	void aReviewerOfAnotherOrganisationNeitherSeesNorDecidesTheTask() {
		Booth booth = submit(BoothTestData.form());
		HumanTask task = this.fixtures.awaitOpenTask(booth.getCaseId(), "Task_Audit");

		assertThatThrownBy(() -> this.tasks.visible(task.getId(), this.ex.otherReviewer()))
			.isInstanceOf(TaskNotFoundException.class);
		assertThatThrownBy(() -> this.tasks.decide(task.getId(), this.ex.otherReviewer(), "approve", null,
				Map.of("revisionId", "" + booth.getPendingRevisionId())))
			.isInstanceOf(TaskNotFoundException.class);
		assertThat(this.booths.findById(booth.getId()).orElseThrow().getStatus()).isEqualTo(ItemStatus.AWAITING_AUDIT);
	}

	@Test
	void liveBoothsArePagedAndFoundByNameZoneAndTagAndAHiddenContactStaysHidden() {
		String tag = "tag" + System.nanoTime() % 1_000_000_000L;
		for (int i = 0; i < 3; i++) {
			ExhibitTestData.ExhibitorUnit exhibitor = (i == 0) ? this.ex : ExhibitTestData.exhibitor(this.fixtures,
					this.accounts, this.jdbc, this.codes, this.exhibitors, this.clock);
			BoothForm form = BoothTestData.form();
			form.setName("分页展台 " + tag + " " + i);
			form.setTags(tag + "; 通用");
			form.setZone((i == 2) ? ExhibitionZone.CULTURE.name() : ExhibitionZone.FINANCE.name());
			form.setShowContact(i != 1);
			Booth booth = this.editing.save(exhibitor.exhibitor(), form, BoothTestData.png(), BoothTestData.images(1),
					true, "liaison");
			HumanTask task = this.fixtures.awaitOpenTask(booth.getCaseId(), "Task_Audit");
			this.tasks.decide(task.getId(), exhibitor.reviewer(), "approve", null,
					Map.of("revisionId", "" + booth.getPendingRevisionId()));
			this.fixtures.awaitStatus(booth.getCaseId(), "APPROVED");
		}

		var first = this.live.live(new BoothSearch(null, null, tag.toUpperCase(Locale.ROOT)), PageRequest.of(0, 2));
		var second = this.live.live(new BoothSearch(null, null, tag), PageRequest.of(1, 2));
		assertThat(first.getTotalElements()).isEqualTo(3);
		assertThat(first.getContent()).extracting((b) -> b.content().name())
			.containsExactly("分页展台 " + tag + " 0", "分页展台 " + tag + " 1");
		assertThat(second.getContent()).extracting((b) -> b.content().name()).containsExactly("分页展台 " + tag + " 2");
		assertThat(first.getContent().get(1).content().contactName()).isNull();
		assertThat(first.getContent().get(1).content().contactPhone()).isNull();
		assertThat(this.live
			.live(new BoothSearch(tag.toUpperCase(Locale.ROOT), ExhibitionZone.CULTURE, null), PageRequest.of(0, 20))
			.getContent()).extracting((b) -> b.content().name()).containsExactly("分页展台 " + tag + " 2");
		assertThat(this.live.live(new BoothSearch("%", null, tag), PageRequest.of(0, 20)).getContent())
			.as("a wildcard typed is a character searched for")
			.isEmpty();
	}

	private Booth submit(BoothForm form) {
		return this.editing.save(this.ex.exhibitor(), form, BoothTestData.png(), BoothTestData.images(2), true,
				"liaison");
	}

	private Booth approve(Booth booth) {
		HumanTask task = this.fixtures.awaitOpenTask(booth.getCaseId(), "Task_Audit");
		this.tasks.decide(task.getId(), this.ex.reviewer(), "approve", null,
				Map.of("revisionId", "" + booth.getPendingRevisionId()));
		this.fixtures.awaitStatus(booth.getCaseId(), "APPROVED");
		return this.booths.findById(booth.getId()).orElseThrow();
	}

	private BoothContent content(Long revisionId) {
		return this.revisions.content(revisionId).orElseThrow();
	}

	private List<LiveBooth> liveNamed(String name) {
		return this.live.live(new BoothSearch(name, null, null), PageRequest.of(0, 20)).getContent();
	}

	private long revisionsOf(Booth booth) {
		return this.jdbc.queryForObject("select count(*) from booth_revision where booth_id = ?", Long.class,
				booth.getId());
	}

}
