package org.fairflow.portal.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListener;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;

/**
 * The yardstick of P1: the same in-memory engine the portal embeds, with nothing around
 * it. It deploys the models the portal runs for unit review ({@code unit-review.bpmn} and
 * the decisions it calls, from the {@code processes} module's {@code models/} on the
 * class path, as the portal's {@code ShippedModels} finds them), opens one streaming
 * no-op worker for every job type of the process (its service tasks and execution
 * listeners), and runs instances down the auto-approval path with at most
 * {@value #IN_FLIGHT} in flight. The only output is the one the gateways need:
 * {@code verify-credit-code} answers {@code creditVerified = true}, so that the decision
 * {@code unit-auto-verification} approves an {@code ENTERPRISE} (rule R1).
 */
public final class BareEngine implements AutoCloseable {

	/** Instances in flight at most. */
	public static final int IN_FLIGHT = 64;

	static final String PROCESS = "unit-review";

	private static final String MODELS = "models/";

	/**
	 * The outcome of one run.
	 *
	 * @param instances instances completed
	 * @param failed instances that did not complete (an error or a time-out)
	 * @param elapsed from the first creation to the last completion
	 */
	public record Result(int instances, int failed, Duration elapsed) {

		public double perSecond() {
			return this.instances / (this.elapsed.toNanos() / 1e9);
		}

	}

	private final ZeebeTestEngine engine;

	private final CamundaClient client;

	private final Set<String> jobTypes;

	private final List<JobWorker> workers = new ArrayList<>();

	private final Map<String, AtomicLong> jobsCompleted = new ConcurrentHashMap<>();

	private int nextInstance;

	public BareEngine() {
		int port = freePort();
		this.engine = EngineFactory.create(port);
		this.engine.start();
		this.client = CamundaClient.newClientBuilder()
			.grpcAddress(URI.create("http://127.0.0.1:" + port))
			.preferRestOverGrpc(false)
			// As the portal's client: camunda.client.execution-threads = 4.
			.numJobWorkerExecutionThreads(4)
			.defaultRequestTimeout(Duration.ofMinutes(1))
			.build();
		byte[] bpmn = resource(PROCESS + ".bpmn");
		BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
		this.client.newDeployResourceCommand().addResourceBytes(bpmn, PROCESS + ".bpmn").send().join();
		for (ZeebeCalledDecision decision : model.getModelElementsByType(ZeebeCalledDecision.class)) {
			String file = decision.getDecisionId() + ".dmn";
			this.client.newDeployResourceCommand().addResourceBytes(resource(file), file).send().join();
		}
		this.jobTypes = jobTypes(model);
		for (String type : this.jobTypes) {
			AtomicLong completed = this.jobsCompleted.computeIfAbsent(type, (t) -> new AtomicLong());
			Map<String, Object> output = output(type);
			this.workers.add(this.client.newWorker().jobType(type).handler((jobClient, job) -> {
				jobClient.newCompleteCommand(job).variables(output).send().join();
				completed.incrementAndGet();
			}).name("bare-engine-bench").timeout(Duration.ofMinutes(5)).streamEnabled(true).open());
		}
	}

	/** Every job type of the process: service tasks and execution listeners. */
	static Set<String> jobTypes(BpmnModelInstance model) {
		Set<String> types = new TreeSet<>();
		model.getModelElementsByType(ZeebeTaskDefinition.class)
			.forEach((definition) -> types.add(definition.getType()));
		model.getModelElementsByType(ZeebeExecutionListener.class).forEach((listener) -> types.add(listener.getType()));
		return types;
	}

	/** What the auto-approval path's gateways need of a worker. */
	static Map<String, Object> output(String type) {
		return "verify-credit-code".equals(type) ? Map.of("creditVerified", true) : Map.of();
	}

	public Set<String> jobTypes() {
		return this.jobTypes;
	}

	/** Jobs completed so far, by type. */
	public Map<String, Long> jobsCompleted() {
		Map<String, Long> counts = new HashMap<>();
		this.jobsCompleted.forEach((type, count) -> counts.put(type, count.get()));
		return counts;
	}

	/**
	 * Runs {@code count} instances of an auto-approved enterprise to their end, at most
	 * {@value #IN_FLIGHT} at once: each creation waits for its instance's result (the
	 * process instance completed, after its end listener's job).
	 */
	public Result run(int count, Duration bound) throws InterruptedException {
		Semaphore inFlight = new Semaphore(IN_FLIGHT);
		CountDownLatch done = new CountDownLatch(count);
		AtomicLong failed = new AtomicLong();
		AtomicLong lastEnd = new AtomicLong();
		long start = System.nanoTime();
		for (int i = 0; i < count; i++) {
			inFlight.acquire();
			int unit = this.nextInstance++;
			this.client.newCreateInstanceCommand()
				.bpmnProcessId(PROCESS)
				.latestVersion()
				.variables(startVariables(unit))
				.withResult()
				.fetchVariables("caseId")
				.requestTimeout(bound)
				.send()
				.whenComplete((result, error) -> {
					if (error != null) {
						failed.incrementAndGet();
					}
					lastEnd.accumulateAndGet(System.nanoTime(), Math::max);
					inFlight.release();
					done.countDown();
				});
		}
		if (!done.await(bound.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new IllegalStateException("The bare engine did not finish " + count + " instances within " + bound);
		}
		int failures = (int) failed.get();
		return new Result(count - failures, failures, Duration.ofNanos(lastEnd.get() - start));
	}

	/**
	 * The start variables the portal sets on a unit-review case (docs/ARCHITECTURE.md).
	 */
	static Map<String, Object> startVariables(int unit) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("caseId", String.valueOf(unit + 1));
		variables.put("round", 1);
		variables.put("unitId", unit + 1);
		variables.put("unitName", "基准测试企业" + unit);
		variables.put("unitNameEn", "Bench enterprise " + unit);
		variables.put("creditCode", AutoApprovals.creditCode(unit));
		variables.put("unitCategory", "ENTERPRISE");
		variables.put("contactName", "测试联络人");
		variables.put("contactMobile", AutoApprovals.mobile(unit));
		variables.put("contactEmail", AutoApprovals.email(unit));
		variables.put("applicantGroup", "unit:" + (unit + 1));
		variables.put("firstReviewGroup", "org:3");
		variables.put("secondReviewGroup", "org:2");
		variables.put("firstReviewOrgName", "浦东新区交易分团");
		variables.put("secondReviewOrgName", "上海交易团");
		variables.put("firstReviewOrgNameEn", "Pudong sub-delegation");
		variables.put("secondReviewOrgNameEn", "Shanghai delegation");
		variables.put("language", "zh");
		return variables;
	}

	static byte[] resource(String file) {
		try (InputStream in = BareEngine.class.getClassLoader().getResourceAsStream(MODELS + file)) {
			if (in == null) {
				throw new IllegalStateException("No " + MODELS + file + " on the class path");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.workers.forEach(JobWorker::close);
		this.client.close();
		this.engine.stop();
	}

}
