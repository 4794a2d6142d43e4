package org.fairflow.portal.engine;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.RecordStreamSource;
import io.camunda.zeebe.process.test.engine.IncidentRecordSource;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;

/**
 * The embedded engine behind one gRPC address for the whole life of the portal. The
 * in-memory engine keeps every record it ever wrote, so the portal bounds its memory by
 * {@link #replace() replacing} it with a fresh one on the same port: the client's channel
 * reconnects, and the new engine's state is a new epoch that the open cases are resumed
 * into, as after a restart.
 */
public final class RecyclableEngine implements ZeebeTestEngine {

	/**
	 * One engine and the epoch its state belongs to, swapped together so that a reader
	 * never pairs one engine's records with another's epoch.
	 */
	record Generation(ZeebeTestEngine engine, String epoch, AtomicLong recordsAtResume) {
	}

	private final int port;

	private final EngineSource source;

	private volatile Generation current;

	RecyclableEngine(int port, EngineSource source) {
		this.port = port;
		this.source = source;
	}

	Generation generation() {
		Generation generation = this.current;
		if (generation == null) {
			throw new IllegalStateException("The embedded engine is not started");
		}
		return generation;
	}

	@Override
	public synchronized void start() {
		if (this.current == null) {
			this.current = fresh();
		}
	}

	/**
	 * Stops the running engine and starts an empty one on the same port, with a new
	 * epoch. The caller has stopped the work that used the old one.
	 */
	synchronized void replace() {
		stop();
		this.current = fresh();
	}

	private Generation fresh() {
		ZeebeTestEngine engine = this.source.create(this.port);
		engine.start();
		return new Generation(engine, "embedded-" + UUID.randomUUID(), new AtomicLong());
	}

	/** How many records the running engine holds (and keeps until it is replaced). */
	long recordCount() {
		RecordStreamSource source = generation().engine().getRecordStreamSource();
		if (source instanceof IncidentRecordSource incidents) {
			return incidents.recordCount();
		}
		Iterable<Record<?>> records = source.getRecords();
		if (records instanceof List<Record<?>> list) {
			return list.size();
		}
		long count = 0;
		for (Record<?> ignored : records) {
			count++;
		}
		return count;
	}

	/**
	 * Notes what the running engine holds once its open cases are resumed into it: those
	 * records stay as long as the cases are open, and a fresh engine would hold them
	 * again, so the bound counts only what comes after (else a portal with more open
	 * cases than the bound allows would replace its engine again and again).
	 */
	void markResumed() {
		Generation generation = this.current;
		if (generation != null) {
			generation.recordsAtResume().set(recordCount());
		}
	}

	/** The records the running engine held once its open cases were resumed. */
	long recordsAtResume() {
		return generation().recordsAtResume().get();
	}

	/** The records written since the running engine's open cases were resumed. */
	long recordsSinceResume() {
		Generation generation = generation();
		return Math.max(0, recordCount() - generation.recordsAtResume().get());
	}

	@Override
	public synchronized void stop() {
		Generation old = this.current;
		this.current = null;
		if (old != null) {
			old.engine().stop();
			this.source.stopped(old.engine());
		}
	}

	@Override
	public RecordStreamSource getRecordStreamSource() {
		return generation().engine().getRecordStreamSource();
	}

	@Override
	@SuppressWarnings("deprecation")
	public ZeebeClient createClient() {
		return generation().engine().createClient();
	}

	@Override
	@SuppressWarnings("deprecation")
	public ZeebeClient createClient(ObjectMapper objectMapper) {
		return generation().engine().createClient(objectMapper);
	}

	@Override
	public String getGatewayAddress() {
		return generation().engine().getGatewayAddress();
	}

	@Override
	public void increaseTime(Duration timeToAdd) {
		generation().engine().increaseTime(timeToAdd);
	}

	@Override
	public void waitForIdleState(Duration timeout) throws InterruptedException, TimeoutException {
		generation().engine().waitForIdleState(timeout);
	}

	@Override
	public void waitForBusyState(Duration timeout) throws InterruptedException, TimeoutException {
		generation().engine().waitForBusyState(timeout);
	}

}
