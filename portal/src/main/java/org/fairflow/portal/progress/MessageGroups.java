package org.fairflow.portal.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.CaseStep;
import org.fairflow.portal.engine.ProcessModels;
import org.fairflow.workers.notification.SentMessage;

import org.springframework.stereotype.Component;

/**
 * The messages sent to the applicant, grouped by the step they followed. A message comes
 * from a notification element of the trail: its n-th message on a channel from the n-th
 * visit of that element (one per round). It belongs to the last step ({@link MainPath})
 * before that visit, or to the start when there is none (the notice that review began). A
 * message whose element the trail lacks joins the latest step.
 */
@Component
class MessageGroups {

	private final ProcessModels models;

	MessageGroups(ProcessModels models) {
		this.models = models;
	}

	record Group(String name, List<SentMessage> messages) {

	}

	List<Group> of(CaseRecord record, List<CaseStep> trail, List<SentMessage> messages, Locale locale) {
		List<Group> groups = new ArrayList<>();
		groups.add(new Group(this.models.startEventId(record.getFlow(), record.getProcessVersion())
			.flatMap((id) -> this.models.stepName(record.getFlow(), record.getProcessVersion(), id, locale))
			.orElse(""), new ArrayList<>()));
		Map<String, List<Group>> visits = new HashMap<>();
		for (CaseStep reached : trail) {
			String element = reached.getElementId();
			this.models.flowNode(record.getFlow(), reached.getProcessVersion(), element)
				.filter(MainPath::isStep)
				.ifPresent((node) -> groups
					.add(new Group(this.models.stepName(record.getFlow(), reached.getProcessVersion(), element, locale)
						.orElse(element), new ArrayList<>())));
			visits.computeIfAbsent(element, (id) -> new ArrayList<>()).add(groups.get(groups.size() - 1));
		}
		Map<String, Integer> seen = new HashMap<>();
		messages.stream().sorted(java.util.Comparator.comparing(SentMessage::createdAt)).forEach((message) -> {
			List<Group> visited = visits.getOrDefault(message.elementId(), List.of());
			int n = seen.merge(message.elementId() + "/" + message.channel(), 1, Integer::sum) - 1;
			Group group = visited.isEmpty() ? groups.get(groups.size() - 1)
					: visited.get(Math.min(n, visited.size() - 1));
			group.messages().add(message);
		});
		return groups.stream().filter((group) -> !group.messages().isEmpty()).toList();
	}

}
