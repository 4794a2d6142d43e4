package org.fairflow.portal.console;

import java.util.List;

import org.fairflow.portal.console.ModelDiff.Change;
import org.fairflow.portal.console.ModelDiff.Detail;
import org.fairflow.portal.console.ModelDiff.Kind;
import org.fairflow.portal.engine.StoredModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.fairflow.portal.console.ConsoleModelFiles.bytes;
import static org.fairflow.portal.console.ConsoleModelFiles.shipped;

/** What a process owner reads about a new version before publishing it. */
class ModelDiffTest {

	private static final String UNIT_REVIEW = shipped("unit-review.bpmn");

	@Test
	void theSameModelHasNoChanges() throws Exception {
		assertThat(bpmn(UNIT_REVIEW, UNIT_REVIEW).isEmpty()).isTrue();
	}

	@Test
	void changedNamesGroupsDueDatesHeadersConditionsAndWiringAreShownOldToNew() throws Exception {
		String changed = UNIT_REVIEW.replace("name=\"初审 First review\"", "name=\"初审\"")
			.replace("candidateGroups=\"=[secondReviewGroup]\"", "candidateGroups=\"role:organiser\"")
			.replace("firstReviewDue else {round: round, at: string(date and time(now() + duration(&quot;P3D&quot;)",
					"firstReviewDue else {round: round, at: string(date and time(now() + duration(&quot;P5D&quot;)")
			.replace("正在审核中，审核结果将以短信通知您。", "正在审核中。")
			.replace("=firstReviewGroup != null", "=firstReviewGroup != null and true")
			.replace("sourceRef=\"Task_EmailFirstApproved\" targetRef=\"Task_SecondReview\"",
					"sourceRef=\"Task_EmailFirstApproved\" targetRef=\"Task_MarkReturned\"");

		ModelDiff diff = bpmn(UNIT_REVIEW, changed);

		assertThat(diff.changes()).allSatisfy((change) -> assertThat(change.kind()).isEqualTo(Kind.CHANGED));
		assertThat(details(diff, "Task_FirstReview")).contains(new Detail("name", null, "初审 First review", "初审"))
			.anySatisfy((detail) -> {
				assertThat(detail.aspect()).isEqualTo("input");
				assertThat(detail.qualifier()).isEqualTo("firstReviewDue");
				assertThat(detail.oldValue()).contains("P3D");
				assertThat(detail.newValue()).contains("P5D");
			});
		assertThat(details(diff, "Task_SecondReview"))
			.containsExactly(new Detail("candidateGroups", null, "=[secondReviewGroup]", "role:organiser"));
		assertThat(details(diff, "Task_SmsUnderReview")).singleElement().satisfies((detail) -> {
			assertThat(detail.aspect()).isEqualTo("header");
			assertThat(detail.qualifier()).isEqualTo("template");
			assertThat(detail.newValue()).endsWith("正在审核中。");
		});
		assertThat(details(diff, "Flow_HasFirstReview")).containsExactly(
				new Detail("condition", null, "=firstReviewGroup != null", "=firstReviewGroup != null and true"));
		assertThat(details(diff, "Flow_ToSecondReview"))
			.containsExactly(new Detail("target", null, "Task_SecondReview", "Task_MarkReturned"));
	}

	@Test
	void addedAndRemovedElementsAndChangedJobTypesAndTimersAreListed() throws Exception {
		String older = small("send-sms",
				"<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">=date and time(x.at)</bpmn:timeDate>",
				"<bpmn:endEvent id=\"End_Old\" name=\"旧结束\" />");
		String newer = small("send-email",
				"<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">PT1H</bpmn:timeDuration>",
				"<bpmn:endEvent id=\"End_New\" name=\"新结束\" />");

		ModelDiff diff = bpmn(older, newer);

		assertThat(diff.changes()).extracting(Change::kind, Change::id)
			.contains(tuple(Kind.CHANGED, "Task_Notify"), tuple(Kind.CHANGED, "Timer_Wait"),
					tuple(Kind.ADDED, "End_New"), tuple(Kind.REMOVED, "End_Old"));
		assertThat(details(diff, "Task_Notify")).contains(new Detail("jobType", null, "send-sms", "send-email"));
		assertThat(details(diff, "Timer_Wait")).contains(new Detail("timer", "timeDate", "=date and time(x.at)", null),
				new Detail("timer", "timeDuration", null, "PT1H"));
		assertThat(diff.changes()).filteredOn((c) -> c.id().equals("End_New"))
			.singleElement()
			.satisfies((added) -> assertThat(added.name()).isEqualTo("新结束"));
	}

