package org.fairflow.processes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fairflow.processes.JobDriver.elementIds;
import static org.fairflow.processes.MeetingBookingProcessTest.render;

/**
 * Drives {@code exhibit-unlisting.bpmn}, the organiser's forced unlisting of a product or
 * project (docs/ARCHITECTURE.md, "Exhibitors"): one status, and the reason told to the
 * exhibitor's contact.
 */
@ZeebeProcessTest
class ExhibitUnlistingProcessTest {

	private JobDriver driver;

	private ZeebeTestEngine engine;

	private ZeebeClient client;

	@BeforeEach
	void deployModel() {
		this.driver = new JobDriver(this.client, this.engine, "unlisting-test",
				ExhibitAuditProcessTest::assertNotificationTexts);
		this.client.newDeployResourceCommand().addResourceFromClasspath("models/exhibit-unlisting.bpmn").send().join();
	}

	@Test
	void aForcedUnlistingReportsItsStatusAndTellsTheContactTheReasonInBothLanguages() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("exhibit-unlisting", unlisting());

		List<ActivatedJob> jobs = this.driver.completeServiceJobs();

		assertThat(elementIds(jobs)).containsExactly("Task_MarkForceUnlisted", "Task_SmsForceUnlisted",
				"Task_EmailForceUnlisted");
		assertThat(jobs.get(0).getCustomHeaders()).containsEntry("status", "FORCE_UNLISTED")
			.containsEntry("event", "FORCE_UNLISTED")
			.containsEntry("commentFrom", "unlistReason");
		assertThat(render(jobs.get(1), "template")).isEqualTo("【展会】您的展品“智能翻译机”已被组委会强制下架：价格信息有误。修改并重新通过审核后方可再上架。");
		assertThat(render(jobs.get(1), "template_en"))
			.isEqualTo("[Fair] Your product \"智能翻译机\" has been unlisted by the organiser: 价格信息有误. "
					+ "It may be listed again once edited and approved in a new audit.");
		assertThat(render(jobs.get(2), "subject")).isEqualTo("已被强制下架：展品“智能翻译机”");
		assertThat(render(jobs.get(2), "template")).contains("下架原因：价格信息有误");
		assertThat(render(jobs.get(2), "template_en")).contains("Reason: 价格信息有误");
		assertThat(this.driver.activate(JobDriver.USER_TASK)).as("nobody decides anything").isEmpty();
		assertThat(this.driver.closeCaseJobs()).hasSize(1);
		BpmnAssert.assertThat(instance).hasPassedElement("End_ForceUnlisted").isCompleted().hasNoIncidents();
	}

	private static Map<String, Object> unlisting() {
		Map<String, Object> variables = new HashMap<>();
		variables.put("caseId", "case-unlisting-1");
		variables.put("round", 1);
		variables.put("itemKind", "PRODUCT");
		variables.put("itemId", 21);
		variables.put("itemRef", "product-21");
		variables.put("itemName", "智能翻译机");
		variables.put("kindZh", "展品");
		variables.put("kindEn", "product");
		variables.put("exhibitorId", 5);
		variables.put("unitId", 42);
		variables.put("unitName", "北京数字贸易协会");
		variables.put("unitNameEn", "Beijing Digital Trade Association");
		variables.put("language", "zh");
		variables.put("applicantGroup", "unit:42");
		variables.put("contactMobile", "+8613800000000");
		variables.put("contactEmail", "contact@example.org");
		variables.put("unlistReason", "价格信息有误");
		return variables;
	}

}
