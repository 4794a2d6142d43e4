package org.fairflow.portal.engine;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the engine runs. {@code embedded=true} starts the in-memory Zeebe engine inside
 * the portal; {@code false} uses whatever {@code camunda.client.*} points at.
 *
 * @param embedded start the in-memory engine in this process
 * @param embeddedPort gRPC port of the in-memory engine; 0 picks a free one
 * @param epoch identity of a remote cluster's state; the embedded engine gets a new epoch
 * at every start because it forgets everything
 * @param userTaskTimeoutDays how long a human task's job stays locked to the inbox
 * @param recycleAfterRecords the embedded engine is replaced by a fresh one (its open
 * cases resumed) once it holds this many records; 0 never
 * @param recycleCheckInterval how often the embedded engine's records are counted
 * @param state where the embedded engine keeps its state: RocksDB (steady with many open
 * cases) or the heap
 */
@ConfigurationProperties("fairflow.engine")
public record EngineProperties(@DefaultValue("true") boolean embedded, @DefaultValue("26500") int embeddedPort,
		@DefaultValue("cluster") String epoch, @DefaultValue("3650") int userTaskTimeoutDays,
		@DefaultValue("1000000") long recycleAfterRecords, @DefaultValue("PT1M") Duration recycleCheckInterval,
		@DefaultValue("rocksdb") StateStore state) {

	/** Where the embedded engine keeps its state (it is rebuilt at every start). */
	public enum StateStore {

		/**
		 * RocksDB files under {@code <data-dir>/engine-state}: as fast at 50k open cases
		 * as at 1k.
		 */
		ROCKSDB,
		/**
		 * The heap: zeebe-process-test's store, which slows down with every open case.
		 */
		MEMORY

	}

}
