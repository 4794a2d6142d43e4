package org.fairflow.portal.progress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where an applicant acts on its open task, by the task's form key. */
class ApplicantActionPagesTest {

	@Test
	void theMeetingSupplementLinksToTheFormOfThatMeeting() {
		assertThat(ApplicantActions.page("meeting-supplement", "42")).isEqualTo("/meetings/42/supplement");
	}

	@Test
	void aPageWithoutTheBusinessKeyStaysAsItIsAndAnUnknownFormKeyHasNoPage() {
		assertThat(ApplicantActions.page("unit-resubmit", "7")).isEqualTo("/unit");
		assertThat(ApplicantActions.page("something-else", "7")).isNull();
		assertThat(ApplicantActions.page(null, "7")).isNull();
	}

	@Test
	void theBusinessKeyIsOnePathSegmentWhateverItHolds() {
		assertThat(ApplicantActions.page("meeting-supplement", "a/b c")).isEqualTo("/meetings/a%2Fb%20c/supplement");
	}

}
