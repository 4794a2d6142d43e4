package org.fairflow.workers.notification;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class MessageTemplateTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Test
	void fillsPlaceholdersFromVariables() {
		String text = MessageTemplate.render("【展会】${unitName}：您的单位注册已通过审核（第${round}轮）。",
				Map.of("unitName", "示例有限公司", "round", 2));
		assertThat(text).isEqualTo("【展会】示例有限公司：您的单位注册已通过审核（第2轮）。");
	}

	@Test
	void followsDottedPathsIntoNestedObjects() {
		Map<String, Object> variables = Map.of("meeting", Map.of("room", Map.of("number", "8841 2201")));
		assertThat(MessageTemplate.render("会议号：${meeting.room.number}", variables)).isEqualTo("会议号：8841 2201");
	}

	@Test
	void leavesUnknownPlaceholdersAsTheyAreAndLogsAModelFault(CapturedOutput output) {
		String text = MessageTemplate.render("Dear ${contactName}, see ${portalUrl} and ${meeting.room}",
				Map.of("contactName", "Li Lei", "meeting", "online"), "unit-review/Task_SmsApproved");
		assertThat(text).isEqualTo("Dear Li Lei, see ${portalUrl} and ${meeting.room}");
		assertThat(output).contains("unit-review/Task_SmsApproved").contains("${portalUrl}");
	}

	@Test
	void rendersNullValuesAsEmpty() {
		Map<String, Object> variables = new HashMap<>();
		variables.put("comment", null);
		assertThat(MessageTemplate.render("意见：${comment}。", variables)).isEqualTo("意见：。");
	}

	@Test
	void aCommentThatEndsItsOwnSentenceDoesNotDoubleTheTemplatesFullStop() {
		String template = "【展会】您的单位“${unitName}”注册信息被退回修改，退回原因：${comment}。请登录平台修改后重新提交。";
		Map<String, Object> variables = Map.of("unitName", "示例有限公司", "comment", "营业执照不清晰。 ");

		assertThat(MessageTemplate.render(template, variables))
			.isEqualTo("【展会】您的单位“示例有限公司”注册信息被退回修改，退回原因：营业执照不清晰。请登录平台修改后重新提交。")
			.doesNotContain("。。");
		assertThat(MessageTemplate.render("Reason: ${comment}.", Map.of("comment", "Blurred!")))
			.isEqualTo("Reason: Blurred.");
	}

	@Test
	void aValueInsideASentenceKeepsItsMarks() {
		assertThat(MessageTemplate.render("原因：${comment}\n请重新提交", Map.of("comment", "照片不清晰。")))
			.isEqualTo("原因：照片不清晰。\n请重新提交");
		assertThat(MessageTemplate.render("${a} Ltd", Map.of("a", "Acme Co."))).isEqualTo("Acme Co. Ltd");
	}

	@Test
	void writesWholeNumbersWithoutAFraction() {
		assertThat(MessageTemplate.render("${a}/${b}/${c}", Map.of("a", 3.0, "b", 2.5, "c", 7L))).isEqualTo("3/2.5/7");
	}

	@Test
	void keepsDollarSignsAndBackslashesInValuesLiterally() {
		assertThat(MessageTemplate.render("Fee: ${fee}", Map.of("fee", "$100 \\ person")))
			.isEqualTo("Fee: $100 \\ person");
	}

	@Test
	void leavesTextWithoutPlaceholdersAlone() {
		assertThat(MessageTemplate.render("No placeholders, $ { nor } this", Map.of()))
			.isEqualTo("No placeholders, $ { nor } this");
		assertThat(MessageTemplate.render(null, Map.of())).isEmpty();
	}

	@Test
	void formatsAnInstantInTheFairsZoneAsDateTimeDateOrTime() {
		Map<String, Object> variables = Map.of("supplementDue", Map.of("round", 1, "at", "2027-11-03T02:00:00Z"),
				"meetingStart", "2027-11-06T15:30:00Z");

		assertThat(MessageTemplate.render("请于${supplementDue.at:datetime}前补充。", variables, "t", SHANGHAI))
			.isEqualTo("请于2027-11-03 10:00前补充。");
		// 23:30 on 6 November in Shanghai, while it is still 15:30 in UTC.
		assertThat(MessageTemplate.render("${meetingStart:date} ${meetingStart:time}", variables, "t", SHANGHAI))
			.isEqualTo("2027-11-06 23:30");
		assertThat(MessageTemplate.render("${meetingStart:date}", variables, "t", ZoneId.of("Asia/Tokyo")))
			.isEqualTo("2027-11-07");
	}

	@Test
	void formatsOffsetDateTimesAndInstantsWithoutSeconds() {
		Map<String, Object> variables = Map.of("a", "2027-11-06T10:00+08:00", "b", "2027-11-06T02:00Z", "c",
				"2027-11-06T02:00:00.123456Z");

		assertThat(MessageTemplate.render("${a:datetime}|${b:time}|${c:datetime}", variables, "t", SHANGHAI))
			.isEqualTo("2027-11-06 10:00|10:00|2027-11-06 10:00");
	}

	@Test
	void leavesAValueThatIsNoTimeUnformattedAndLogsAModelFaultWithoutTheValue(CapturedOutput output) {
		Map<String, Object> variables = Map.of("due", "next Tuesday", "count", 3, "local", "2027-11-06T10:00");

		String text = MessageTemplate.render("${due:datetime}/${count:date}/${local:time}", variables,
				"meeting-booking/Task_SmsPreApproved", SHANGHAI);

		assertThat(text).isEqualTo("next Tuesday/3/2027-11-06T10:00");
		assertThat(output).contains("meeting-booking/Task_SmsPreApproved", "${due:datetime}", "${count:date}",
				"${local:time}");
		assertThat(output).doesNotContain("next Tuesday");
	}

	@Test
	void aFormatOfAnUnknownVariableLeavesThePlaceholderAsItIs(CapturedOutput output) {
		assertThat(MessageTemplate.render("截止：${missing.at:datetime}", Map.of(), "t", SHANGHAI))
			.isEqualTo("截止：${missing.at:datetime}");
		assertThat(output).contains("${missing.at}");
	}

	@Test
	void placeholdersOfNestedMapsFollowThePathBeforeTheFormat() {
		assertThat(MessageTemplate.value(Map.of("a", Map.of("b", "x")), "a.b")).contains("x");
		assertThat(MessageTemplate.value(Map.of("a", "x"), "a.b")).isEmpty();
	}

}
