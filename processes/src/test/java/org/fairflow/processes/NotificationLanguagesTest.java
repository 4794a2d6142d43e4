package org.fairflow.processes;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import org.fairflow.processes.ModelConventionsTest.Model;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shipped SMS and e-mail reads in one language: the default texts in Chinese, the
 * {@code _en} texts in English, naming what the Chinese text names (an organisation or
 * unit by its English name where it has one). The workers pick by the case's
 * {@code language}.
 */
class NotificationLanguagesTest {

	/** Names with an English twin that the portal sets beside the Chinese one. */
	private static final Map<String, String> ENGLISH_NAMES = Map.of("unitName", "unitNameEn", "firstReviewOrgName",
			"firstReviewOrgNameEn", "secondReviewOrgName", "secondReviewOrgNameEn", "reassignedToOrgName",
			"reassignedToOrgNameEn", "badgeTypeZh", "badgeTypeEn", "refusalReason", "refusalReasonEn", "formatZh",
			"formatEn", "roomName", "roomNameEn", "roomVenue", "roomVenueEn", "kindZh", "kindEn");

	static Stream<Model> bpmnModels() throws IOException {
		return ModelConventionsTest.bpmnModels();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bpmnModels")
	void everyNotificationHasAChineseAndAnEnglishText(Model model) {
		for (BaseElement task : ModelElements.notificationTasks(model.instance())) {
			Map<String, String> headers = ModelElements.headers(task);
			List<String> texts = "send-email".equals(ModelElements.jobType(task)) ? List.of("subject", "template")
					: List.of("template");
			for (String header : texts) {
				String chinese = headers.get(header);
				String english = headers.get(header + "_en");
				assertThat(chinese).as("%s of %s", header, task.getId()).containsPattern("\\p{IsHan}");
				assertThat(english).as("%s_en of %s", header, task.getId())
					.isNotBlank()
					.doesNotContainPattern("\\p{IsHan}|[：，。“”（）]");
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bpmnModels")
	void englishTextsNameWhatTheChineseTextsNameInEnglish(Model model) {
		for (BaseElement task : ModelElements.notificationTasks(model.instance())) {
			Map<String, String> headers = ModelElements.headers(task);
			Set<String> chinese = new HashSet<>(ModelElements.placeholders(headers.get("template")));
			chinese.addAll(ModelElements.placeholders(headers.get("subject")));
			Set<String> english = new HashSet<>(ModelElements.placeholders(headers.get("template_en")));
			english.addAll(ModelElements.placeholders(headers.get("subject_en")));
			Set<String> expected = new HashSet<>();
			chinese.forEach((name) -> expected.add(ENGLISH_NAMES.getOrDefault(name, name)));
			english.forEach(
					(name) -> assertThat(ENGLISH_NAMES).as("%s of %s", name, task.getId()).doesNotContainKey(name));
			assertThat(expected).as("placeholders of %s", task.getId()).isSubsetOf(english);
		}
	}

}
