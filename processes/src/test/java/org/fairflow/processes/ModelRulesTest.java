package org.fairflow.processes;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/** Each rule on a small model that keeps it and on one that breaks it. */
class ModelRulesTest {

	private static final Set<String> SERVED = Set.of("send-sms", "send-email", "update-case-status",
			ModelRules.USER_TASK_JOB_TYPE);

	static final String KEEP = "=if reviewDue != null and reviewDue.round = round then reviewDue else {round: round,"
			+ " at: string(date and time(now() + duration(&quot;P3D&quot;), &quot;Z&quot;))}";

	/** A review with a deadline, an SMS and a reminder timer that keep every rule. */
	static final String GOOD = """
			<?xml version="1.0" encoding="UTF-8"?>
			<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
			    xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
			    id="Definitions_Rules" targetNamespace="http://bpmn.io/schema/bpmn">
			  <bpmn:process id="rules-probe" name="Probe" isExecutable="true">
			    <bpmn:startEvent id="Start_Probe" name="开始" />
			    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start_Probe" targetRef="Task_Sms" />
			    <bpmn:serviceTask id="Task_Sms" name="短信">
			      <bpmn:extensionElements>
			        <zeebe:taskDefinition type="send-sms" />
			        <zeebe:ioMapping><zeebe:input source="=unitName" target="unitLabel" /></zeebe:ioMapping>
			        <zeebe:taskHeaders><zeebe:header key="template" value="您好 ${unitLabel}，编号 ${caseId}" /></zeebe:taskHeaders>
			      </bpmn:extensionElements>
			    </bpmn:serviceTask>
			    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Sms" targetRef="Task_Review" />
			    <bpmn:userTask id="Task_Review" name="审核">
			      <bpmn:extensionElements>
			        <zeebe:assignmentDefinition candidateGroups="=[reviewGroup]" />
			        <zeebe:ioMapping>
			          <zeebe:input source="KEEP" target="reviewDue" />
			          <zeebe:output source="=reviewDue" target="reviewDue" />
			        </zeebe:ioMapping>
			        <zeebe:taskSchedule dueDate="=reviewDue.at" />
			        <zeebe:taskHeaders><zeebe:header key="decisions" value="approve,reject" /></zeebe:taskHeaders>
			      </bpmn:extensionElements>
			    </bpmn:userTask>
			    <bpmn:boundaryEvent id="Timer_Overdue" name="逾期" cancelActivity="false" attachedToRef="Task_Review">
			      <bpmn:timerEventDefinition id="TimerDefinition_Overdue">
			        <bpmn:timeDate xsi:type="bpmn:tFormalExpression">=date and time(reviewDue.at)</bpmn:timeDate>
			      </bpmn:timerEventDefinition>
			    </bpmn:boundaryEvent>
			    <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Review" targetRef="End_Probe" />
			    <bpmn:endEvent id="End_Probe" name="结束" />
			  </bpmn:process>
			</bpmn:definitions>
			"""
		.replace("KEEP", KEEP);

	@Test
	void aModelThatKeepsEveryRuleHasNoFinding() {
		assertThat(ModelRules.check(model(GOOD), SERVED, Set.of())).isEmpty();
	}

	@Test
	void aJobTypeNoWorkerServesIsAnError() {
		List<Finding> findings = ModelRules.check(model(GOOD.replace("send-sms", "send-fax")), SERVED, Set.of());

		assertThat(findings)
			.extracting(Finding::severity, Finding::elementId, Finding::elementName, Finding::code, Finding::args)
			.containsExactly(tuple(Severity.ERROR, "Task_Sms", "短信", "jobTypeNotServed", List.of("send-fax")));
	}

	@Test
	void anExecutionListenerNoWorkerServesIsAnError() {
		String listener = GOOD.replace("<bpmn:startEvent id=\"Start_Probe\" name=\"开始\" />", """
				<bpmn:extensionElements><zeebe:executionListeners>
				  <zeebe:executionListener eventType="end" type="close-case" />
				</zeebe:executionListeners></bpmn:extensionElements>
				<bpmn:startEvent id="Start_Probe" name="开始" />""");

		assertThat(ModelRules.jobTypes(model(listener), SERVED)).extracting(Finding::elementId, Finding::code)
			.containsExactly(tuple("rules-probe", "listenerNotServed"));
	}

	@Test
	void aUserTaskTheInboxWouldLoseOrCouldNotOfferIsAnError() {
		String broken = GOOD
			.replace("<zeebe:assignmentDefinition candidateGroups=\"=[reviewGroup]\" />", "<zeebe:userTask />")
			.replace("<zeebe:header key=\"decisions\" value=\"approve,reject\" />", "");

		assertThat(ModelRules.userTasks(model(broken))).extracting(Finding::severity, Finding::code)
			.containsExactly(tuple(Severity.ERROR, "userTaskNotJobBased"),
					tuple(Severity.ERROR, "candidateGroupsMissing"), tuple(Severity.ERROR, "decisionsMissing"));
		assertThat(ModelRules.userTasks(model(GOOD.replace("approve,reject", "approve, reject"))))
			.extracting(Finding::code)
			.containsExactly("decisionsMalformed");
	}

