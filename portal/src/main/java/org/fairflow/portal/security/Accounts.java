package org.fairflow.portal.security;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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

	Accounts(UserAccountRepository repository, PasswordEncoder encoder) {
		this.repository = repository;
		this.encoder = encoder;
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

}
