package org.fairflow.portal.security;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and sign-in. Passwords are stored as BCrypt hashes only. */
@Service
public class Accounts implements UserDetailsService {

	private final UserAccountRepository repository;

	private final PasswordEncoder encoder;

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

	@Transactional
	public void create(String username, String rawPassword, Role role, String displayName, Long organisationId,
			Long unitId) {
		this.repository.save(
				new UserAccount(username, this.encoder.encode(rawPassword), role, displayName, organisationId, unitId));
	}

}
