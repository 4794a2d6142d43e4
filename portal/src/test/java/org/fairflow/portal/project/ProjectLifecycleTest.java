package org.fairflow.portal.project;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.exhibit.ExhibitTestData;
import org.fairflow.portal.exhibit.ItemRefusedException;
import org.fairflow.portal.exhibit.ItemStatus;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.fairflow.portal.tasks.TaskNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * A project through its audit on the engine: approval lets the exhibitor list the audited
 * revision (found by {@code Projects.listed}); a rejection then a resubmission; an edit
 * of an approved project unlists it; a withdrawal makes a draft; a forced unlisting
 * blocks listing until a new approval; another organisation's reviewer neither sees nor
 * decides.
 */
@PortalTest
class ProjectLifecycleTest {

	@Autowired
	ProjectEditing editing;

	@Autowired
	ProjectRepository projects;

	@Autowired
	Projects listed;

	@Autowired
	ProjectRevisions revisions;

	@Autowired
	HumanTasks tasks;

	@Autowired
	Cases cases;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	ExhibitTestData.ExhibitorUnit ex;

	@BeforeEach
	void exhibitor() {
		this.ex = ExhibitTestData.exhibitor(this.context);
	}

	@Test
	void anApprovedProjectIsListedAndAnEditUnlistsItUntilApprovedAgain() {
		ProjectForm form = ProjectTestData.form();
		Project project = submit(form);
		long revision = project.getPendingRevisionId();
		CaseRecord record = this.cases.find(project.getCaseId()).orElseThrow();
		assertThat(record.getBusinessKey()).isEqualTo("project-" + project.getId() + "-r" + revision);
		assertThat(this.cases.variables(project.getCaseId())).contains(entry("itemKind", "PROJECT"),
				entry("kindZh", "项目"), entry("kindEn", "project"), entry("itemName", form.getName()));
		HumanTask task = this.fixtures.awaitOpenTask(project.getCaseId(), "Task_Audit");
		assertThat(this.tasks.view(task).model(record.getBusinessKey(), Locale.CHINA))
			.containsEntry("exhibitTemplate", "project/audit")
			.containsEntry("exhibitRevisionId", revision);

		Project approved = approve(project);
		assertThat(search(form.getName())).as("approved, not yet listed").isEmpty();
		this.editing.list(this.ex.exhibitor(), project.getId(), true);
		assertThat(search(form.getName())).singleElement().satisfies((p) -> {
			assertThat(p.content().demand()).isEqualTo(TradeDemand.BUYER);
			assertThat(p.exhibitorId()).isEqualTo(this.ex.exhibitor().getId());
		});
		assertThat(this.listed.listedOf(this.ex.exhibitor().getId(), PageRequest.of(0, 20)).getContent()).hasSize(1);

		ProjectForm edited = ProjectForm.of(content(approved.getLiveRevisionId()));
		edited.setDemand(TradeDemand.INVESTMENT.name());
		Project resubmitted = this.editing.save(this.ex.exhibitor(), project.getId(), edited, List.of(), false,
				"liaison");
		assertThat(resubmitted.getStatus()).isEqualTo(ItemStatus.AWAITING_AUDIT);
		assertThat(resubmitted.isListed()).isFalse();
		assertThat(search(form.getName())).isEmpty();
		approve(resubmitted);
		this.editing.list(this.ex.exhibitor(), project.getId(), true);
		assertThat(search(form.getName())).singleElement()
			.satisfies((p) -> assertThat(p.content().demand()).isEqualTo(TradeDemand.INVESTMENT));
	}

	@Test
	void aRejectionThenAResubmissionOpensANewCase() {
		Project project = submit(ProjectTestData.form());
		HumanTask task = this.fixtures.awaitOpenTask(project.getCaseId(), "Task_Audit");
		this.tasks.decide(task.getId(), this.ex.reviewer(), "reject", "请补充项目简介",
				Map.of("revisionId", "" + project.getPendingRevisionId()));
		this.fixtures.awaitStatus(project.getCaseId(), "REJECTED");
		Project rejected = this.projects.findById(project.getId()).orElseThrow();
		assertThat(rejected.getRejectionOpinion()).isEqualTo("请补充项目简介");

		ProjectForm edited = ProjectForm.of(content(rejected.getPendingRevisionId()));
		edited.setSummary("寻求跨境物流服务合作伙伴，覆盖东南亚。");
		Project again = this.editing.save(this.ex.exhibitor(), project.getId(), edited, List.of(), true, "liaison");
		assertThat(again.getStatus()).isEqualTo(ItemStatus.AWAITING_AUDIT);
		assertThat(again.getCaseId()).isNotEqualTo(project.getCaseId());
	}

