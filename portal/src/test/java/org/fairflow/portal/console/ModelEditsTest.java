package org.fairflow.portal.console;

import java.util.List;

import org.fairflow.portal.console.ModelDiff.Detail;
import org.fairflow.portal.engine.StoredModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.fairflow.portal.console.ConsoleModelFiles.bytes;
import static org.fairflow.portal.console.ConsoleModelFiles.shipped;
import static org.fairflow.portal.console.ConsoleModelFiles.text;

/**
 * Each browser edit changes exactly the one thing, on the latest version's XML, keeping
 * the rest (the diagram too), and refuses what it cannot take with a clear reason.
 */
class ModelEditsTest {

	private static final byte[] UNIT_REVIEW = bytes(shipped("unit-review.bpmn"));

	private static final byte[] BADGE_FEE = bytes(shipped("badge-fee.dmn"));

	@Test
	void anSmsTextIsReplacedAndNothingElse() throws Exception {
		byte[] edited = ModelEdits.notificationText(UNIT_REVIEW, "Task_SmsApproved", "【展会】${unitName} 已通过审核。\r\n欢迎！",
				"ignored for an SMS", null, null);

		assertThat(onlyChange(UNIT_REVIEW, edited, "Task_SmsApproved")).containsExactly(new Detail("header", "template",
				"【展会】您的单位“${unitName}”已通过审核，现在可以登录平台为人员申办证件。", "【展会】${unitName} 已通过审核。\n欢迎！"));
		assertThat(count(text(edited), "<bpmndi:BPMNShape"))
			.isEqualTo(count(shipped("unit-review.bpmn"), "<bpmndi:BPMNShape"));
		assertThat(count(text(edited), "<bpmndi:BPMNEdge"))
			.isEqualTo(count(shipped("unit-review.bpmn"), "<bpmndi:BPMNEdge"));
	}

	@Test
	void anEmailGetsItsSubjectAndText() throws Exception {
		byte[] edited = ModelEdits.notificationText(UNIT_REVIEW, "Task_EmailApproved", "您好 ${contactName}", "审核通过",
				null, null);

		assertThat(onlyChange(UNIT_REVIEW, edited, "Task_EmailApproved"))
			.extracting(Detail::qualifier, Detail::newValue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("subject", "审核通过"),
					org.assertj.core.groups.Tuple.tuple("template", "您好 ${contactName}"));
	}

	@Test
	void theEnglishTextsAreEditedBesideTheChineseOnes() throws Exception {
		byte[] edited = ModelEdits.notificationText(UNIT_REVIEW, "Task_EmailApproved", "您好 ${contactName}", "审核通过",
				"Dear ${contactName}", "Approved");

		assertThat(onlyChange(UNIT_REVIEW, edited, "Task_EmailApproved"))
			.extracting(Detail::qualifier, Detail::newValue)
			.contains(org.assertj.core.groups.Tuple.tuple("template_en", "Dear ${contactName}"),
					org.assertj.core.groups.Tuple.tuple("subject_en", "Approved"));
		assertThat(ModelEdits.processEditables(edited).texts())
			.filteredOn((t) -> t.elementId().equals("Task_EmailApproved"))
			.singleElement()
			.satisfies((t) -> {
				assertThat(t.templateEn()).isEqualTo("Dear ${contactName}");
				assertThat(t.subjectEn()).isEqualTo("Approved");
			});
	}

	@Test
	void anEmptyEnglishTextRemovesItsHeaderSoTheChineseOneIsSent() throws Exception {
		assertThat(ModelEdits.processEditables(UNIT_REVIEW).texts())
			.filteredOn((t) -> t.elementId().equals("Task_EmailApproved"))
			.singleElement()
			.satisfies((t) -> assertThat(t.templateEn()).isNotNull());

		byte[] edited = ModelEdits.notificationText(UNIT_REVIEW, "Task_EmailApproved", "您好", "审核通过", "  ", "");

		assertThat(ModelEdits.processEditables(edited).texts())
			.filteredOn((t) -> t.elementId().equals("Task_EmailApproved"))
			.singleElement()
			.satisfies((t) -> {
				assertThat(t.templateEn()).isNull();
				assertThat(t.subjectEn()).isNull();
				assertThat(t.template()).isEqualTo("您好");
			});
		assertThat(onlyChange(UNIT_REVIEW, edited, "Task_EmailApproved")).extracting(Detail::qualifier)
			.contains("template_en", "subject_en");
	}

