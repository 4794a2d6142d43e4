package org.fairflow.portal.engine;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * Where the engine's start-up stands: models deployed, open cases resumed, workers open.
 * The portal serves its pages only once it is {@link Phase#READY}; health and the
 * starting page read it. The same steps run again when the embedded engine is replaced
 * ({@link #renewing()}); requests in progress at that moment are let finish first.
 */
@Component
public class EngineStatus {

	/** The steps of a start, in order. */
	public enum Phase {

		/** Connecting to the engine and deploying the models. */
		STARTING,
		/** Starting open cases again on an engine that lost them. */
		RESUMING,
		/** Workers open: the portal takes decisions. */
		READY

	}

	private volatile Phase phase = Phase.STARTING;

	/**
	 * Whether this start is the replacement of a running engine, not the portal's own.
	 */
	private volatile boolean renewal;

	/** Requests let through while the portal was ready and not finished yet. */
	private final InFlight busy = new InFlight();

	private volatile Map<String, Integer> versions = Map.of();

	private final AtomicInteger total = new AtomicInteger();

	private final AtomicInteger resumed = new AtomicInteger();

	private final AtomicInteger failed = new AtomicInteger();

	/**
	 * What health and the starting page show.
	 *
	 * @param phase where the start stands
	 * @param versions the deployed process versions, by process id
	 * @param resumed open cases started again so far
	 * @param failed open cases the engine refused to start again
	 * @param total open cases to start again
	 * @param renewal whether a running engine is being replaced (not a start of the
	 * portal)
	 */
	public record Snapshot(Phase phase, Map<String, Integer> versions, int resumed, int failed, int total,
			boolean renewal) {

		public boolean ready() {
			return this.phase == Phase.READY;
		}

	}

	public Snapshot snapshot() {
		return new Snapshot(this.phase, this.versions, this.resumed.get(), this.failed.get(), this.total.get(),
				this.renewal);
	}

	void deployed(Map<String, Integer> versions) {
		this.versions = Map.copyOf(versions);
	}

	/** A resume of {@code total} open cases begins. */
	public void resuming(int total) {
		this.total.set(total);
		this.resumed.set(0);
		this.failed.set(0);
		this.phase = Phase.RESUMING;
	}

	/**
	 * One open case is dealt with; a failed one is counted apart and kept for a later
	 * try.
	 */
	public void caseResumed(boolean started) {
		(started ? this.resumed : this.failed).incrementAndGet();
	}

	void ready() {
		this.phase = Phase.READY;
		this.renewal = false;
	}

	/**
	 * The running engine is about to be replaced: new requests get the starting page
	 * until the new one is {@link #ready()}.
	 */
	void renewing() {
		this.renewal = true;
		this.total.set(0);
		this.resumed.set(0);
		this.failed.set(0);
		this.phase = Phase.STARTING;
	}

	/**
	 * Lets a request through if the portal is ready; it must then {@link #leave()}. The
	 * count goes up before the phase is read, so that {@link #awaitQuiet} after a phase
	 * change never misses a request that saw the old phase.
	 */
	boolean enter() {
		this.busy.begin();
		if (this.phase == Phase.READY) {
			return true;
		}
		this.busy.end();
		return false;
	}

	void leave() {
		this.busy.end();
	}

	/**
	 * Waits until no request let through is still running, at most {@code limit}.
	 * @return whether that moment came
	 */
	boolean awaitQuiet(Duration limit) throws InterruptedException {
		return this.busy.awaitNone(limit);
	}

}
