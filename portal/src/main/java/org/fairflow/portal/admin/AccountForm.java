package org.fairflow.portal.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.fairflow.portal.security.Role;

/**
 * A new staff account. Logins are lower-case letters, digits, dots, hyphens and
 * underscores, starting with a letter, so they never look like a unit's credit code.
 */
class AccountForm {

	@NotBlank(message = "{admin.account.username.required}")
	@Pattern(regexp = "\\s*[a-z][a-z0-9._-]{2,39}\\s*", message = "{admin.account.username.pattern}")
	private String username;

	@NotBlank(message = "{admin.account.displayName.required}")
	@Size(max = 200, message = "{admin.account.displayName.size}")
	private String displayName;

	@NotNull(message = "{admin.account.role.required}")
	private Role role;

	private Long organisationId;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
	}

}
