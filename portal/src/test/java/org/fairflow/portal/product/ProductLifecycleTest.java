package org.fairflow.portal.product;

import java.math.BigDecimal;
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
 * A product through its audit on the engine: approval lets the exhibitor list exactly the
 * audited revision; a rejection keeps the opinion and a resubmission opens a new case; an
 * edit of an approved product unlists it until approved again; a withdrawal makes a
 * draft; the organiser's forced unlisting opens its case with the reason and blocks
 * listing until a new approval; a reviewer of another organisation neither sees nor
 * decides the task.
 */
@PortalTest
class ProductLifecycleTest {

	@Autowired
	ProductEditing editing;

	@Autowired
	ProductRepository products;

	@Autowired
	Products listed;

	@Autowired
	ProductRevisions revisions;

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
	void anApprovedProductIsListedWithExactlyTheAuditedRevision() {
		ProductForm form = ProductTestData.form();
		Product product = submit(form);
		long revision = product.getPendingRevisionId();
		assertThat(product.getNumber()).matches("P\\d{8}[2-9A-HJ-NP-Z]{6}");

		CaseRecord record = this.cases.find(product.getCaseId()).orElseThrow();
		assertThat(record.getBusinessKey()).isEqualTo("product-" + product.getId() + "-r" + revision);
		assertThat(record.getScopeOrgId()).isEqualTo(this.ex.tree().delegation().getId());
		assertThat(this.cases.variables(product.getCaseId())).contains(entry("itemKind", "PRODUCT"),
				entry("kindZh", "展品"), entry("kindEn", "product"), entry("itemName", form.getName()),
				entry("auditGroup", "org:" + this.ex.tree().delegation().getId()));
		assertThatThrownBy(() -> this.editing.list(this.ex.exhibitor(), product.getId(), true)).isInstanceOfSatisfying(
				ItemRefusedException.class,
				(e) -> assertThat(e.problems().get(0).messageKey()).isEqualTo("product.list.notApproved"));

		HumanTask task = this.fixtures.awaitOpenTask(product.getCaseId(), "Task_Audit");
		Map<String, Object> model = this.tasks.view(task).model(record.getBusinessKey(), Locale.CHINA);
		assertThat(model).containsEntry("exhibitRevisionId", revision)
			.containsEntry("exhibitTemplate", "product/audit");
		Product approved = approve(product);
		assertThat(approved.getStatus()).isEqualTo(ItemStatus.APPROVED);
		assertThat(approved.getLiveRevisionId()).isEqualTo(revision);
		assertThat(listedOf()).as("approved, not yet listed").isEmpty();

		this.editing.list(this.ex.exhibitor(), product.getId(), true);
		List<ListedProduct> shown = listedOf();
		assertThat(shown).singleElement().satisfies((p) -> {
			assertThat(p.content().name()).isEqualTo(form.getName());
			assertThat(p.content().marketPrice()).isEqualByComparingTo(new BigDecimal("1999"));
			assertThat(p.content().wholesalePrice()).as("no quote").isNull();
			assertThat(p.content().imageIds()).hasSize(2);
		});
		assertThat(this.listed.isPublic(shown.get(0).content().mainImageId())).isTrue();

		this.editing.list(this.ex.exhibitor(), product.getId(), false);
		assertThat(listedOf()).isEmpty();
		assertThat(this.listed.isPublic(shown.get(0).content().mainImageId())).isFalse();
	}

	@Test
	void aRejectionKeepsTheOpinionAndAResubmissionOpensANewCase() {
		Product product = submit(ProductTestData.form());
		String firstCase = product.getCaseId();
		HumanTask task = this.fixtures.awaitOpenTask(firstCase, "Task_Audit");
		this.tasks.decide(task.getId(), this.ex.reviewer(), "reject", "请补充产地信息",
				Map.of("revisionId", "" + product.getPendingRevisionId()));
		this.fixtures.awaitStatus(firstCase, "REJECTED");

		Product rejected = this.products.findById(product.getId()).orElseThrow();
		assertThat(rejected.getStatus()).isEqualTo(ItemStatus.REJECTED);
		assertThat(rejected.getRejectionOpinion()).isEqualTo("请补充产地信息");

		ProductForm edited = ProductForm.of(content(rejected.getPendingRevisionId()));
		edited.setOrigin("北京市海淀区");
		Product resubmitted = this.editing.save(this.ex.exhibitor(), product.getId(), edited, List.of(), true,
				"liaison");
		assertThat(resubmitted.getStatus()).isEqualTo(ItemStatus.AWAITING_AUDIT);
		assertThat(resubmitted.getCaseId()).isNotEqualTo(firstCase);
		assertThat(resubmitted.getRejectionOpinion()).isNull();
		this.fixtures.awaitOpenTask(resubmitted.getCaseId(), "Task_Audit");
	}

