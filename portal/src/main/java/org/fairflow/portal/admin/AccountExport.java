package org.fairflow.portal.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fairflow.portal.export.ExportTable;
import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.AccountSummary;
import org.fairflow.portal.security.Role;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The staff account list as a file, with the page's filters, read a page at a time. No
 * password, hash or reset link is ever part of it.
 */
@Component
class AccountExport {

	private static final int CHUNK = 500;

	private final AccountAdmin admin;

	private final Organisations organisations;

	private final MessageSource messages;

	AccountExport(AccountAdmin admin, Organisations organisations, MessageSource messages) {
		this.admin = admin;
		this.organisations = organisations;
		this.messages = messages;
	}

	ExportTable table(Role role, Long orgId, Boolean enabled, String pageLink, Locale locale) {
		List<String> headers = List.of(text("admin.account.username", locale),
				text("admin.account.displayName", locale), text("admin.account.role", locale),
				text("admin.account.organisation", locale), text("admin.account.state", locale));
		return ExportTable.of("accounts", ExportTable.describe(text("nav.adminAccounts", locale), pageLink), headers,
				() -> this.admin.list(role, orgId, enabled, PageRequest.of(0, 1)).getTotalElements(), (sink) -> {
					Map<Long, Organisation> orgs = this.organisations.all()
						.stream()
						.collect(Collectors.toMap(Organisation::getId, Function.identity()));
					for (int page = 0;; page++) {
						Page<AccountSummary> accounts = this.admin.list(role, orgId, enabled,
								PageRequest.of(page, CHUNK));
						accounts.forEach((a) -> sink
							.accept(Arrays.asList(a.username(), a.displayName(), text("admin.role." + a.role(), locale),
									(a.organisationId() != null && orgs.containsKey(a.organisationId()))
											? orgs.get(a.organisationId()).name(locale) : null,
									text(a.enabled() ? "admin.account.enabledState" : "admin.account.disabledState",
											locale))));
						if (!accounts.hasNext()) {
							return;
						}
					}
				});
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