	@Test
	void textsAreValidated() {
		assertInvalid(() -> ModelEdits.notificationText(UNIT_REVIEW, "Task_SmsApproved", "  ", null, null, null),
				"console.edit.textEmpty");
		assertInvalid(
				() -> ModelEdits.notificationText(UNIT_REVIEW, "Task_SmsApproved", "x".repeat(4001), null, null, null),
				"console.edit.tooLong");
		assertInvalid(
				() -> ModelEdits.notificationText(UNIT_REVIEW, "Task_SmsApproved", "您好 ${unitName", null, null, null),
				"console.edit.placeholderOpen");
		assertInvalid(() -> ModelEdits.notificationText(UNIT_REVIEW, "Task_EmailApproved", "正文", "两行\n主题", null, null),
				"console.edit.textInvalid");
		// The English texts are checked the same way.
		assertInvalid(() -> ModelEdits.notificationText(UNIT_REVIEW, "Task_SmsApproved", "正文", null, "Hello ${unitName",
				null), "console.edit.placeholderOpen");
		assertInvalid(
				() -> ModelEdits.notificationText(UNIT_REVIEW, "Task_EmailApproved", "正文", "主题", "Text", "Two\nlines"),
				"console.edit.textInvalid");
		assertInvalid(
				() -> ModelEdits.notificationText(UNIT_REVIEW, "Task_SmsApproved", "正文", null, "x".repeat(4001), null),
				"console.edit.tooLong");
		assertInvalid(() -> ModelEdits.notificationText(UNIT_REVIEW, "Task_FirstReview", "正文", null, null, null),
				"console.edit.unknownElement");
		assertInvalid(() -> ModelEdits.notificationText(UNIT_REVIEW, "Task_Nowhere", "正文", null, null, null),
				"console.edit.unknownElement");
	}

	@Test
	void candidateGroupsAreAListOrAnExpression() throws Exception {
		byte[] listed = ModelEdits.candidateGroups(UNIT_REVIEW, "Task_SecondReview", " role:organiser , org:7 ");
		byte[] expression = ModelEdits.candidateGroups(UNIT_REVIEW, "Task_SecondReview", "=[organiserGroup]");

		assertThat(onlyChange(UNIT_REVIEW, listed, "Task_SecondReview"))
			.containsExactly(new Detail("candidateGroups", null, "=[secondReviewGroup]", "role:organiser,org:7"));
		assertThat(onlyChange(UNIT_REVIEW, expression, "Task_SecondReview"))
			.containsExactly(new Detail("candidateGroups", null, "=[secondReviewGroup]", "=[organiserGroup]"));
		assertInvalid(() -> ModelEdits.candidateGroups(UNIT_REVIEW, "Task_SecondReview", ""),
				"console.edit.groupsEmpty");
		assertInvalid(() -> ModelEdits.candidateGroups(UNIT_REVIEW, "Task_SecondReview", "a b"),
				"console.edit.groupInvalid");
		assertInvalid(() -> ModelEdits.candidateGroups(UNIT_REVIEW, "Task_SmsApproved", "role:organiser"),
				"console.edit.unknownElement");
	}

