package org.fairflow.portal.engine;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts work in progress (requests, job handlers) so that the engine under it is
 * replaced only once that work is done.
 */
final class InFlight {

	private static final long POLL_MILLIS = 20;

	private final AtomicInteger count = new AtomicInteger();

	void begin() {
		this.count.incrementAndGet();
	}

	void end() {
		this.count.decrementAndGet();
	}

	/**
	 * Waits until nothing is in progress, at most {@code limit}.
	 * @return whether that moment came
	 */
	boolean awaitNone(Duration limit) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (this.count.get() > 0) {
			if (System.nanoTime() >= deadline) {
				return false;
			}
			TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
		}
		return true;
	}

}
