package org.fairflow.portal.console;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.fairflow.portal.engine.ModelDeployment;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The process owner lists every model with its versions, publishes a new version with a
 * note, is told in plain words why the engine refuses a model, and downloads any version;
 * nobody else may.
 */
@PortalTest
@AutoConfigureMockMvc
class ConsoleWebTest {

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
		this.accounts.create("owner" + n, "owner-password-1234", Role.PROCESS_OWNER, "流程负责人" + n, null, null);
		this.owner = this.fixtures.user("owner" + n);
		this.processId = "console-probe-" + n;
	}

	@Test
	void theOwnerSeesEveryShippedModelWithItsVersion() throws Exception {
		String page = page();

		assertThat(page).contains("data-model=\"unit-review.bpmn\"", "data-model=\"badge-review.bpmn\"",
				"data-model=\"badge-fee.dmn\"", "随系统发布", "id=\"upload-form\"");
	}

	@Test
	void aPublishedVersionIsListedWithItsNoteAndTheNextOneGetsTheNextNumber() throws Exception {
		publish(probe("第一版"), "首次发布");
		MvcResult second = publish(probe("第二版"), "改了名称");

		assertThat(second.getFlashMap().get("published")).isEqualTo(this.processId + ".bpmn v2");
		String page = page();
		assertThat(page).contains("data-model=\"" + this.processId + ".bpmn\"", "首次发布", "改了名称");
		assertThat(this.models.history()).filteredOn((m) -> m.getResourceId().equals(this.processId))
			.extracting((m) -> m.getVersion())
			.containsExactly(1, 2);
	}

	@Test
	void rollingBackPublishesTheOlderVersionAgainAsTheNewest() throws Exception {
		String first = probe("第一版");
		publish(first, null);
		publish(probe("第二版"), null);
		long v1 = this.models.history()
			.stream()
			.filter((m) -> m.getResourceId().equals(this.processId) && m.getVersion() == 1)
			.findFirst()
			.orElseThrow()
			.getId();

		MvcResult draft = this.mvc
			.perform(post("/console/models/{id}/republish", v1).with(user(this.owner)).with(csrf()))
			.andReturn();
		assertThat(draft.getResponse().getRedirectedUrl()).startsWith("/console/drafts/");
		assertThat(preview(draft.getResponse().getRedirectedUrl())).contains("data-element=\"" + this.processId + "\"",
				"↩ v1");
		MvcResult result = this.mvc
			.perform(post(draft.getResponse().getRedirectedUrl() + "/publish").param("changeNote", "↩ v1")
				.with(user(this.owner))
				.with(csrf()))
			.andReturn();

		assertThat(result.getFlashMap().get("published")).isEqualTo(this.processId + ".bpmn v3");
		assertThat(this.models.history()).filteredOn((m) -> m.getResourceId().equals(this.processId))
			.last()
			.satisfies((v3) -> {
				assertThat(v3.getContent()).isEqualTo(first.getBytes(StandardCharsets.UTF_8));
				assertThat(v3.getChangeNote()).isEqualTo("↩ v1");
			});
	}

	@Test
	void aModelTheEngineRefusesIsExplainedAndNotStored() throws Exception {
		int before = this.models.history().size();
		byte[] broken = probe("坏的").replace("<bpmn:endEvent id=\"End_Probe\" name=\"结束\" />", "")
			.getBytes(StandardCharsets.UTF_8);
		String draft = upload(this.processId + ".bpmn", broken, null);
		assertThat(preview(draft)).contains("data-code=\"unreadable\"");

		MvcResult result = this.mvc
			.perform(post(draft + "/publish").param("confirmWarnings", "true").with(user(this.owner)).with(csrf()))
			.andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(draft);
		assertThat(result.getFlashMap().get("errorKey")).isEqualTo("console.refused");
		assertThat((String) result.getFlashMap().get("engineMessage")).contains(this.processId + ".bpmn")
			.doesNotContain("Command 'CREATE' rejected");
		assertThat(this.models.history()).hasSize(before);
	}

	@Test
	void aFileThatIsNoModelIsRefusedBeforeTheEngine() throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/console/models")
				.file(new MockMultipartFile("model", "notes.txt", "text/plain", "hello".getBytes()))
				.with(user(this.owner))
				.with(csrf()))
			.andReturn();

		assertThat(result.getFlashMap().get("errorKey")).isEqualTo("console.fileName");
	}

	@Test
	void anyVersionDownloadsAsItWasDeployed() throws Exception {
		String model = probe("下载");
		publish(model, null);
		long id = this.models.history()
			.stream()
			.filter((m) -> m.getResourceId().equals(this.processId))
			.findFirst()
			.orElseThrow()
			.getId();

		MvcResult download = this.mvc.perform(get("/console/models/{id}/download", id).with(user(this.owner)))
			.andReturn();

		assertThat(download.getResponse().getStatus()).isEqualTo(200);
		assertThat(download.getResponse().getHeader("Content-Disposition")).contains(this.processId + ".bpmn");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(model.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void onlyTheProcessOwnerOpensTheConsole() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();

		assertThat(this.mvc.perform(get("/console").with(user(this.fixtures.user(tree.delegationReviewer()))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc.perform(get("/console")).andReturn().getResponse().getStatus()).isEqualTo(302);
	}

	private String page() throws Exception {
		MvcResult result = this.mvc.perform(get("/console").with(user(this.owner))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	/** Upload, then publish from the preview: the two steps of publishing. */
	private MvcResult publish(String model, String note) throws Exception {
		String draft = upload(this.processId + ".bpmn", model.getBytes(StandardCharsets.UTF_8), note);
		assertThat(preview(draft)).contains("id=\"publish-form\"");
		var request = post(draft + "/publish").with(user(this.owner)).with(csrf());
		if (note != null) {
			request.param("changeNote", note);
		}
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getFlashMap().get("errorKey")).as("error").isNull();
		return result;
	}

	/** Uploads a file; returns its draft's preview address. */
	private String upload(String fileName, byte[] content, String note) throws Exception {
		var request = multipart("/console/models")
			.file(new MockMultipartFile("model", fileName, "application/octet-stream", content))
			.with(user(this.owner))
			.with(csrf());
		if (note != null) {
			request.param("changeNote", note);
		}
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getFlashMap().get("errorKey")).as("error").isNull();
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/console/drafts/");
		return result.getResponse().getRedirectedUrl();
	}

	private String preview(String draft) throws Exception {
		MvcResult result = this.mvc.perform(get(draft).with(user(this.owner))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	/** A process of its own, so that the shared portal's flows stay as shipped. */
	private String probe(String name) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_Probe"
				    targetNamespace="http://bpmn.io/schema/bpmn">
				  <bpmn:process id="%s" name="%s" isExecutable="true">
				    <bpmn:startEvent id="Start_Probe" name="开始" />
				    <bpmn:sequenceFlow id="Flow_Probe" sourceRef="Start_Probe" targetRef="End_Probe" />
				    <bpmn:endEvent id="End_Probe" name="结束" />
				  </bpmn:process>
				</bpmn:definitions>
				""".formatted(this.processId, name);
	}

}
