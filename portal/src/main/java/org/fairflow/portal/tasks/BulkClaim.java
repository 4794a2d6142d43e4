package org.fairflow.portal.tasks;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.fairflow.portal.security.PortalUser;

import org.springframework.stereotype.Component;

/**
 * Claims the tasks ticked in the list, each in its own transaction: one refused task
 * (claimed by another reviewer meanwhile, decided, not offered to this person) leaves the
 * others claimed and is reported with its reason.
 */
@Component
class BulkClaim {

	/** At most one page of the largest size. */
	static final int MAX = 100;

	private final HumanTasks tasks;

	BulkClaim(HumanTasks tasks) {
		this.tasks = tasks;
	}

	Report claim(List<Long> ids, PortalUser user) {
		int claimed = 0;
		List<Refusal> refused = new ArrayList<>();
		for (Long id : new LinkedHashSet<>(ids).stream().limit(MAX).toList()) {
			try {
				this.tasks.claim(id, user);
				claimed++;
			}
			catch (DecisionException ex) {
				refused.add(new Refusal(id, applicant(id, user), ex.messageKey(), strings(ex.arguments())));
			}
			catch (TaskNotFoundException ex) {
				refused.add(new Refusal(id, null, "tasks.bulk.notFound", new String[0]));
			}
		}
		return new Report(claimed, refused);
	}

	private String applicant(long id, PortalUser user) {
		try {
			return this.tasks.visible(id, user).getApplicantName();
		}
		catch (TaskNotFoundException ex) {
			return null;
		}
	}

	private static String[] strings(Object[] arguments) {
		return (arguments == null) ? new String[0]
				: java.util.Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new);
	}

	/** Kept in the session until the list shows it (a flash attribute). */
	record Report(int claimed, List<Refusal> refused) implements Serializable {
	}

	/**
	 * A task not claimed: its id, whose it is (null when not visible) and why, as a
	 * message key with arguments.
	 */
	record Refusal(long taskId, String applicant, String messageKey, String[] arguments) implements Serializable {
	}

}
