package org.fairflow.portal.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.command.FailJobCommandStep1;
import io.camunda.client.api.command.FailJobCommandStep1.FailJobCommandStep2;
import io.camunda.client.api.command.ThrowErrorCommandStep1;
import io.camunda.client.api.command.ThrowErrorCommandStep1.ThrowErrorCommandStep2;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobHandler;
import org.fairflow.workers.job.BusinessError;
import org.fairflow.workers.job.RetryLater;
import org.fairflow.workers.job.Worker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** How a service job's outcome is handed back to the engine. */
class JobWorkersTest {

	private static final Duration BACKOFF = Duration.ofSeconds(10);

	private final JobClient jobClient = mock(JobClient.class);

	private final FailJobCommandStep1 fail = mock(FailJobCommandStep1.class);

	private final FailJobCommandStep2 failWith = mock(FailJobCommandStep2.class, Mockito.RETURNS_SELF);

	private final ActivatedJob job = mock(ActivatedJob.class);

	@BeforeEach
	@SuppressWarnings("unchecked")
	void engine() {
		when(this.jobClient.newFailCommand(this.job)).thenReturn(this.fail);
		when(this.fail.retries(Mockito.anyInt())).thenReturn(this.failWith);
		when(this.failWith.send()).thenReturn(mock(CamundaFuture.class));
		when(this.job.getRetries()).thenReturn(3);
		when(this.job.getType()).thenReturn("send-sms");
		when(this.job.getVariablesAsMap()).thenReturn(Map.of("caseId", "c-1"));
	}

	@Test
	void aTechnicalFaultUsesUpARetryWithTheBackoff() throws Exception {
		handle((job) -> {
			throw new IllegalStateException("provider down");
		});

		verify(this.fail).retries(2);
		verify(this.failWith).retryBackoff(BACKOFF);
	}

	@Test
	void aStepThatAsksToBeTriedLaterKeepsItsRetriesAndWaitsAsLongAsItAsks() throws Exception {
		handle((job) -> {
			throw new RetryLater("another attempt may still be at the provider", Duration.ofSeconds(40));
		});

		verify(this.fail).retries(3);
		verify(this.failWith).retryBackoff(Duration.ofSeconds(40));
		verify(this.failWith).errorMessage(anyString());
	}

	@Test
	void aStepThatAsksForLessThanTheBackoffWaitsTheBackoff() throws Exception {
		handle((job) -> {
			throw new RetryLater("soon", Duration.ofMillis(100));
		});

		verify(this.fail).retries(3);
		verify(this.failWith).retryBackoff(BACKOFF);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aBusinessOutcomeReachesTheCatchEventWithItsMessageAsAVariable() throws Exception {
		ThrowErrorCommandStep1 error = mock(ThrowErrorCommandStep1.class);
		ThrowErrorCommandStep2 errorWith = mock(ThrowErrorCommandStep2.class, Mockito.RETURNS_SELF);
		when(this.jobClient.newThrowErrorCommand(this.job)).thenReturn(error);
		when(error.errorCode(anyString())).thenReturn(errorWith);
		when(errorWith.send()).thenReturn(mock(CamundaFuture.class));

		worker((job) -> {
			throw new BusinessError("INVOICE_REQUEST_INVALID", "invoice.title.required");
		}).handle(this.jobClient, this.job);

		verify(error).errorCode("INVOICE_REQUEST_INVALID");
		verify(errorWith).errorMessage("invoice.title.required");
		verify(errorWith).variables(Map.of("errorMessage", "invoice.title.required"));
	}

	@Test
	void theEngineIsReplacedOnlyOnceEveryRunningHandlerHasEndedEvenOneThatFailed() throws Exception {
		JobWorkers workers = workers(List.of());
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		JobHandler slow = workers.counted((client, job) -> {
			started.countDown();
			release.await();
			throw new IllegalStateException("provider down");
		});
		var running = CompletableFuture.runAsync(() -> {
			try {
				slow.handle(this.jobClient, this.job);
			}
			catch (Exception expected) {
				// the handler's own failure: what matters is that it was counted out
			}
		});
		assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

		assertThat(workers.awaitIdle(Duration.ZERO)).as("a handler still runs").isFalse();
		release.countDown();
		running.get(30, TimeUnit.SECONDS);
		assertThat(workers.awaitIdle(Duration.ofSeconds(30))).as("every handler has ended").isTrue();
	}

	private void handle(Step step) throws Exception {
		worker(step).handle(this.jobClient, this.job);
		verify(this.jobClient).newFailCommand(any(ActivatedJob.class));
	}

	private JobHandler worker(Step step) {
		Worker worker = new Worker() {

			@Override
			public String jobType() {
				return "send-sms";
			}

			@Override
			public Map<String, Object> handle(ActivatedJob job) throws Exception {
				return step.run(job);
			}

		};
		return workers(List.of(worker)).serviceHandler(worker);
	}

	private static JobWorkers workers(List<Worker> workers) {
		return new JobWorkers(mock(CamundaClient.class), workers, List.of(), List.of(), new EngineProperties(true, 0,
				"test", 1, 0, java.time.Duration.ofMinutes(1), EngineProperties.StateStore.ROCKSDB), BACKOFF);
	}

	@FunctionalInterface
	private interface Step {

		Map<String, Object> run(ActivatedJob job) throws Exception;

	}

}
