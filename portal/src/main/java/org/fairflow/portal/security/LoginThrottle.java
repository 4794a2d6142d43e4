package org.fairflow.portal.security;

import java.time.Clock;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per login name and per client address ({@link LoginLimits}), in
 * memory: the counts start from nothing when the portal restarts.
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final FailureCounter accounts;

	private final FailureCounter addresses;

	private final Clock clock;

	LoginThrottle(LoginLimits limits, Clock clock) {
		this.accounts = new FailureCounter(limits.maxFailuresPerAccount(), limits.window(), limits.lockDuration(),
				limits.maxTracked());
		this.addresses = new FailureCounter(limits.maxFailuresPerAddress(), limits.window(), limits.lockDuration(),
				limits.maxTracked());
		this.clock = clock;
	}

	/**
	 * Whether a sign-in with this name from this address is refused before it is tried.
	 */
	boolean refuses(String login, String address) {
		boolean account = this.accounts.locked(key(login), this.clock.instant());
		boolean from = this.addresses.locked(address, this.clock.instant());
		if (account || from) {
			// Not the name: it may be a password typed into the wrong field.
			log.info("Sign-in refused by throttling: login name locked {}, address {} locked {}", account, address,
					from);
		}
		return account || from;
	}

	void failed(String login, String address) {
		this.accounts.failed(key(login), this.clock.instant());
		this.addresses.failed(address, this.clock.instant());
	}

	/** A success forgives the name's failures; the address's stay counted. */
	void succeeded(String login) {
		this.accounts.reset(key(login));
	}

	/** Units type their code in either case, so every spelling counts as one name. */
	private static String key(String login) {
		return (login == null) ? "" : login.strip().toLowerCase(Locale.ROOT);
	}

}
