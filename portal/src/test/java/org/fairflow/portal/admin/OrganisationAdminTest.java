package org.fairflow.portal.admin;

import java.util.List;
import java.util.Map;

import io.camunda.client.api.response.ActivatedJob;
import org.fairflow.portal.engine.UserTaskJobHandler;
import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.OrganisationKind;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.fairflow.portal.tasks.InboxFilter;
import org.fairflow.portal.unit.RegistrationException;
import org.fairflow.portal.unit.UnitCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The organiser's changes to the delegation tree, and what they do to cases already under
 * way.
 */
@PortalTest
class OrganisationAdminTest {

	@Autowired
	OrganisationAdmin admin;

	@Autowired
	Organisations organisations;

	@Autowired
	HumanTasks tasks;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserTaskJobHandler inbox;

	Fixtures.Tree tree;

	@BeforeEach
	void signInAsOrganiser() {
		this.tree = this.fixtures.tree();
		signIn(this.fixtures.organiserReviewer(this.tree));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void createsASubDelegationUnderADelegationAndRefusesOneUnderTheOrganiserOrWithATakenCode() {
		OrganisationForm form = form("NEW-" + this.tree.delegation().getId(), OrganisationKind.SUB_DELEGATION,
				this.tree.delegation().getId());
		Organisation created = this.admin.create(form);
		assertThat(created.getParentId()).isEqualTo(this.tree.delegation().getId());
		assertThat(this.organisations.joinable()).extracting(Organisation::getId).contains(created.getId());

		assertThatThrownBy(() -> this.admin.create(form)).isInstanceOf(AdminException.class)
			.hasMessage("admin.org.code.taken");
		OrganisationForm misplaced = form("MIS-" + this.tree.delegation().getId(), OrganisationKind.SUB_DELEGATION,
				this.tree.organiser().getId());
		assertThatThrownBy(() -> this.admin.create(misplaced)).isInstanceOf(AdminException.class)
			.hasMessage("admin.org.parent.invalid");
		OrganisationForm trade = form("TB-" + this.tree.delegation().getId(), OrganisationKind.TRADE_BODY,
				this.tree.organiser().getId());
		assertThat(this.admin.create(trade).getKind()).isEqualTo(OrganisationKind.TRADE_BODY);
	}

	@Test
	void renamingShowsTheNewNamesAtOnce() {
		this.admin.rename(this.tree.sub().getId(), "新名分团", "Renamed sub ");
		Organisation renamed = this.organisations.find(this.tree.sub().getId()).orElseThrow();
		assertThat(renamed.getNameZh()).isEqualTo("新名分团");
		assertThat(renamed.getNameEn()).isEqualTo("Renamed sub");
	}

	@Test
	void onlyTheOrganiserChangesTheTree() {
		signIn(this.fixtures.user(this.tree.delegationReviewer()));
		assertThatThrownBy(() -> this.admin.deactivate(this.tree.sub().getId()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.admin.rename(this.tree.sub().getId(), "x", "y"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.organisations.find(this.tree.sub().getId()).orElseThrow().isActive()).isTrue();
	}

	@Test
	void aDelegationWithAnActiveSubDelegationIsNotDeactivated() {
		assertThatThrownBy(() -> this.admin.deactivateEffects(this.tree.delegation().getId()))
			.isInstanceOf(AdminException.class)
			.hasMessage("admin.org.deactivate.activeChildren");
		assertThatThrownBy(() -> this.admin.deactivateEffects(this.tree.organiser().getId()))
			.isInstanceOf(AdminException.class)
			.hasMessage("admin.org.deactivate.organiser");
	}

	@Test
	void aDeactivatedSubDelegationTakesNoNewUnitsAndCanBeReactivated() {
		this.admin.deactivate(this.tree.sub().getId());

		assertThat(this.organisations.joinable()).extracting(Organisation::getId)
			.doesNotContain(this.tree.sub().getId())
			.contains(this.tree.delegation().getId());
		assertThatThrownBy(
				() -> this.fixtures.register(Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, this.tree.sub())))
			.isInstanceOf(RegistrationException.class);

		this.admin.reactivate(this.tree.sub().getId());
		assertThat(this.organisations.joinable()).extracting(Organisation::getId).contains(this.tree.sub().getId());
	}

	@Test
	void deactivatingASubDelegationMovesItsOpenReviewToTheDelegationWhoseReviewerDecidesIt() {
		String caseId = this.fixtures.register(Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, this.tree.sub()));
		HumanTask first = this.fixtures.awaitOpenTask(caseId, "Task_FirstReview");
		PortalUser subReviewer = this.fixtures.user(this.tree.subReviewer());
		PortalUser delegationReviewer = this.fixtures.user(this.tree.delegationReviewer());
		assertThat(inboxIds(subReviewer)).contains(first.getId());

		OrganisationAdmin.Effects effects = this.admin.deactivateEffects(this.tree.sub().getId());
		assertThat(effects.movingTasks()).isEqualTo(1);
		assertThat(effects.units()).isEqualTo(1);
		assertThat(effects.target().getId()).isEqualTo(this.tree.delegation().getId());
		this.admin.deactivate(this.tree.sub().getId());

		HumanTask moved = this.fixtures.openTask(caseId, "Task_FirstReview");
		assertThat(moved.candidateGroupList()).containsExactly(this.tree.delegation().reviewGroup());
		assertThat(inboxIds(subReviewer)).doesNotContain(first.getId());
		assertThat(inboxIds(delegationReviewer)).contains(first.getId());

		this.tasks.decide(first.getId(), delegationReviewer, "approve", null, Map.of());
		HumanTask second = this.fixtures.awaitOpenTask(caseId, "Task_SecondReview");
		assertThat(second.candidateGroupList()).containsExactly(this.tree.delegation().reviewGroup());
	}

	@Test
	void aTaskOfACaseStartedBeforeTheDeactivationThatArrivesLaterGoesToTheDelegation() {
		String caseId = this.fixtures.register(Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, this.tree.sub()));
		HumanTask first = this.fixtures.awaitOpenTask(caseId, "Task_FirstReview");
		this.admin.deactivate(this.tree.sub().getId());

		// The engine delivers the job again (as after a restart), still naming the
		// sub-delegation's group its variables were given at the start.
		this.inbox.onUserTask(job(caseId, first, this.fixtures.caseRecord(caseId).getProcessVersion(),
				this.tree.sub().reviewGroup()));

		assertThat(this.fixtures.openTask(caseId, "Task_FirstReview").candidateGroupList())
			.containsExactly(this.tree.delegation().reviewGroup());
	}

