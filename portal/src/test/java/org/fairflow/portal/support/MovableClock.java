package org.fairflow.portal.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * The portal's clock in tests: the real time plus an offset a test can move forward
 * (instead of sleeping) and must put back when done.
 */
@TestComponent
@Primary
public class MovableClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	public void moveBy(Duration duration) {
		this.offset = this.offset.plus(duration);
	}

	public void reset() {
		this.offset = Duration.ZERO;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	/**
	 * The same moving time read in another zone: the simulated tax platform dates its
	 * invoices by the day in Beijing. The portal itself counts in UTC
	 * ({@link #getZone()}).
	 */
	@Override
	public Clock withZone(ZoneId zone) {
		MovableClock moving = this;
		return new Clock() {

			@Override
			public Instant instant() {
				return moving.instant();
			}

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return moving.withZone(other);
			}

		};
	}

}
