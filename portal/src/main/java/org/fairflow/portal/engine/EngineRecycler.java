package org.fairflow.portal.engine;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Bounds the memory of the embedded engine, which keeps every record it ever wrote: once
 * it has written {@code fairflow.engine.recycle-after-records} since its open cases were
 * resumed into it (those records come back with the cases), the portal hands over to a
 * fresh engine on the same port. New requests get the "one moment" page, requests and job
 * handlers already running finish, then the new engine gets the stored models and the
 * open cases are resumed into it, exactly as after a restart (the database is the source
 * of truth, and side effects are recorded before they are tried, so none is lost or
 * repeated).
 */
@Component
@ConditionalOnProperty(name = "fairflow.engine.embedded", havingValue = "true", matchIfMissing = true)
class EngineRecycler {

	private static final Logger log = LoggerFactory.getLogger(EngineRecycler.class);

	/** How long running requests and job handlers are given to finish. */
	static final Duration DRAIN_LIMIT = Duration.ofSeconds(30);

	private final RecyclableEngine engine;

	private final EngineStatus status;

	private final JobWorkers workers;

	private final EngineStartup startup;

	private final long bound;

	EngineRecycler(RecyclableEngine engine, EngineStatus status, JobWorkers workers, EngineStartup startup,
			EngineProperties properties) {
		this.engine = engine;
		this.status = status;
		this.workers = workers;
		this.startup = startup;
		this.bound = properties.recycleAfterRecords();
	}

	@Scheduled(fixedDelayString = "${fairflow.engine.recycle-check-interval:PT1M}",
			initialDelayString = "${fairflow.engine.recycle-check-interval:PT1M}")
	void recycleWhenFull() throws InterruptedException {
		if (this.bound > 0 && this.status.snapshot().ready() && this.engine.recordsSinceResume() >= this.bound) {
			recycle();
		}
	}

	/** Replaces the running engine by a fresh one and resumes the open cases into it. */
	synchronized void recycle() throws InterruptedException {
		long records = this.engine.recordCount();
		long atResume = this.engine.recordsAtResume();
		long started = System.nanoTime();
		this.status.renewing();
		if (!this.status.awaitQuiet(DRAIN_LIMIT)) {
			log.warn("Requests still running after {}: the engine is replaced under them", DRAIN_LIMIT);
		}
		this.workers.close();
		if (!this.workers.awaitIdle(DRAIN_LIMIT)) {
			log.warn("Job handlers still running after {}: their cases resume before those jobs", DRAIN_LIMIT);
		}
		this.engine.replace();
		this.startup.start();
		EngineStatus.Snapshot done = this.status.snapshot();
		log.info(
				"Replaced the embedded engine after {} records ({} of them from resuming its open cases): {} of {}"
						+ " open cases resumed in {} ms; the new engine holds {} records for them",
				records, atResume, done.resumed(), done.total(),
				Duration.ofNanos(System.nanoTime() - started).toMillis(), this.engine.recordsAtResume());
	}

}