	@Test
	void anEditedApprovedProductIsUnlistedUntilApprovedAgain() {
		Product product = approve(submit(ProductTestData.form()));
		this.editing.list(this.ex.exhibitor(), product.getId(), true);
		long firstLive = product.getLiveRevisionId();

		ProductForm edited = ProductForm.of(content(firstLive));
		edited.setBrand("学而思远");
		Product resubmitted = this.editing.save(this.ex.exhibitor(), product.getId(), edited, List.of(), false,
				"liaison");
		assertThat(resubmitted.getStatus()).as("an approved product's edit always goes to audit")
			.isEqualTo(ItemStatus.AWAITING_AUDIT);
		assertThat(resubmitted.isListed()).isFalse();
		assertThat(resubmitted.getLiveRevisionId()).isNull();
		assertThat(listedOf()).isEmpty();

		Product again = approve(resubmitted);
		assertThat(again.isListed()).as("listing again is the exhibitor's choice").isFalse();
		this.editing.list(this.ex.exhibitor(), product.getId(), true);
		assertThat(listedOf()).singleElement().satisfies((p) -> assertThat(p.content().brand()).isEqualTo("学而思远"));
	}

	@Test
	void aWithdrawalWhileAwaitingAuditMakesADraft() {
		Product product = submit(ProductTestData.form());
		this.fixtures.awaitOpenTask(product.getCaseId(), "Task_Audit");

		assertThatThrownBy(() -> this.editing.withdraw(this.ex.exhibitor(), product.getId(), "", "liaison"))
			.isInstanceOfSatisfying(ItemRefusedException.class,
					(e) -> assertThat(e.problems().get(0).messageKey()).isEqualTo("exhibit.withdraw.reasonRequired"));
		assertThat(this.editing.withdraw(this.ex.exhibitor(), product.getId(), "价格需要调整", "liaison")).isTrue();
		this.fixtures.awaitStatus(product.getCaseId(), "WITHDRAWN");

		Product draft = this.products.findById(product.getId()).orElseThrow();
		assertThat(draft.getStatus()).isEqualTo(ItemStatus.DRAFT);
		Product resubmitted = this.editing.submitDraft(this.ex.exhibitor(), product.getId(), "liaison");
		assertThat(resubmitted.getStatus()).isEqualTo(ItemStatus.AWAITING_AUDIT);
		assertThat(resubmitted.getCaseId()).isNotEqualTo(product.getCaseId());
	}

	@Test
	void aForcedUnlistingTellsTheExhibitorAndBlocksListingUntilANewApproval() {
		Product product = approve(submit(ProductTestData.form()));
		this.editing.list(this.ex.exhibitor(), product.getId(), true);
		String organiser = this.fixtures.organiserReviewer(this.ex.tree()).displayName();

		assertThatThrownBy(() -> this.editing.forceUnlist(product.getId(), " ", organiser)).isInstanceOfSatisfying(
				ItemRefusedException.class,
				(e) -> assertThat(e.problems().get(0).messageKey()).isEqualTo("exhibit.unlist.reasonRequired"));
		assertThat(this.products.findById(product.getId()).orElseThrow().isListed()).isTrue();

		Product forced = this.editing.forceUnlist(product.getId(), "价格信息与实际不符", organiser);
		assertThat(forced.isListed()).isFalse();
		assertThat(forced.getForcedReason()).isEqualTo("价格信息与实际不符");
		assertThat(listedOf()).isEmpty();
		String caseId = this.jdbc.queryForObject(
				"select case_id from exhibit_unlisting where item_kind = 'PRODUCT' and item_id = ?", String.class,
				product.getId());
		CaseRecord record = this.cases.find(caseId).orElseThrow();
		assertThat(record.getFlow()).isEqualTo("exhibit-unlisting");
		assertThat(record.getBusinessKey()).isEqualTo("product-" + product.getId() + "-u1");
		assertThat(this.cases.variables(caseId)).containsEntry("unlistReason", "价格信息与实际不符");
		assertThatThrownBy(() -> this.editing.list(this.ex.exhibitor(), product.getId(), true)).isInstanceOfSatisfying(
				ItemRefusedException.class,
				(e) -> assertThat(e.problems().get(0).messageKey()).isEqualTo("product.list.forced"));

		ProductForm edited = ProductForm.of(content(forced.getLiveRevisionId()));
		edited.setMarketPrice("1899");
		Product again = approve(
				this.editing.save(this.ex.exhibitor(), product.getId(), edited, List.of(), true, "liaison"));
		assertThat(again.getForcedReason()).isNull();
		this.editing.list(this.ex.exhibitor(), product.getId(), true);
		assertThat(listedOf()).singleElement()
			.satisfies((p) -> assertThat(p.content().marketPrice()).isEqualByComparingTo("1899"));
	}