	@Test
	void aWithdrawalWhileAwaitingAuditMakesADraft() {
		Project project = submit(ProjectTestData.form());
		this.fixtures.awaitOpenTask(project.getCaseId(), "Task_Audit");
		assertThat(this.editing.withdraw(this.ex.exhibitor(), project.getId(), "信息需更新", "liaison")).isTrue();
		this.fixtures.awaitStatus(project.getCaseId(), "WITHDRAWN");
		assertThat(this.projects.findById(project.getId()).orElseThrow().getStatus()).isEqualTo(ItemStatus.DRAFT);
	}

	@Test
	void aForcedUnlistingBlocksListingUntilANewApproval() {
		ProjectForm form = ProjectTestData.form();
		Project project = approve(submit(form));
		this.editing.list(this.ex.exhibitor(), project.getId(), true);
		String organiser = this.fixtures.organiserReviewer(this.ex.tree()).displayName();

		Project forced = this.editing.forceUnlist(project.getId(), "项目信息与实际不符", organiser);
		assertThat(forced.isListed()).isFalse();
		assertThat(search(form.getName())).isEmpty();
		String caseId = this.jdbc.queryForObject(
				"select case_id from exhibit_unlisting where item_kind = 'PROJECT' and item_id = ?", String.class,
				project.getId());
		assertThat(this.cases.find(caseId).orElseThrow().getBusinessKey())
			.isEqualTo("project-" + project.getId() + "-u1");
		assertThat(this.cases.variables(caseId)).containsEntry("unlistReason", "项目信息与实际不符");
		assertThatThrownBy(() -> this.editing.list(this.ex.exhibitor(), project.getId(), true)).isInstanceOfSatisfying(
				ItemRefusedException.class,
				(e) -> assertThat(e.problems().get(0).messageKey()).isEqualTo("project.list.forced"));

		Project again = approve(this.editing.save(this.ex.exhibitor(), project.getId(),
				ProjectForm.of(content(forced.getLiveRevisionId())), List.of(), true, "liaison"));
		assertThat(again.getForcedReason()).isNull();
		this.editing.list(this.ex.exhibitor(), project.getId(), true);
		assertThat(search(form.getName())).hasSize(1);
	}

	@Test
	void aReviewerOfAnotherOrganisationNeitherSeesNorDecidesTheTask() {
		Project project = submit(ProjectTestData.form());
		HumanTask task = this.fixtures.awaitOpenTask(project.getCaseId(), "Task_Audit");
		assertThatThrownBy(() -> this.tasks.visible(task.getId(), this.ex.otherReviewer()))
			.isInstanceOf(TaskNotFoundException.class);
		assertThatThrownBy(() -> this.tasks.decide(task.getId(), this.ex.otherReviewer(), "approve", null,
				Map.of("revisionId", "" + project.getPendingRevisionId())))
			.isInstanceOf(TaskNotFoundException.class);
	}

	private Project submit(ProjectForm form) {
		return this.editing.save(this.ex.exhibitor(), null, form, ProjectTestData.images(2), true, "liaison");
	}

	private Project approve(Project project) {
		HumanTask task = this.fixtures.awaitOpenTask(project.getCaseId(), "Task_Audit");
		this.tasks.decide(task.getId(), this.ex.reviewer(), "approve", null,
				Map.of("revisionId", "" + project.getPendingRevisionId()));
		this.fixtures.awaitStatus(project.getCaseId(), "APPROVED");
		return this.projects.findById(project.getId()).orElseThrow();
	}

	private ProjectContent content(Long revisionId) {
		return this.revisions.content(revisionId).orElseThrow();
	}

	private List<ListedProject> search(String name) {
		return this.listed.listed(name, PageRequest.of(0, 20)).getContent();
	}

}
