package org.fairflow.portal.console;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.fairflow.portal.engine.ModelDeployment;
import org.fairflow.portal.engine.StoredModel;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Publishing in two steps: an upload or a browser edit becomes a draft whose preview
 * shows what the checks find and what changed; errors block publishing, warnings need a
 * confirmation; a draft is its owner's alone. Every test works on a process and a
 * decision of its own, so that the shared portal's flows stay as shipped.
 */
@PortalTest
@AutoConfigureMockMvc
class ConsolePreviewWebTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	ModelDeployment models;

	private PortalUser owner;

	private String processId;

	@BeforeEach
	void owner() {
		int n = SEQUENCE.incrementAndGet() + (int) (System.nanoTime() % 100000);
		this.accounts.create("checks" + n, "owner-password-1234", Role.PROCESS_OWNER, "流程负责人" + n, null, null);
		this.owner = this.fixtures.user("checks" + n);
		this.processId = "checks-probe-" + n;
	}

	@Autowired
	ModelReview review;

	/** The checks hold the shipped processes to nothing they do not already keep. */
	@Test
	void everyShippedProcessPassesTheChecks() {
		for (String file : List.of("unit-review.bpmn", "badge-review.bpmn", "bank-transfer-review.bpmn")) {
			byte[] changed = ConsoleModelFiles.bytes(ConsoleModelFiles.shipped(file) + "\n");

			ModelReview.Review review = this.review.review(file, changed);

			// Other tests may have published versions of these files: only the findings
			// count.
			assertThat(review.findings()).as("findings of %s", file).isEmpty();
		}
	}

	@Test
	void anUploadIsPreviewedThenPublishedWithItsNote() throws Exception {
		String draft = upload(process("send-sms", "您好，申请 ${caseId} 已收到。"), "首版");

		String page = preview(draft);
		assertThat(page).contains("id=\"checks-clean\"", "这是一个新模型", "value=\"首版\"");
		MvcResult published = publish(draft, "首次发布", false);

		assertThat(published.getFlashMap().get("errorKey")).isNull();
		assertThat(published.getFlashMap().get("published")).isEqualTo(this.processId + ".bpmn v1");
		assertThat(latest().getChangeNote()).isEqualTo("首次发布");
		MvcResult gone = this.mvc.perform(get(draft).with(user(this.owner))).andReturn();
		assertThat(gone.getFlashMap().get("errorKey")).isEqualTo("console.draftMissing");
	}

	@Test
	void thePreviewShowsWhatChangedAgainstTheLatestVersion() throws Exception {
		publish(upload(process("send-sms", "您好，申请 ${caseId} 已收到。"), null), null, false);

		String page = preview(
				upload(process("send-sms", "您好，申请 ${caseId} 已受理。").replace("name=\"审核\"", "name=\"复核\""), null));

		assertThat(page).contains("与当前最新版本 v1 比较", "data-kind=\"CHANGED\" data-element=\"Task_Review\"", "审核", "复核",
				"data-element=\"Task_Sms\"", "已收到", "已受理");
	}

	@Test
	void errorsBlockPublishing() throws Exception {
		int before = this.models.history().size();
		String draft = upload(process("send-fax", "传真"), null);

		assertThat(preview(draft)).contains("id=\"check-errors\"", "data-code=\"jobTypeNotServed\"",
				"没有任何处理程序处理作业类型“send-fax”");
		MvcResult refused = publish(draft, null, true);

		assertThat(refused.getFlashMap().get("errorKey")).isEqualTo("console.blocked");
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(draft);
		assertThat(this.models.history()).hasSize(before);
	}

	@Test
	void warningsMustBeConfirmed() throws Exception {
		String draft = upload(process("send-sms", "您好 ${nobodyKnowsMe}"), null);
		assertThat(preview(draft)).contains("id=\"check-warnings\"", "data-code=\"placeholderUnknown\"",
				"${nobodyKnowsMe}", "id=\"confirmWarnings\"");

		MvcResult unconfirmed = publish(draft, null, false);
		assertThat(unconfirmed.getFlashMap().get("errorKey")).isEqualTo("console.confirmWarnings");
		assertThat(this.models.history()).noneMatch((m) -> this.processId.equals(m.getResourceId()));

		MvcResult confirmed = publish(draft, null, true);
		assertThat(confirmed.getFlashMap().get("published")).isEqualTo(this.processId + ".bpmn v1");
	}

	@Test
	void aDraftIsItsOwnersAlone() throws Exception {
		String draft = upload(process("send-sms", "您好 ${caseId}"), null);
		this.accounts.create("other-" + this.processId, "owner-password-1234", Role.PROCESS_OWNER, "另一负责人", null, null);
		PortalUser other = this.fixtures.user("other-" + this.processId);

		MvcResult seen = this.mvc.perform(get(draft).with(user(other))).andReturn();
		MvcResult published = this.mvc.perform(post(draft + "/publish").with(user(other)).with(csrf())).andReturn();
		this.mvc.perform(post(draft + "/cancel").with(user(other)).with(csrf())).andReturn();

		assertThat(seen.getFlashMap().get("errorKey")).isEqualTo("console.draftMissing");
		assertThat(published.getFlashMap().get("errorKey")).isEqualTo("console.draftMissing");
		assertThat(preview(draft)).contains("id=\"publish-form\"");
		this.mvc.perform(post(draft + "/cancel").with(user(this.owner)).with(csrf())).andReturn();
		assertThat(this.mvc.perform(get(draft).with(user(this.owner))).andReturn().getFlashMap().get("errorKey"))
			.isEqualTo("console.draftMissing");
	}

	@Test
	void anOrganiserNeitherPreviewsNorEdits() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		this.accounts.create("org-" + this.processId, "owner-password-1234", Role.ORGANISER, "组委会",
				tree.organiser().getId(), null);
		PortalUser organiser = this.fixtures.user("org-" + this.processId);
		String draft = upload(process("send-sms", "您好 ${caseId}"), null);
		long id = publishedVersion();

		assertThat(status(get(draft).with(user(organiser)))).isEqualTo(403);
		assertThat(status(post(draft + "/publish").with(user(organiser)).with(csrf()))).isEqualTo(403);
		assertThat(status(get("/console/models/{id}/edit", id).with(user(organiser)))).isEqualTo(403);
		assertThat(status(post("/console/models/{id}/edit/groups", id).param("elementId", "Task_Review")
			.param("candidateGroups", "role:organiser")
			.with(user(organiser))
			.with(csrf()))).isEqualTo(403);
	}

	@Test
	void theEditPageOffersTextsGroupsAndDeadlines() throws Exception {
		long id = publishedVersion();

		MvcResult page = this.mvc.perform(get("/console/models/{id}/edit", id).with(user(this.owner))).andReturn();

		assertThat(page.getResponse().getContentAsString()).contains(
				"class=\"card card-body mb-3 edit-text\" data-element=\"Task_Sms\"", "data-element=\"Task_Review\"",
				"value=\"=[reviewGroup]\"", "data-variable=\"reviewDue\"", "value=\"P3D\"");
	}

	@Test
	void anSmsTextEditIsPublishedAsANewVersion() throws Exception {
		long id = publishedVersion();

		String draft = edit(post("/console/models/{id}/edit/text", id).param("elementId", "Task_Sms")
			.param("template", "新的文本 ${caseId}"));
		assertThat(preview(draft)).contains("data-element=\"Task_Sms\"", "新的文本");
		publish(draft, null, false);

		assertThat(ModelEdits.processEditables(latest().getContent()).texts()).singleElement()
			.satisfies((text) -> assertThat(text.template()).isEqualTo("新的文本 ${caseId}"));
		assertThat(latest().getVersion()).isEqualTo(2);
	}

	@Test
	void theEnglishTextIsEditedBesideTheChineseOneAndAnEmptyOneFallsBackToChinese() throws Exception {
		long id = publishedVersion();
		assertThat(this.mvc.perform(get("/console/models/{id}/edit", id).param("lang", "en").with(user(this.owner)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("name=\"templateEn\"", "those units receive the Chinese text above");

		publish(edit(post("/console/models/{id}/edit/text", id).param("elementId", "Task_Sms")
			.param("template", "中文 ${caseId}")
			.param("templateEn", "English ${caseId}")), null, false);
		assertThat(ModelEdits.processEditables(latest().getContent()).texts()).singleElement().satisfies((text) -> {
			assertThat(text.template()).isEqualTo("中文 ${caseId}");
			assertThat(text.templateEn()).isEqualTo("English ${caseId}");
		});

		publish(edit(post("/console/models/{id}/edit/text", latest().getId()).param("elementId", "Task_Sms")
			.param("template", "中文 ${caseId}")
			.param("templateEn", "")), null, false);
		assertThat(ModelEdits.processEditables(latest().getContent()).texts()).singleElement().satisfies((text) -> {
			assertThat(text.template()).isEqualTo("中文 ${caseId}");
			assertThat(text.templateEn()).isNull();
		});
		assertThat(latest().getVersion()).isEqualTo(3);
	}

	@Test
	void aCandidateGroupEditIsPublishedAsANewVersion() throws Exception {
		long id = publishedVersion();

		publish(edit(post("/console/models/{id}/edit/groups", id).param("elementId", "Task_Review")
			.param("candidateGroups", "role:finance, role:organiser")), null, false);

		assertThat(ModelEdits.processEditables(latest().getContent()).groups()).singleElement()
			.satisfies((groups) -> assertThat(groups.candidateGroups()).isEqualTo("role:finance,role:organiser"));
	}

	@Test
	void aDeadlineEditIsPublishedAsANewVersion() throws Exception {
		long id = publishedVersion();

		publish(edit(post("/console/models/{id}/edit/deadline", id).param("variable", "reviewDue")
			.param("duration", "PT12H")), null, false);

		assertThat(ModelEdits.processEditables(latest().getContent()).deadlines()).singleElement()
			.satisfies((deadline) -> assertThat(deadline.duration()).isEqualTo("PT12H"));
	}

	@Test
	void aDecisionRuleEditIsPublishedAsANewVersion() throws Exception {
		publish(uploadFile(this.processId + ".dmn", decision().getBytes(StandardCharsets.UTF_8)), null, false);
		long id = publishedVersion();
		String page = this.mvc.perform(get("/console/models/{id}/edit", id).with(user(this.owner)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("data-rule=\"Rule_Probe_Visitor\"");

		String draft = edit(post("/console/models/{id}/edit/rule", id).param("ruleId", "Rule_Probe_Visitor")
			.param("input", "\"VISITOR\",\"PRESS\"")
			.param("output", "150"));
		assertThat(preview(draft)).contains("data-element=\"Rule_Probe_Visitor\"", "150");
		publish(draft, "访客费调整", false);

		assertThat(DecisionEdits.decisionTables(latest().getContent())).singleElement()
			.satisfies((table) -> assertThat(table.rows().get(0)).satisfies((row) -> {
				assertThat(row.inputs()).containsExactly("\"VISITOR\",\"PRESS\"");
				assertThat(row.outputs()).containsExactly("150");
			}));
		assertThat(latest().getVersion()).isEqualTo(2);
	}

	@Test
	void anInvalidEditIsRefusedWithItsReasonAndMakesNoDraft() throws Exception {
		long id = publishedVersion();

		MvcResult result = this.mvc
			.perform(post("/console/models/{id}/edit/deadline", id).param("variable", "reviewDue")
				.param("duration", "3 days")
				.with(user(this.owner))
				.with(csrf()))
			.andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/console/models/" + id + "/edit");
		assertThat(result.getFlashMap().get("errorKey")).isEqualTo("console.edit.durationInvalid");
		assertThat((Object[]) result.getFlashMap().get("errorArgs")).containsExactly("3 DAYS");
		// An English text is checked like the Chinese one.
		assertThat(this.mvc
			.perform(post("/console/models/{id}/edit/text", id).param("elementId", "Task_Sms")
				.param("template", "中文")
				.param("templateEn", "Hello ${unit")
				.with(user(this.owner))
				.with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("errorKey")).isEqualTo("console.edit.placeholderOpen");
	}

	@Test
	void anEditOfAnOlderVersionIsRefusedAndADraftOverTakenByANewerVersionIsNotPublished() throws Exception {
		long v1 = publishedVersion();
		String draft = edit(
				post("/console/models/{id}/edit/deadline", v1).param("variable", "reviewDue").param("duration", "P5D"));
		publish(edit(
				post("/console/models/{id}/edit/deadline", v1).param("variable", "reviewDue").param("duration", "P4D")),
				null, false);

		MvcResult stale = publish(draft, null, false);
		MvcResult older = this.mvc
			.perform(post("/console/models/{id}/edit/deadline", v1).param("variable", "reviewDue")
				.param("duration", "P6D")
				.with(user(this.owner))
				.with(csrf()))
			.andReturn();

		assertThat(stale.getFlashMap().get("errorKey")).isEqualTo("console.draftStale");
		assertThat(older.getFlashMap().get("errorKey")).isEqualTo("console.draftStale");
		assertThat(ModelEdits.processEditables(latest().getContent()).deadlines().get(0).duration()).isEqualTo("P4D");
	}

	private long publishedVersion() throws Exception {
		if (this.models.history().stream().noneMatch((m) -> this.processId.equals(m.getResourceId()))) {
			publish(upload(process("send-sms", "您好 ${caseId}"), null), null, false);
		}
		return latest().getId();
	}

	private StoredModel latest() {
		List<StoredModel> versions = this.models.history()
			.stream()
			.filter((m) -> this.processId.equals(m.getResourceId()))
			.toList();
		assertThat(versions).as("versions of %s", this.processId).isNotEmpty();
		return versions.get(versions.size() - 1);
	}

	private String upload(String model, String note) throws Exception {
		MvcResult result = this.mvc.perform(multipart("/console/models")
			.file(new MockMultipartFile("model", this.processId + ".bpmn", "application/octet-stream",
					model.getBytes(StandardCharsets.UTF_8)))
			.param("changeNote", (note != null) ? note : "")
			.with(user(this.owner))
			.with(csrf())).andReturn();
		assertThat(result.getFlashMap().get("errorKey")).as("error").isNull();
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/console/drafts/");
		return result.getResponse().getRedirectedUrl();
	}

	private String uploadFile(String fileName, byte[] content) throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/console/models")
				.file(new MockMultipartFile("model", fileName, "application/octet-stream", content))
				.with(user(this.owner))
				.with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/console/drafts/");
		return result.getResponse().getRedirectedUrl();
	}

	private String edit(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request.with(user(this.owner)).with(csrf())).andReturn();
		assertThat(result.getFlashMap().get("errorKey"))
			.as("error %s", Arrays.toString((Object[]) result.getFlashMap().get("errorArgs")))
			.isNull();
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/console/drafts/");
		return result.getResponse().getRedirectedUrl();
	}

	private String preview(String draft) throws Exception {
		MvcResult result = this.mvc.perform(get(draft).with(user(this.owner))).andReturn();
		assertThat(result.getResponse().getStatus()).as("preview of %s", draft).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private MvcResult publish(String draft, String note, boolean confirmWarnings) throws Exception {
		return this.mvc
			.perform(post(draft + "/publish").param("changeNote", (note != null) ? note : "")
				.param("confirmWarnings", String.valueOf(confirmWarnings))
				.with(user(this.owner))
				.with(csrf()))
			.andReturn();
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	/**
	 * A notification, then a review with a deadline: what the portal needs, and no more.
	 */
	private String process(String jobType, String template) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Definitions_Checks"
				    targetNamespace="http://bpmn.io/schema/bpmn">
				  <bpmn:process id="PROCESS" name="检查探针" isExecutable="true">
				    <bpmn:startEvent id="Start_Probe" name="开始" />
				    <bpmn:sequenceFlow id="Flow_ToSms" sourceRef="Start_Probe" targetRef="Task_Sms" />
				    <bpmn:serviceTask id="Task_Sms" name="短信">
				      <bpmn:extensionElements>
				        <zeebe:taskDefinition type="JOB" />
				        <zeebe:taskHeaders><zeebe:header key="template" value="TEMPLATE" /></zeebe:taskHeaders>
				      </bpmn:extensionElements>
				    </bpmn:serviceTask>
				    <bpmn:sequenceFlow id="Flow_ToReview" sourceRef="Task_Sms" targetRef="Task_Review" />
				    <bpmn:userTask id="Task_Review" name="审核">
				      <bpmn:extensionElements>
				        <zeebe:assignmentDefinition candidateGroups="=[reviewGroup]" />
				        <zeebe:ioMapping>
				          <zeebe:input source="=if reviewDue != null and reviewDue.round = round then reviewDue else {round: round, at: string(date and time(now() + duration(&quot;P3D&quot;), &quot;Z&quot;))}" target="reviewDue" />
				        </zeebe:ioMapping>
				        <zeebe:taskSchedule dueDate="=reviewDue.at" />
				        <zeebe:taskHeaders><zeebe:header key="decisions" value="approve,reject" /></zeebe:taskHeaders>
				      </bpmn:extensionElements>
				    </bpmn:userTask>
				    <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_Review" targetRef="End_Probe" />
				    <bpmn:endEvent id="End_Probe" name="结束" />
				  </bpmn:process>
				</bpmn:definitions>
				"""
			.replace("PROCESS", this.processId)
			.replace("JOB", jobType)
			.replace("TEMPLATE", template);
	}

	private String decision() {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Probe" name="探针"
				    namespace="http://fairflow.org/dmn">
				  <decision id="DECISION" name="探针费用">
				    <decisionTable id="DecisionTable_Probe" hitPolicy="FIRST">
				      <input id="Input_Type" label="类型">
				        <inputExpression id="InputExpression_Type" typeRef="string"><text>badgeType</text></inputExpression>
				      </input>
				      <output id="Output_Fee" label="费用" name="fee" typeRef="number" />
				      <rule id="Rule_Probe_Visitor">
				        <inputEntry id="InputEntry_Probe_Visitor"><text>"VISITOR"</text></inputEntry>
				        <outputEntry id="OutputEntry_Probe_Visitor"><text>200</text></outputEntry>
				      </rule>
				      <rule id="Rule_Probe_Other">
				        <inputEntry id="InputEntry_Probe_Other"><text>-</text></inputEntry>
				        <outputEntry id="OutputEntry_Probe_Other"><text>0</text></outputEntry>
				      </rule>
				    </decisionTable>
				  </decision>
				</definitions>
				"""
			.replace("DECISION", this.processId);
	}

}
