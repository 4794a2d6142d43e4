package org.fairflow.workers.notification;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class MessageTemplateTest {

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

}
