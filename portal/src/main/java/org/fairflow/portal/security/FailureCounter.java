package org.fairflow.portal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed sign-ins per key (a login name or a client address) in memory. The map holds at
 * most {@code maxTracked} keys: beyond that the least recently touched is dropped, so a
 * flood of random names costs a bounded amount of memory (it may also drop an older lock,
 * which is why addresses are counted too).
 */
class FailureCounter {

	private final int maxFailures;

	private final Duration window;

	private final Duration lockDuration;

	private final Map<String, Tally> tallies;

	FailureCounter(int maxFailures, Duration window, Duration lockDuration, int maxTracked) {
		this.maxFailures = maxFailures;
		this.window = window;
		this.lockDuration = lockDuration;
		this.tallies = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Tally> eldest) {
				return size() > maxTracked;
			}

		};
	}

	synchronized boolean locked(String key, Instant now) {
		Tally tally = this.tallies.get(key);
		if (tally == null) {
			return false;
		}
		if (tally.lockedUntil != null && now.isBefore(tally.lockedUntil)) {
			return true;
		}
		if (tally.lockedUntil != null || !now.isBefore(tally.since.plus(this.window))) {
			// The lock or the window is over: start counting afresh.
			this.tallies.remove(key);
		}
		return false;
	}

	synchronized void failed(String key, Instant now) {
		Tally tally = this.tallies.get(key);
		if (tally == null || tally.lockedUntil != null || !now.isBefore(tally.since.plus(this.window))) {
			tally = new Tally(now);
			this.tallies.put(key, tally);
		}
		tally.failures++;
		if (tally.failures >= this.maxFailures) {
			tally.lockedUntil = now.plus(this.lockDuration);
		}
	}

	synchronized void reset(String key) {
		this.tallies.remove(key);
	}

	synchronized int tracked() {
		return this.tallies.size();
	}

	private static final class Tally {

		private final Instant since;

		private int failures;

		private Instant lockedUntil;

		private Tally(Instant since) {
			this.since = since;
		}

	}

}
