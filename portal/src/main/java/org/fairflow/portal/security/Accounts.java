package org.fairflow.portal.security;

import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and sign-in. Passwords are stored as BCrypt hashes only. */
@Service
public class Accounts implements UserDetailsService {

	private final UserAccountRepository repository;

	private final PasswordEncoder encoder;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	private final SessionRevocations revocations;

	Accounts(UserAccountRepository repository, PasswordEncoder encoder, SessionRevocations revocations) {
		this.repository = repository;
		this.encoder = encoder;
		this.revocations = revocations;
	}

	/**
	 * A unit's login is its credit code, stored upper-case; people type it in either
	 * case, as they may when registering.
	 */
	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String name = username.strip();
		return this.repository.findByUsername(name)
			.or(() -> this.repository.findByUsername(name.toUpperCase(Locale.ROOT)))
			.map(UserAccount::toPortalUser)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.repository.existsByUsername(username);
	}

	/**
	 * A unit corrected its credit code: its login follows the code. Flushed at once, so a
	 * name taken meanwhile fails inside the caller's transaction.
	 */
	@Transactional
	public void rename(String username, String newUsername) {
		UserAccount account = this.repository.findByUsername(username)
			.orElseThrow(() -> new IllegalStateException("No account to rename"));
		account.rename(newUsername);
		this.repository.saveAndFlush(account);
	}

	/**
	 * The signed-in person's login was renamed: the session goes on under the new name,
	 * so pages that key by the login (a unit's credit code) keep working without signing
	 * in again.
	 */
	public void continueSessionAs(String username, HttpServletRequest request, HttpServletResponse response) {
		UserDetails user = loadUserByUsername(username);
		if (user instanceof CredentialsContainer signedIn) {
			// As after a sign-in: the session keeps no password hash.
			signedIn.eraseCredentials();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.sessions.saveContext(context, request, response);
	}

	@Transactional
	public void create(String username, String rawPassword, Role role, String displayName, Long organisationId,
			Long unitId) {
		this.repository.save(
				new UserAccount(username, this.encoder.encode(rawPassword), role, displayName, organisationId, unitId));
	}

	/**
	 * Staff accounts (every role but applicants, whose accounts come with their unit's
	 * registration), filtered by whatever is given, oldest first.
	 */
	@Transactional(readOnly = true)
	public Page<AccountSummary> staff(Role role, Long organisationId, Boolean enabled, Pageable pageable) {
		Specification<UserAccount> spec = (root, query, cb) -> {
			Predicate p = cb.notEqual(root.get("role"), Role.APPLICANT);
			if (role != null) {
				p = cb.and(p, cb.equal(root.get("role"), role));
			}
			if (organisationId != null) {
				p = cb.and(p, cb.equal(root.get("organisationId"), organisationId));
			}
			if (enabled != null) {
				p = cb.and(p, cb.equal(root.get("enabled"), enabled));
			}
			return p;
		};
		return this.repository
			.findAll(spec, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("id")))
			.map(UserAccount::summary);
	}

	@Transactional(readOnly = true)
	public Optional<AccountSummary> summary(Long id) {
		return (id == null) ? Optional.empty() : this.repository.findById(id).map(UserAccount::summary);
	}

	/**
	 * A staff account nobody can sign in to until its person sets a password through a
	 * one-time link ({@link PasswordResets}); the organiser never learns a password.
	 */
	@Transactional
	public AccountSummary createStaff(String username, String displayName, Role role, Long organisationId) {
		byte[] random = new byte[32];
		new java.security.SecureRandom().nextBytes(random);
		String unusable = java.util.HexFormat.of().formatHex(random);
		return this.repository
			.saveAndFlush(
					new UserAccount(username, this.encoder.encode(unusable), role, displayName, organisationId, null))
			.summary();
	}

	/** A new role or organisation; the person signs in again to act in it. */
	@Transactional
	public void assign(Long id, Role role, Long organisationId) {
		this.repository.findById(id).orElseThrow().assign(role, organisationId);
		this.revocations.revoke(id);
	}

	/** A disabled account cannot sign in, and its sessions end at their next request. */
	@Transactional
	public void enable(Long id, boolean enabled) {
		this.repository.findById(id).orElseThrow().enabled(enabled);
		if (!enabled) {
			this.revocations.revoke(id);
		}
	}

	@Transactional(readOnly = true)
	public long countEnabled(Role role) {
		return this.repository.countByRoleAndEnabledTrue(role);
	}

}
