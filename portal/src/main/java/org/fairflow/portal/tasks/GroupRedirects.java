package org.fairflow.portal.tasks;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Applies every {@link CandidateGroupRedirects} to a task's groups before it is stored.
 */
@Component
class GroupRedirects {

	private final List<CandidateGroupRedirects> redirects;

	GroupRedirects(List<CandidateGroupRedirects> redirects) {
		this.redirects = redirects;
	}

	TaskHeaders apply(TaskHeaders headers, Long scopeOrgId) {
		List<String> groups = headers.candidateGroups()
			.stream()
			.map((g) -> redirect(g, scopeOrgId))
			.distinct()
			.toList();
		return headers.withCandidateGroups(groups);
	}

	private String redirect(String group, Long scopeOrgId) {
		String result = group;
		for (CandidateGroupRedirects redirect : this.redirects) {
			result = redirect.redirect(result, scopeOrgId);
		}
		return result;
	}

}