	@Test
	void decisionRulesAddedRemovedAndChangedShowTheirEntries() throws Exception {
		String older = shipped("badge-fee.dmn");
		String newer = older.replace("<text>200</text>", "<text>250</text>")
			.replace("<rule id=\"Rule_F2_FreeWithinQuota\">", """
					<rule id="Rule_F0_Press">
					        <inputEntry id="InputEntry_F0"><text>"PRESS"</text></inputEntry>
					        <outputEntry id="OutputEntry_F0"><text>0</text></outputEntry>
					      </rule>
					      <rule id="Rule_F2_Gone">""");

		ModelDiff diff = ModelDiff.between(StoredModel.Kind.DMN, bytes(older), bytes(newer));

		assertThat(diff.changes()).extracting(Change::kind, Change::id)
			.containsExactly(tuple(Kind.CHANGED, "Rule_F1_Visitor"), tuple(Kind.ADDED, "Rule_F0_Press"),
					tuple(Kind.ADDED, "Rule_F2_Gone"), tuple(Kind.REMOVED, "Rule_F2_FreeWithinQuota"));
		assertThat(details(diff, "Rule_F1_Visitor"))
			.containsExactly(new Detail("outputEntry", "费用（元） / Fee (yuan)", "200", "250"));
		assertThat(diff.changes().get(1).details())
			.contains(new Detail("inputEntry", "证件类型 / Badge type", null, "\"PRESS\""));
	}

	@Test
	void aRuleMovedBeforeAnotherIsShownByItsOrder() throws Exception {
		String older = shipped("badge-fee.dmn");
		int first = older.indexOf("      <rule id=\"Rule_F1_Visitor\">");
		int second = older.indexOf("      <rule id=\"Rule_F2_FreeWithinQuota\">");
		int end = older.indexOf("    </decisionTable>");
		String newer = older.substring(0, first) + older.substring(second, end) + older.substring(first, second)
				+ older.substring(end);

		ModelDiff diff = ModelDiff.between(StoredModel.Kind.DMN, bytes(older), bytes(newer));

		assertThat(details(diff, "Rule_F1_Visitor")).containsExactly(new Detail("position", null, "1", "2"));
	}

	@Test
	void formComponentsAddedRemovedAndChangedByKey() throws Exception {
		String older = """
				{"id": "probe-form", "type": "default", "components": [
				  {"type": "textfield", "key": "name", "label": "姓名", "validate": {"required": true}},
				  {"type": "group", "id": "g1", "components": [{"type": "number", "key": "age", "label": "年龄"}]},
				  {"type": "text", "text": "说明"}
				]}""";
		String newer = """
				{"id": "probe-form", "type": "default", "components": [
				  {"type": "textfield", "key": "name", "label": "全名", "validate": {"required": false}},
				  {"type": "group", "id": "g1", "components": [{"type": "textfield", "key": "email", "label": "邮箱"}]},
				  {"type": "text", "text": "说明"}
				]}""";

		ModelDiff diff = ModelDiff.between(StoredModel.Kind.FORM, bytes(older), bytes(newer));

		assertThat(diff.changes()).extracting(Change::kind, Change::id)
			.containsExactly(tuple(Kind.CHANGED, "name"), tuple(Kind.ADDED, "email"), tuple(Kind.REMOVED, "age"));
		assertThat(details(diff, "name")).containsExactly(new Detail("name", null, "姓名", "全名"),
				new Detail("setting", "validate.required", "true", "false"));
		assertThat(diff.changes().get(1).details()).contains(new Detail("parent", null, null, "g1"));
	}

	@Test
	void aModelThatIsNoModelIsUnreadable() {
		assertThatExceptionOfType(ModelDiff.Unreadable.class)
			.isThrownBy(() -> ModelDiff.between(StoredModel.Kind.BPMN, bytes(UNIT_REVIEW), bytes("<nope")));
		assertThatExceptionOfType(ModelDiff.Unreadable.class).isThrownBy(() -> ModelDiff.items(StoredModel.Kind.DMN,
				bytes("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")));
		assertThatExceptionOfType(ModelDiff.Unreadable.class)
			.isThrownBy(() -> ModelDiff.items(StoredModel.Kind.FORM, bytes("[1, 2")));
	}

	private static ModelDiff bpmn(String older, String newer) throws ModelDiff.Unreadable {
		return ModelDiff.between(StoredModel.Kind.BPMN, bytes(older), bytes(newer));
	}

	private static List<Detail> details(ModelDiff diff, String id) {
		return diff.changes()
			.stream()
			.filter((change) -> change.id().equals(id))
			.findFirst()
			.map(Change::details)
			.orElseThrow(() -> new AssertionError("no change of " + id + " in " + diff));
	}

	private static String small(String jobType, String timer, String end) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
				    id="Definitions_Small" targetNamespace="http://bpmn.io/schema/bpmn">
				  <bpmn:process id="small" isExecutable="true">
				    <bpmn:startEvent id="Start_Small" />
				    <bpmn:serviceTask id="Task_Notify" name="通知">
				      <bpmn:extensionElements><zeebe:taskDefinition type="JOB" /></bpmn:extensionElements>
				    </bpmn:serviceTask>
				    <bpmn:intermediateCatchEvent id="Timer_Wait" name="等待">
				      <bpmn:timerEventDefinition id="TimerDefinition_Wait">TIMER</bpmn:timerEventDefinition>
				    </bpmn:intermediateCatchEvent>
				    END
				  </bpmn:process>
				</bpmn:definitions>
				"""
			.replace("JOB", jobType)
			.replace("TIMER", timer)
			.replace("END", end);
	}

}
