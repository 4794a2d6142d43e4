package org.fairflow.workers.notification;

import java.util.HashMap;
import java.util.Map;

import org.fairflow.workers.job.TestJob;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class NotificationTextTest {

	private final TestJob job = TestJob.of("send-email", "Task_EmailApproved")
		.header("template", "尊敬的${contactName}：")
		.header("template_en", "Dear ${contactName},");

	@Test
	void anEnglishReaderGetsTheEnglishText() {
		assertThat(NotificationText.header(this.job, "template", Map.of("language", "en")))
			.isEqualTo("Dear ${contactName},");
	}

	@Test
	void aRegionalLocaleCountsAsItsLanguage() {
		assertThat(NotificationText.header(this.job, "template", Map.of("language", "en_GB")))
			.isEqualTo("Dear ${contactName},");
	}

	@Test
	void aChineseReaderOrACaseWithoutLanguageGetsTheDefaultText() {
		assertThat(NotificationText.header(this.job, "template", Map.of("language", "zh")))
			.isEqualTo("尊敬的${contactName}：");
		Map<String, Object> none = new HashMap<>();
		none.put("language", null);
		assertThat(NotificationText.header(this.job, "template", none)).isEqualTo("尊敬的${contactName}：");
		assertThat(NotificationText.header(this.job, "template", Map.of())).isEqualTo("尊敬的${contactName}：");
	}

	@Test
	void aModelWithoutTheReadersLanguageFallsBackToTheDefault() {
		TestJob older = TestJob.of("send-sms", "Task_SmsApproved").header("template", "【展会】审核通过");
		assertThat(NotificationText.header(older, "template", Map.of("language", "en"))).isEqualTo("【展会】审核通过");
	}

	@Test
	void theDefaultTextStaysRequired() {
		TestJob onlyEnglish = TestJob.of("send-sms", "Task_SmsApproved").header("template_en", "Approved");
		assertThatIllegalStateException()
			.isThrownBy(() -> NotificationText.header(onlyEnglish, "template", Map.of("language", "zh")));
	}

}
