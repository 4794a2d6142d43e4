package org.fairflow.portal.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "user_account")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "organisation_id")
	private Long organisationId;

	@Column(name = "unit_id")
	private Long unitId;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, Role role, String displayName, Long organisationId, Long unitId) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.displayName = displayName;
		this.organisationId = organisationId;
		this.unitId = unitId;
	}

	PortalUser toPortalUser() {
		return new PortalUser(this.id, this.username, this.passwordHash, this.role, this.displayName,
				this.organisationId, this.unitId, this.enabled);
	}

	void rename(String username) {
		this.username = username;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void assign(Role role, Long organisationId) {
		this.role = role;
		this.organisationId = organisationId;
	}

	void enabled(boolean enabled) {
		this.enabled = enabled;
	}

	AccountSummary summary() {
		return new AccountSummary(this.id, this.username, this.displayName, this.role, this.organisationId,
				this.enabled, this.createdAt);
	}

	String getUsername() {
		return this.username;
	}

	Long getId() {
		return this.id;
	}

	Role getRole() {
		return this.role;
	}

	boolean isEnabled() {
		return this.enabled;
	}

}
