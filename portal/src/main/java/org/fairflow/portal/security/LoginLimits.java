package org.fairflow.portal.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling: after {@code maxFailuresPerAccount} failed sign-ins for one login
 * name, or {@code maxFailuresPerAddress} from one client address, within {@code window},
 * that name or address is refused for {@code lockDuration}, even with the right password.
 *
 * @param maxFailuresPerAccount failures of one login name that lock it
 * @param maxFailuresPerAddress failures from one client address that lock it
 * @param window how far back failures are counted
 * @param lockDuration how long a locked name or address is refused
 * @param maxTracked how many names (and as many addresses) are counted at most; beyond it
 * the longest untouched are forgotten, so random names cannot fill the memory
 */
@ConfigurationProperties("fairflow.security.login")
public record LoginLimits(@DefaultValue("5") int maxFailuresPerAccount, @DefaultValue("20") int maxFailuresPerAddress,
		@DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("10000") int maxTracked) {

	/** The lock in whole minutes, rounded up, as the login page says it. */
	public long lockMinutes() {
		return (this.lockDuration.toSeconds() + 59) / 60;
	}

}