	@Test
	void movingASubDelegationTakesItsUnitsAlongAndItsLaterDelegationReviewsGoToTheNewDelegation() {
		String caseId = this.fixtures.register(Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, this.tree.sub()));
		HumanTask first = this.fixtures.awaitOpenTask(caseId, "Task_FirstReview");
		assertThat(this.admin.moveTargets(this.tree.sub())).extracting(Organisation::getId)
			.containsExactly(this.tree.other().getId());
		assertThatThrownBy(() -> this.admin.moveEffects(this.tree.sub().getId(), this.tree.sub().getId()))
			.isInstanceOf(AdminException.class);

		OrganisationAdmin.Effects effects = this.admin.move(this.tree.sub().getId(), this.tree.other().getId());
		assertThat(effects.units()).isEqualTo(1);
		assertThat(effects.stayingTasks()).isEqualTo(1);
		assertThat(this.organisations.find(this.tree.sub().getId()).orElseThrow().getParentId())
			.isEqualTo(this.tree.other().getId());
		PortalUser oldDelegation = this.fixtures.user(this.tree.delegationReviewer());
		PortalUser newDelegation = this.fixtures.user(this.tree.otherReviewer());
		assertThat(inboxIds(oldDelegation)).doesNotContain(first.getId());
		assertThat(inboxIds(newDelegation)).contains(first.getId());

		this.tasks.decide(first.getId(), this.fixtures.user(this.tree.subReviewer()), "approve", null, Map.of());
		HumanTask second = this.fixtures.awaitOpenTask(caseId, "Task_SecondReview");
		assertThat(second.candidateGroupList()).containsExactly(this.tree.other().reviewGroup());
		this.tasks.decide(second.getId(), newDelegation, "approve", null, Map.of());
	}

	private List<Long> inboxIds(PortalUser user) {
		return this.tasks.inbox(user, new InboxFilter(null, "all", null, null, null), Pageable.ofSize(100))
			.map(HumanTask::getId)
			.toList();
	}

	private static ActivatedJob job(String caseId, HumanTask task, int version, String group) {
		ActivatedJob job = Mockito.mock(ActivatedJob.class);
		Mockito.when(job.getProcessDefinitionVersion()).thenReturn(version);
		Mockito.when(job.getElementId()).thenReturn(task.getElementId());
		Mockito.when(job.getBpmnProcessId()).thenReturn(task.getFlow());
		Mockito.when(job.getVariablesAsMap()).thenReturn(Map.of("caseId", caseId, "round", task.getRound()));
		Mockito.when(job.getKey()).thenReturn(task.getJobKey() + 1_000_000);
		Mockito.when(job.getCustomHeaders())
			.thenReturn(Map.of("io.camunda.zeebe:candidateGroups", "[\"" + group + "\"]", "decisions",
					"approve,return,reject,reassign"));
		return job;
	}

	private static OrganisationForm form(String code, OrganisationKind kind, Long parentId) {
		OrganisationForm form = new OrganisationForm();
		form.setCode(code);
		form.setNameZh("新机构" + code);
		form.setNameEn("New " + code);
		form.setKind(kind);
		form.setParentId(parentId);
		return form;
	}

	private static void signIn(PortalUser user) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
