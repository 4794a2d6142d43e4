package org.fairflow.portal.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person: role, the organisation it acts for or the unit it belongs to. */
public final class PortalUser implements UserDetails, CredentialsContainer {

	private final Long id;

	private final String username;

	private String passwordHash;

	private final Role role;

	private final String displayName;

	private final Long organisationId;

	private final Long unitId;

	private final boolean enabled;

	public PortalUser(Long id, String username, String passwordHash, Role role, String displayName, Long organisationId,
			Long unitId, boolean enabled) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.displayName = displayName;
		this.organisationId = organisationId;
		this.unitId = unitId;
		this.enabled = enabled;
	}

	public Long id() {
		return this.id;
	}

	public Role role() {
		return this.role;
	}

	public String displayName() {
		return this.displayName;
	}

	public Long organisationId() {
		return this.organisationId;
	}

	public Long unitId() {
		return this.unitId;
	}

	/** The engine candidate groups this person belongs to. */
	public List<String> groups() {
		List<String> groups = new ArrayList<>();
		if (this.role == Role.FINANCE) {
			// Finance acts on finance tasks only, not on its organisation's reviews.
			groups.add("finance");
			return groups;
		}
		if (this.organisationId != null) {
			groups.add("org:" + this.organisationId);
		}
		if (this.unitId != null) {
			groups.add("unit:" + this.unitId);
		}
		return groups;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + this.role.name()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
