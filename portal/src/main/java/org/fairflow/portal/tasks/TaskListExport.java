package org.fairflow.portal.tasks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fairflow.portal.export.ExportTable;
import org.fairflow.portal.export.Pages;
import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.PortalUser;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The reviewer's task list as an export: the tab, filters and order of the page, over
 * every page, with the page's columns and status labels.
 */
@Component
class TaskListExport {

	private static final int EXPORT_PAGE = 200;

	private final TaskList list;

	private final Organisations organisations;

	private final MessageSource messages;

	TaskListExport(TaskList list, Organisations organisations, MessageSource messages) {
		this.list = list;
		this.organisations = organisations;
		this.messages = messages;
	}

	ExportTable table(PortalUser user, InboxFilter filter, Locale locale) {
		List<String> headers = Stream
			.of("tasks.col.applicant", "tasks.export.code", "tasks.export.flow", "tasks.export.step", "tasks.col.org",
					"tasks.col.status", "tasks.export.createdAt", "tasks.col.due", "tasks.col.claimedBy")
			.map((key) -> text(key, locale))
			.toList();
		Map<Long, Organisation> orgs = this.organisations.joinable()
			.stream()
			.collect(Collectors.toMap(Organisation::getId, Function.identity()));
		return ExportTable.of("tasks", text("nav.tasks", locale), headers, () -> -1, (sink) -> Pages
			.each((number) -> this.list.page(user, filter, PageRequest.of(number, EXPORT_PAGE)), (HumanTask t) -> {
				Organisation org = orgs.get(t.getScopeOrgId());
				sink.accept(Arrays.asList(t.applicantName(locale), t.getApplicantCode(),
						text("flow." + t.getFlow(), locale), t.title(locale), (org != null) ? org.name(locale) : null,
						status(t, user, locale), t.getCreatedAt(), t.getDueAt(), t.getClaimedBy()));
			}));
	}

	/** The status badges of the page's row, in words. */
	private String status(HumanTask task, PortalUser user, Locale locale) {
		String claim;
		if (task.getClaimedBy() == null) {
			claim = task.offeredTo(user.groups()) ? "tasks.status.unclaimed" : "tasks.status.otherLevel";
		}
		else {
			claim = task.getClaimedBy().equals(user.getUsername()) ? "tasks.status.mine" : "tasks.status.claimed";
		}
		return (task.isOverdue() ? text("tasks.status.overdue", locale) + " · " : "") + text(claim, locale);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