	@Test
	void aPlaceholderNamingNoKnownVariableIsAWarning() {
		String unknown = GOOD.replace("编号 ${caseId}",
				"编号 ${caseId} ${contact.name} ${unitName} ${unitName:date} ${reviewDue.at:datetime}");

		List<Finding> findings = ModelRules.check(model(unknown), SERVED, Set.of("unitName", "reviewDue"));

		assertThat(findings).extracting(Finding::severity, Finding::code, Finding::args)
			.containsExactly(tuple(Severity.WARNING, "placeholderUnknown", List.of("contact.name", "template")));
		assertThat(ModelElements.placeholderVariables(model(unknown))).containsExactly("unitLabel", "caseId", "contact",
				"unitName", "reviewDue");
		assertThat(ModelElements.filledVariables(model(GOOD))).contains("unitLabel", "reviewDue");
	}

	@Test
	void aNotificationWithoutItsTextIsAnError() {
		String empty = GOOD.replace("<zeebe:header key=\"template\" value=\"您好 ${unitLabel}，编号 ${caseId}\" />", "");

		assertThat(ModelRules.notificationTexts(model(empty))).extracting(Finding::code, Finding::args)
			.containsExactly(tuple("textMissing", List.of("template")));
	}

	@Test
	void aRelativeTimerIsAnError() {
		String relative = GOOD.replace(
				"<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">=date and time(reviewDue.at)</bpmn:timeDate>",
				"<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">P3D</bpmn:timeDuration>");

		assertThat(DeadlineRules.deadlines(model(relative)))
			.extracting(Finding::elementId, Finding::code, Finding::args)
			.containsExactly(tuple("Timer_Overdue", "timerRelative", List.of("P3D")));
	}

	@Test
	void aTimerOnAVariableNobodyFixesOrHandsOnIsAnError() {
		assertThat(DeadlineRules.deadlines(model(GOOD.replace("time(reviewDue.at)", "time(otherDue.at)"))))
			.extracting(Finding::code)
			.containsExactly("timerVariableNotFixed");
		assertThat(DeadlineRules
			.deadlines(model(GOOD.replace("<zeebe:output source=\"=reviewDue\" target=\"reviewDue\" />", ""))))
			.extracting(Finding::code)
			.containsExactly("timerVariableNotHandedOn");
		assertThat(DeadlineRules.deadlines(model(GOOD.replace("=date and time(reviewDue.at)", "=now()"))))
			.extracting(Finding::code)
			.containsExactly("timerNotFixed");
	}

	@Test
	void aDueDateCountedOnTheTaskItselfIsAnError() {
		String relative = GOOD.replace("dueDate=\"=reviewDue.at\"",
				"dueDate=\"=string(now() + duration(&quot;P1D&quot;))\"");

		assertThat(DeadlineRules.deadlines(model(relative))).extracting(Finding::elementId, Finding::code)
			.containsExactly(tuple("Task_Review", "dueDateNotFixed"));
	}

	@Test
	void aDeadlineComputedFromTheCaseAndKeptByTheStepAndItsWaitHasNoFinding() {
		String computed = "=if reviewDue != null and reviewDue.round = round then reviewDue else {round: round,"
				+ " fixedAt: string(now()), at: string(date and time(meetingStart) - duration(&quot;P3D&quot;))}";
		String keptTwice = GOOD.replace(KEEP, computed)
			.replace("<zeebe:taskDefinition type=\"send-sms\" />",
					"<zeebe:taskDefinition type=\"send-sms\" />" + "<zeebe:ioMapping><zeebe:input source=\"" + computed
							+ "\" target=\"reviewDue\" />"
							+ "<zeebe:output source=\"=reviewDue\" target=\"reviewDue\" /></zeebe:ioMapping>")
			.replace("<zeebe:ioMapping><zeebe:input source=\"=unitName\" target=\"unitLabel\" /></zeebe:ioMapping>",
					"");

		assertThat(DeadlineRules.deadlines(model(keptTwice))).isEmpty();
		assertThat(DeadlineRules.deadlineDurations(model(keptTwice))).as("not a duration the console edits").isEmpty();
		assertThat(DeadlineRules.deadlines(model(keptTwice.replaceFirst("P3D", "P2D"))))
			.extracting(Finding::elementId, Finding::code)
			.containsExactly(tuple("Task_Review", "deadlineFixedTwice"), tuple("Task_Review", "dueDateNotFixedHere"));
	}

	@Test
	void theDeadlineDurationIsFoundAndReplacedInPlace() {
		BpmnModelInstance model = model(GOOD);

		DeadlineRules.Deadline deadline = DeadlineRules.deadlineDurations(model).get("reviewDue");

		assertThat(deadline.duration()).isEqualTo("P3D");
		assertThat(deadline.element().getId()).isEqualTo("Task_Review");
		String source = KEEP.replace("&quot;", "\"");
		assertThat(DeadlineRules.withDuration(source, "PT12H")).isEqualTo(source.replace("P3D", "PT12H"));
		assertThatIllegalArgumentException().isThrownBy(() -> DeadlineRules.withDuration("=now()", "P1D"));
	}

	static BpmnModelInstance model(String xml) {
		return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

}
