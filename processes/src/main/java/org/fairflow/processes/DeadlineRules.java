package org.fairflow.processes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeInput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskSchedule;

import static org.fairflow.processes.ModelElements.outputs;
import static org.fairflow.processes.ModelElements.owner;

/**
 * The rule of docs/ARCHITECTURE.md "Deadlines are absolute points in time", and the
 * durations it leaves to the process owner.
 */
public final class DeadlineRules {

	/**
	 * {@code =if x != null and x.round = round then x else {round: round, at: string(date
	 * and time(now() + duration("P3D"), "Z"))}}: the duration is the process owner's.
	 */
	public static final Pattern KEEP_DEADLINE = Pattern
		.compile("=if (\\w+) != null and (\\w+)\\.round = round then (\\w+) else \\{round: round, at: "
				+ "string\\(date and time\\(now\\(\\) \\+ duration\\(\"(P[0-9DTHMS]+)\"\\), \"Z\"\\)\\)}");

	/**
	 * The keep-round mapping with any computed due time: {@code =if x != null and x.round
	 * = round then x else {round: round, …, at: …}}. A deadline that depends on the case
	 * (three days before the meeting, clamped between tomorrow and two hours before the
	 * start) cannot be a plain {@code now() + duration}; it is still fixed once a round.
	 * Only {@link #KEEP_DEADLINE} durations are offered to the console's editor.
	 */
	static final Pattern KEEP_ROUND = Pattern
		.compile("=if (\\w+) != null and (\\w+)\\.round = round then (\\w+) else \\{round: round, .*\\bat: .+}");

	private static final Pattern DUE_DATE = Pattern.compile("=(\\w+)\\.at");

	private static final Pattern TIMER_DATE = Pattern.compile("=date and time\\((\\w+)\\.at\\)");

	private DeadlineRules() {
	}

	/**
	 * The rule of docs/ARCHITECTURE.md "Deadlines are absolute points in time": a due
	 * date is fixed when a case first reaches its step, in a variable {@code {round, at}}
	 * that the portal's checkpoint keeps, so a resumed case keeps it (same round) and a
	 * new round gets a new one. No timer counts a duration or a cycle from when it is
	 * entered.
	 */
	public static List<Finding> deadlines(BpmnModelInstance model) {
		List<Finding> findings = new ArrayList<>();
		// A deadline may be kept by several elements with the very same mapping: the step
		// that fixes it first (a status whose notices name it) and the wait that keeps
		// it.
		Map<String, List<BaseElement>> fixedBy = new LinkedHashMap<>();
		Map<String, String> fixedAs = new LinkedHashMap<>();
		for (ZeebeInput input : model.getModelElementsByType(ZeebeInput.class)) {
			String source = String.valueOf(input.getSource());
			Matcher keep = KEEP_DEADLINE.matcher(source);
			if (!keep.matches()) {
				keep = KEEP_ROUND.matcher(source);
				if (!keep.matches()) {
					continue;
				}
			}
			BaseElement element = owner(input);
			String target = input.getTarget();
			if (!target.equals(keep.group(1)) || !target.equals(keep.group(2)) || !target.equals(keep.group(3))) {
				findings.add(Finding.of(Severity.ERROR, element, "deadlineVariableMismatch", target));
			}
			else if (!source.equals(fixedAs.getOrDefault(target, source))) {
				findings.add(Finding.of(Severity.ERROR, element, "deadlineFixedTwice", target));
			}
			else {
				fixedAs.put(target, source);
				fixedBy.computeIfAbsent(target, (variable) -> new ArrayList<>()).add(element);
			}
		}
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			ZeebeTaskSchedule schedule = task.getSingleExtensionElement(ZeebeTaskSchedule.class);
			if (schedule == null || schedule.getDueDate() == null) {
				continue;
			}
			Matcher due = DUE_DATE.matcher(schedule.getDueDate());
			if (!due.matches()) {
				findings.add(Finding.of(Severity.ERROR, task, "dueDateNotFixed", schedule.getDueDate()));
			}
			else if (!fixedBy.getOrDefault(due.group(1), List.of()).contains(task)) {
				findings.add(Finding.of(Severity.ERROR, task, "dueDateNotFixedHere", due.group(1)));
			}
		}
		for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
			BaseElement event = (BaseElement) timer.getParentElement();
			if (timer.getTimeDuration() != null || timer.getTimeCycle() != null) {
				String relative = (timer.getTimeDuration() != null) ? timer.getTimeDuration().getTextContent()
						: timer.getTimeCycle().getTextContent();
				findings.add(Finding.of(Severity.ERROR, event, "timerRelative", relative.strip()));
				continue;
			}
			String date = (timer.getTimeDate() != null) ? timer.getTimeDate().getTextContent().strip() : "";
			Matcher read = TIMER_DATE.matcher(date);
			if (!read.matches()) {
				findings.add(Finding.of(Severity.ERROR, event, "timerNotFixed", date));
				continue;
			}
			List<BaseElement> checkpoints = fixedBy.getOrDefault(read.group(1), List.of());
			if (checkpoints.isEmpty()) {
				findings.add(Finding.of(Severity.ERROR, event, "timerVariableNotFixed", read.group(1)));
			}
			else if (checkpoints.stream().noneMatch((checkpoint) -> outputs(checkpoint).contains(read.group(1)))) {
				findings.add(Finding.of(Severity.ERROR, event, "timerVariableNotHandedOn", read.group(1),
						checkpoints.get(0).getId()));
			}
		}
		return findings;
	}

	/**
	 * The deadline durations a process owner may change: the {@code duration("P…")} of
	 * each keep-pattern input mapping, by deadline variable.
	 */
	public static Map<String, Deadline> deadlineDurations(BpmnModelInstance model) {
		Map<String, Deadline> deadlines = new LinkedHashMap<>();
		for (ZeebeInput input : model.getModelElementsByType(ZeebeInput.class)) {
			Matcher keep = KEEP_DEADLINE.matcher(String.valueOf(input.getSource()));
			if (keep.matches()) {
				deadlines.putIfAbsent(input.getTarget(), new Deadline(input.getTarget(), owner(input), keep.group(4)));
			}
		}
		return deadlines;
	}

	/**
	 * One deadline variable, the element whose input mapping fixes it and the duration it
	 * adds to now.
	 */
	public record Deadline(String variable, BaseElement element, String duration) {
	}

	/**
	 * The keep-pattern source with another duration.
	 * @throws IllegalArgumentException when the source is not a keep-pattern mapping
	 */
	public static String withDuration(String source, String duration) {
		Matcher keep = KEEP_DEADLINE.matcher(source);
		if (!keep.matches()) {
			throw new IllegalArgumentException("Not a deadline input mapping: " + source);
		}
		return source.substring(0, keep.start(4)) + duration + source.substring(keep.end(4));
	}

}