	@Test
	void aCopyIsANewDraftAndAnotherExhibitorsProductIsNotFound() {
		Product product = submit(ProductTestData.form());
		Product copy = this.editing.copy(this.ex.exhibitor(), product.getId(), "liaison");
		assertThat(copy.getId()).isNotEqualTo(product.getId());
		assertThat(copy.getNumber()).isNotEqualTo(product.getNumber());
		assertThat(copy.getStatus()).isEqualTo(ItemStatus.DRAFT);
		assertThat(content(copy.getPendingRevisionId()).name())
			.isEqualTo(content(product.getPendingRevisionId()).name());

		ExhibitTestData.ExhibitorUnit other = ExhibitTestData.exhibitor(this.context);
		assertThatThrownBy(() -> this.editing.save(other.exhibitor(), product.getId(), ProductTestData.form(),
				ProductTestData.images(1), true, "other"))
			.isInstanceOf(ProductNotFoundException.class);
		assertThatThrownBy(() -> this.editing.list(other.exhibitor(), product.getId(), false))
			.isInstanceOf(ProductNotFoundException.class);
	}

	@Test
	void aClaimedTaskLocksTheProductAndADecisionOnAReplacedRevisionIsRefused() {
		Product product = submit(ProductTestData.form());
		long shown = product.getPendingRevisionId();
		HumanTask task = this.fixtures.awaitOpenTask(product.getCaseId(), "Task_Audit");
		ProductForm edited = ProductForm.of(content(shown));
		edited.setBrand("新品牌");
		Product revised = this.editing.save(this.ex.exhibitor(), product.getId(), edited, List.of(), true, "liaison");
		assertThat(revised.getCaseId()).as("the same case audits the new revision").isEqualTo(product.getCaseId());

		assertThatThrownBy(() -> this.tasks.decide(task.getId(), this.ex.reviewer(), "approve", null,
				Map.of("revisionId", "" + shown)))
			.isInstanceOfSatisfying(org.fairflow.portal.tasks.DecisionException.class,
					(e) -> assertThat(e.messageKey()).isEqualTo("exhibit.audit.changed"));

		this.tasks.claim(task.getId(), this.ex.reviewer());
		assertThatThrownBy(
				() -> this.editing.save(this.ex.exhibitor(), product.getId(), edited, List.of(), true, "liaison"))
			.isInstanceOfSatisfying(ItemRefusedException.class,
					(e) -> assertThat(e.problems().get(0).messageKey()).isEqualTo("product.locked"));
		assertThatThrownBy(() -> this.editing.withdraw(this.ex.exhibitor(), product.getId(), "reason", "liaison"))
			.isInstanceOf(ItemRefusedException.class);

		this.tasks.decide(task.getId(), this.ex.reviewer(), "approve", null,
				Map.of("revisionId", "" + revised.getPendingRevisionId()));
		this.fixtures.awaitStatus(product.getCaseId(), "APPROVED");
		assertThat(this.products.findById(product.getId()).orElseThrow().getLiveRevisionId())
			.isEqualTo(revised.getPendingRevisionId());
	}

	@Test
	void aReviewerOfAnotherOrganisationNeitherSeesNorDecidesTheTask() {
		Product product = submit(ProductTestData.form());
		HumanTask task = this.fixtures.awaitOpenTask(product.getCaseId(), "Task_Audit");

		assertThatThrownBy(() -> this.tasks.visible(task.getId(), this.ex.otherReviewer()))
			.isInstanceOf(TaskNotFoundException.class);
		assertThatThrownBy(() -> this.tasks.decide(task.getId(), this.ex.otherReviewer(), "approve", null,
				Map.of("revisionId", "" + product.getPendingRevisionId())))
			.isInstanceOf(TaskNotFoundException.class);
		assertThat(this.products.findById(product.getId()).orElseThrow().getStatus())
			.isEqualTo(ItemStatus.AWAITING_AUDIT);
	}

	private Product submit(ProductForm form) {
		return this.editing.save(this.ex.exhibitor(), null, form, ProductTestData.images(2), true, "liaison");
	}

	private Product approve(Product product) {
		HumanTask task = this.fixtures.awaitOpenTask(product.getCaseId(), "Task_Audit");
		this.tasks.decide(task.getId(), this.ex.reviewer(), "approve", null,
				Map.of("revisionId", "" + product.getPendingRevisionId()));
		this.fixtures.awaitStatus(product.getCaseId(), "APPROVED");
		return this.products.findById(product.getId()).orElseThrow();
	}

	private ProductContent content(Long revisionId) {
		return this.revisions.content(revisionId).orElseThrow();
	}

	private List<ListedProduct> listedOf() {
		return this.listed.listedOf(this.ex.exhibitor().getId(), PageRequest.of(0, 20)).getContent();
	}

}
