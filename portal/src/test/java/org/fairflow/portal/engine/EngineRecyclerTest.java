package org.fairflow.portal.engine;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The recycler replaces the engine for what was written since its open cases were
 * resumed, not for the cases themselves: with more open cases than the bound's worth of
 * records it would otherwise replace the engine again at every check.
 */
class EngineRecyclerTest {

	private static final long BOUND = 1_000;

	private final RecyclableEngine engine = mock(RecyclableEngine.class);

	private final EngineStatus status = mock(EngineStatus.class);

	private final JobWorkers workers = mock(JobWorkers.class);

	private final EngineStartup startup = mock(EngineStartup.class);

	private final EngineRecycler recycler = new EngineRecycler(this.engine, this.status, this.workers, this.startup,
			new EngineProperties(true, 26600, "cluster", 1, BOUND, Duration.ofMinutes(1),
					EngineProperties.StateStore.MEMORY));

	EngineRecyclerTest() throws InterruptedException {
		when(this.status.snapshot())
			.thenReturn(new EngineStatus.Snapshot(EngineStatus.Phase.READY, Map.of(), 0, 0, 0, false));
		when(this.status.awaitQuiet(any())).thenReturn(true);
		when(this.workers.awaitIdle(any())).thenReturn(true);
	}

	@Test
	void anEngineHoldingManyResumedCasesIsKeptWhileLittleWasWrittenSince() throws InterruptedException {
		when(this.engine.recordCount()).thenReturn(5 * BOUND);
		when(this.engine.recordsAtResume()).thenReturn(5 * BOUND - 10);
		when(this.engine.recordsSinceResume()).thenReturn(10L);

		this.recycler.recycleWhenFull();

		verify(this.engine, never()).replace();
	}

	@Test
	void anEngineThatWroteTheBoundSinceItsCasesWereResumedIsReplaced() throws InterruptedException {
		when(this.engine.recordCount()).thenReturn(BOUND + 200);
		when(this.engine.recordsAtResume()).thenReturn(200L);
		when(this.engine.recordsSinceResume()).thenReturn(BOUND);

		this.recycler.recycleWhenFull();

		verify(this.engine).replace();
		verify(this.startup).start();
	}

}
