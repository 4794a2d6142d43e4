package org.fairflow.portal.tasks;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A task's view comes from its form key header; the flow's own view is the fallback. */
class FlowViewSelectionTest {

	private final FlowView unitView = view("unit-review", Set.of("unit-review"), "unit/details");

	private final FlowView badgeView = view("badge-review", Set.of(), "badge/details");

	private final HumanTasks tasks = new HumanTasks(null, null, null, null, null,
			List.of(this.unitView, this.badgeView), null);

	@Test
	void aFormKeyNamedByAViewSelectsThatViewInAnyProcess() {
		assertThat(this.tasks.view(task("badge-review", "unit-review"))).isSameAs(this.unitView);
	}

	@Test
	void aTaskWithoutAKnownFormKeyShowsItsFlowsView() {
		assertThat(this.tasks.view(task("badge-review", "something-new"))).isSameAs(this.badgeView);
		assertThat(this.tasks.view(task("unit-review", null))).isSameAs(this.unitView);
	}

	@Test
	void twoViewsOfOneFlowEachShowTheTasksOfTheirOwnFormKeys() {
		FlowView reviews = view("meeting-booking", Set.of("meeting-review", "meeting-supplement"), "meeting/task");
		FlowView rooms = view("meeting-booking", Set.of("meeting-room"), "room/allocate");
		HumanTasks both = new HumanTasks(null, null, null, null, null, List.of(reviews, rooms), null);
		HumanTasks otherOrder = new HumanTasks(null, null, null, null, null, List.of(rooms, reviews), null);

		for (HumanTasks inbox : List.of(both, otherOrder)) {
			assertThat(inbox.view(task("meeting-booking", "meeting-review"))).isSameAs(reviews);
			assertThat(inbox.view(task("meeting-booking", "meeting-supplement"))).isSameAs(reviews);
			assertThat(inbox.view(task("meeting-booking", "meeting-room"))).isSameAs(rooms);
			assertThat(inbox.flows()).containsExactly("meeting-booking");
		}
	}

	@Test
	void aTaskOfAnUnknownFlowWithoutAKnownFormKeyHasNoView() {
		assertThat(this.tasks.view(task("meeting-review", "meeting-form"))).isNull();
	}

	private static HumanTask task(String flow, String formKey) {
		TaskHeaders headers = new TaskHeaders(List.of("org:1"), null, formKey, List.of("approve"), List.of(), "审核",
				"Review");
		return new HumanTask("case-1", flow, "Task_Review", headers, 1L, 1);
	}

	private static FlowView view(String flow, Set<String> formKeys, String template) {
		return new FlowView() {

			@Override
			public String flow() {
				return flow;
			}

			@Override
			public Set<String> formKeys() {
				return formKeys;
			}

			@Override
			public String template() {
				return template;
			}

			@Override
			public Map<String, Object> model(String businessKey, Locale locale) {
				return Map.of();
			}
		};
	}

}
