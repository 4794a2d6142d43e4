package org.fairflow.portal.admin;

import java.util.Optional;

import org.fairflow.portal.audit.AuditCategory;
import org.fairflow.portal.audit.AuditTrail;
import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.OrganisationKind;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.AccountSummary;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PasswordResets;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser's changes to staff accounts. Applicants' accounts are not managed here:
 * they come with their unit's registration. Every change is checked for the organiser and
 * audited; a reset link's token is returned once and never logged or audited.
 */
@Service
@Transactional(readOnly = true)
class AccountAdmin {

	private final Accounts accounts;

	private final PasswordResets resets;

	private final Organisations organisations;

	private final AuditTrail audit;

	AccountAdmin(Accounts accounts, PasswordResets resets, Organisations organisations, AuditTrail audit) {
		this.accounts = accounts;
		this.resets = resets;
		this.organisations = organisations;
		this.audit = audit;
	}

	Page<AccountSummary> list(Role role, Long orgId, Boolean enabled, Pageable pageable) {
		return this.accounts.staff((role == Role.APPLICANT) ? null : role, orgId, enabled, pageable);
	}

	AccountSummary get(Long id) {
		return this.accounts.summary(id)
			.filter((a) -> a.role() != Role.APPLICANT)
			.orElseThrow(() -> new AdminException("admin.account.unknown"));
	}

	/** The new account and the one-time link's token its person sets a password with. */
	@Transactional
	Created create(AccountForm form) {
		OrganiserCheck.require();
		String username = form.getUsername().strip();
		if (this.accounts.exists(username)) {
			throw new AdminException("admin.account.username.taken", username);
		}
		Long orgId = checkedOrganisation(form.getRole(), form.getOrganisationId());
		AccountSummary created = this.accounts.createStaff(username, form.getDisplayName().strip(), form.getRole(),
				orgId);
		String token = this.resets.issue(created.id());
		this.audit.record(AuditCategory.ADMINISTRATION, "account.created", subject(created), username + " "
				+ form.getRole() + ((orgId != null) ? " of organisation:" + orgId : "") + "; password link issued");
		return new Created(created, token);
	}

	@Transactional
	void assign(Long id, Role role, Long organisationId) {
		PortalUser me = OrganiserCheck.require();
		AccountSummary account = get(id);
		Long orgId = checkedOrganisation(role, organisationId);
		if (account.role() == Role.ORGANISER && role != Role.ORGANISER) {
			if (account.id().equals(me.id())) {
				throw new AdminException("admin.account.self");
			}
			lastOrganiserCheck(account);
		}
		this.accounts.assign(id, role, orgId);
		this.audit.record(AuditCategory.ADMINISTRATION, "account.assigned", subject(account),
				account.role() + " -> " + role + ((orgId != null) ? " of organisation:" + orgId : ""));
	}

	@Transactional
	void disable(Long id) {
		PortalUser me = OrganiserCheck.require();
		AccountSummary account = get(id);
		if (account.id().equals(me.id())) {
			throw new AdminException("admin.account.self");
		}
		if (!account.enabled()) {
			throw new AdminException("admin.account.alreadyDisabled");
		}
		if (account.role() == Role.ORGANISER) {
			lastOrganiserCheck(account);
		}
		this.accounts.enable(id, false);
		this.audit.record(AuditCategory.ADMINISTRATION, "account.disabled", subject(account), account.username());
	}

	@Transactional
	void enable(Long id) {
		OrganiserCheck.require();
		AccountSummary account = get(id);
		this.accounts.enable(id, true);
		this.audit.record(AuditCategory.ADMINISTRATION, "account.enabled", subject(account), account.username());
	}

	/** A one-time link's token; the audit says a link was issued, never the link. */
	@Transactional
	String reset(Long id) {
		OrganiserCheck.require();
		AccountSummary account = get(id);
		String token = this.resets.issue(id);
		this.audit.record(AuditCategory.ADMINISTRATION, "account.resetLinkIssued", subject(account),
				account.username() + "; valid 24 h, once");
		return token;
	}

	private void lastOrganiserCheck(AccountSummary account) {
		if (account.enabled() && this.accounts.countEnabled(Role.ORGANISER) <= 1) {
			throw new AdminException("admin.account.lastOrganiser");
		}
	}

	/**
	 * The organisation a role acts for: reviewers an active one of their kind; the
	 * organiser and finance the organiser; process owners none.
	 */
	private Long checkedOrganisation(Role role, Long organisationId) {
		if (role == null || role == Role.APPLICANT) {
			throw new AdminException("admin.account.role.invalid");
		}
		if (role == Role.PROCESS_OWNER) {
			return null;
		}
		OrganisationKind kind = switch (role) {
			case SUB_DELEGATION_REVIEWER -> OrganisationKind.SUB_DELEGATION;
			case DELEGATION_REVIEWER -> OrganisationKind.DELEGATION;
			case EXHIBITION_REVIEWER -> OrganisationKind.TRADE_BODY;
			default -> OrganisationKind.ORGANISER;
		};
		Optional<Organisation> org = this.organisations.find(organisationId);
		if (org.isEmpty() || org.get().getKind() != kind || !org.get().isActive()) {
			throw new AdminException("admin.account.organisation.mismatch");
		}
		return org.get().getId();
	}

	private static String subject(AccountSummary account) {
		return "account:" + account.id();
	}

	record Created(AccountSummary account, String token) {
	}

}
