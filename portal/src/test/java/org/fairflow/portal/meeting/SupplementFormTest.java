package org.fairflow.portal.meeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supplement's fields: required, within their limits, the name lists kept as typed.
 */
class SupplementFormTest {

	@Test
	void aCompleteFormHasNoProblems() {
		assertThat(complete().problems()).isEmpty();
	}

	@Test
	void blankTextsAndListsOfBlankRowsAreMissing() {
		SupplementForm form = complete();
		form.setAgenda("   ");
		form.setIntlAssociations(new ArrayList<>(Arrays.asList("", " ", null)));
		form.setRecorded(null);

		assertThat(form.problems()).extracting(SupplementForm.Problem::field, SupplementForm.Problem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("agenda", "meetingreview.required"),
					org.assertj.core.groups.Tuple.tuple("intlAssociations", "meetingreview.associations.required"),
					org.assertj.core.groups.Tuple.tuple("recorded", "meetingreview.recorded.required"));
	}

	@Test
	void theLimitsCountWhatIsKeptAndTheListsCountTheirNamesTogether() {
		SupplementForm form = complete();
		form.setAgenda("  " + "议".repeat(1000) + "  ");
		form.setHighlights("亮".repeat(301));
		form.setDomesticAssociations(List.of("商".repeat(150), "会".repeat(150)));

		assertThat(form.problems()).extracting(SupplementForm.Problem::field)
			.containsExactlyInAnyOrder("highlights", "domesticAssociations");
	}

	@Test
	void namesAreStoredOnePerLineAndSplitAgainAsTyped() {
		String joined = SupplementForm.joined(List.of(" 贸促会 ", "", "World Trade Centers Association, Inc.", "A\r\nB"));

		assertThat(joined).isEqualTo("贸促会\nWorld Trade Centers Association, Inc.\nA B");
		assertThat(SupplementForm.split(joined)).containsExactly("贸促会", "World Trade Centers Association, Inc.", "A B");
		assertThat(SupplementForm.split(null)).isEmpty();
	}

	private static SupplementForm complete() {
		SupplementForm form = new SupplementForm();
		form.setAgenda("1-主持人开场");
		form.setIntlAssociations(List.of("贸促会"));
		form.setDomesticAssociations(List.of("商务局"));
		form.setHighlights("白皮书发布");
		form.setOutcomes("白皮书发布");
		form.setPublishContent("白皮书发布");
		form.setRecorded(false);
		return form;
	}

}