	@Test
	void aDeadlineGetsAnotherDurationInItsKeepPattern() throws Exception {
		byte[] edited = ModelEdits.deadline(UNIT_REVIEW, "firstReviewDue", "pt36h");

		List<Detail> details = onlyChange(UNIT_REVIEW, edited, "Task_FirstReview");
		assertThat(details).singleElement().satisfies((detail) -> {
			assertThat(detail.qualifier()).isEqualTo("firstReviewDue");
			assertThat(detail.newValue()).isEqualTo(detail.oldValue().replace("\"P3D\"", "\"PT36H\""));
		});
		assertThat(ModelEdits.processEditables(edited).deadlines())
			.filteredOn((deadline) -> deadline.variable().equals("firstReviewDue"))
			.singleElement()
			.satisfies((deadline) -> assertThat(deadline.duration()).isEqualTo("PT36H"));
	}

	@Test
	void durationsAreIsoDaysToSecondsWithinAYear() {
		for (String wrong : List.of("", "3 days", "P1M", "P1Y", "P1W", "PT", "P", "-P1D")) {
			assertInvalid(() -> ModelEdits.deadline(UNIT_REVIEW, "firstReviewDue", wrong),
					"console.edit.durationInvalid");
		}
		assertInvalid(() -> ModelEdits.deadline(UNIT_REVIEW, "firstReviewDue", "P0D"), "console.edit.durationRange");
		assertInvalid(() -> ModelEdits.deadline(UNIT_REVIEW, "firstReviewDue", "P400D"), "console.edit.durationRange");
		assertInvalid(() -> ModelEdits.deadline(UNIT_REVIEW, "noSuchDue", "P1D"), "console.edit.unknownElement");
	}

	@Test
	void aRuleRowGetsNewEntries() throws Exception {
		byte[] edited = DecisionEdits.rule(BADGE_FEE, "Rule_F1_Visitor", List.of("\"VISITOR\",\"PRESS\""),
				List.of("180"));

		ModelDiff diff = ModelDiff.between(StoredModel.Kind.DMN, BADGE_FEE, edited);
		assertThat(diff.changes()).singleElement().satisfies((change) -> {
			assertThat(change.id()).isEqualTo("Rule_F1_Visitor");
			assertThat(change.details()).containsExactly(
					new Detail("inputEntry", "证件类型 / Badge type", "\"VISITOR\"", "\"VISITOR\",\"PRESS\""),
					new Detail("outputEntry", "费用（元） / Fee (yuan)", "200", "180"));
		});
		assertThat(DecisionEdits.decisionTables(edited)).singleElement()
			.satisfies((table) -> assertThat(table.rows().get(0).outputs()).containsExactly("180"));
	}

	@Test
	void ruleEntriesAreValidated() {
		assertInvalid(() -> DecisionEdits.rule(BADGE_FEE, "Rule_F1_Visitor", List.of("\"VISITOR"), List.of("1")),
				"console.edit.feelInvalid");
		assertInvalid(() -> DecisionEdits.rule(BADGE_FEE, "Rule_F1_Visitor", List.of("[1..5"), List.of("1")),
				"console.edit.feelInvalid");
		assertInvalid(() -> DecisionEdits.rule(BADGE_FEE, "Rule_F1_Visitor", List.of("-"), List.of(" ")),
				"console.edit.outputEmpty");
		assertInvalid(() -> DecisionEdits.rule(BADGE_FEE, "Rule_F1_Visitor", List.of("-", "-"), List.of("1")),
				"console.edit.ruleShape");
		assertInvalid(() -> DecisionEdits.rule(BADGE_FEE, "Rule_Nowhere", List.of("-"), List.of("1")),
				"console.edit.unknownElement");
	}

	private static List<Detail> onlyChange(byte[] before, byte[] after, String elementId) throws Exception {
		ModelDiff diff = ModelDiff.between(StoredModel.Kind.BPMN, before, after);
		assertThat(diff.changes()).as("changes")
			.singleElement()
			.satisfies((change) -> assertThat(change.id()).isEqualTo(elementId));
		return diff.changes().get(0).details();
	}

	private static void assertInvalid(Edit edit, String messageKey) {
		assertThatExceptionOfType(ModelEdits.Invalid.class).isThrownBy(edit::apply)
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo(messageKey));
	}

	private static int count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

	@FunctionalInterface
	private interface Edit {

		void apply() throws Exception;

	}

}
