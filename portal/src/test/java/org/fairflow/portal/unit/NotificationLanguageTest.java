package org.fairflow.portal.unit;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.fairflow.workers.notification.Notifications;
import org.fairflow.workers.notification.SentMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit registered in English reads its SMS and e-mails in English, with the English
 * names of its reviewing organisations; one registered in Chinese reads them in Chinese.
 */
@PortalTest
class NotificationLanguageTest {

	@Autowired
	Notifications notifications;

	@Autowired
	UnitRegistration registration;

	@Autowired
	Fixtures fixtures;

	@Autowired
	HumanTasks tasks;

	@Autowired
	Cases cases;

	@Test
	void aUnitRegisteredInEnglishIsToldInEnglishWithTheOrganisationsEnglishNames() {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		this.registration.register(form, LicenceImage.of("licence.png", Fixtures.png()), "en-GB");
		String caseId = this.cases.forApplicant("unit:" + this.fixtures.unitId(form)).get(0).getId();

		HumanTask first = this.fixtures.awaitOpenTask(caseId, "Task_FirstReview");
		this.tasks.decide(first.getId(), this.fixtures.user(tree.subReviewer()), "approve", null, Map.of());
		this.fixtures.awaitOpenTask(caseId, "Task_SecondReview");

		assertThat(message(caseId, "Task_SmsFirstApproved").body()).startsWith("[Fair]")
			.contains(form.getNameEn())
			.contains(tree.sub().getNameEn())
			.contains(tree.delegation().getNameEn())
			.doesNotContainPattern("\\p{IsHan}");
		SentMessage email = message(caseId, "Task_EmailFirstApproved");
		assertThat(email.subject()).isEqualTo("Unit passed the first review, awaiting second review");
		// The contact's own name is data, as entered: the only Chinese left.
		assertThat(email.body().replace(form.getContactName(), "")).contains(tree.sub().getNameEn())
			.doesNotContainPattern("\\p{IsHan}");
	}

	@Test
	void aUnitRegisteredInChineseIsToldInChineseOnly() {
		Fixtures.Tree tree = this.fixtures.tree();
		String caseId = this.fixtures.register(Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub()));

		this.fixtures.awaitOpenTask(caseId, "Task_FirstReview");

		SentMessage email = message(caseId, "Task_EmailUnderReview");
		assertThat(email.subject()).isEqualTo("单位注册已受理，正在审核");
		assertThat(email.body()).endsWith("展会组委会").doesNotContain("Dear");
	}

	private SentMessage message(String caseId, String elementId) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.notifications.forCase(caseId)
				.stream()
				.filter((m) -> m.elementId().equals(elementId))
				.findFirst()
				.orElse(null), (m) -> m != null);
	}

}
