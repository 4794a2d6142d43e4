package org.fairflow.portal.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListener;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import org.fairflow.portal.PortalApplication;
import org.fairflow.portal.engine.EngineGateway;
import org.fairflow.portal.engine.EngineStatus;
import org.fairflow.portal.engine.RecyclableEngine;
import org.fairflow.portal.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, point 2: the portal's heap after many finished cases, with the embedded
 * engine recycled at its default bound. The portal runs in this JVM on PostgreSQL with
 * RocksDB state and {@code fairflow.engine.recycle-after-records} at its default
 * (1,000,000), checked every five seconds. A copy of {@code unit-review.bpmn} (process id
 * and job types prefixed {@code bench-}, so that the portal's own workers never take its
 * jobs) runs down the auto-approval path on the portal's engine with no-op workers, at
 * most {@value BareEngine#IN_FLIGHT} at once, until {@code fairflow.bench.finished}
 * (default 200,000) instances have completed. After every tenth, a full GC and the heap
 * in use are read with the engine's log records and switches so far. The bench's
 * instances are not portal cases (the database knows nothing of them), so those in flight
 * when the engine is replaced are cut off and started again; they are counted. Asserts
 * only correctness: every instance finished. Not part of the test suite:
 * {@code ./mvnw -B -Pbench -pl portal -am verify -Dit.test=FinishedCasesBench}.
 */
class FinishedCasesBench {

	private static final int CASES = Integer.getInteger("fairflow.bench.finished", 200_000);

	private static final long BOUND = Long.getLong("fairflow.bench.recycle-after-records", 1_000_000);

	private static final int CHECKPOINTS = 10;

	private static final String PREFIX = "bench-";

	private static final String PROCESS = PREFIX + BareEngine.PROCESS;

	private final AtomicInteger finished = new AtomicInteger();

	private final AtomicInteger pending = new AtomicInteger();

	private final AtomicInteger cutOff = new AtomicInteger();

	@Test
	void heapStaysBoundedAsFinishedCasesPassTheEnginesRecordBound() throws Exception {
		String schema = System.getenv().getOrDefault("FAIRFLOW_TEST_SCHEMA", "bench") + "_finished";
		TestDatabase.fromEnvironment().dropSchema(schema);
		List<Checkpoint> checkpoints = new ArrayList<>();
		long started;
		long ended;
		try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(PortalApplication.class)
			.profiles("test")
			.run("--fairflow.test.schema=" + schema, "--server.port=0", "--fairflow.engine.state=rocksdb",
					"--fairflow.engine.recycle-after-records=" + BOUND, "--fairflow.engine.recycle-check-interval=PT5S",
					"--logging.level.org.fairflow=WARN", "--logging.level.org.fairflow.portal.engine=INFO")) {
			EngineGateway gateway = portal.getBean(EngineGateway.class);
			EngineStatus status = portal.getBean(EngineStatus.class);
			String address = portal.getBean(RecyclableEngine.class).getGatewayAddress();
			checkpoints.add(checkpoint(portal, 0, 0));
			try (CamundaClient client = CamundaClient.newClientBuilder()
				.grpcAddress(URI.create("http://" + address))
				.preferRestOverGrpc(false)
				.numJobWorkerExecutionThreads(4)
				.defaultRequestTimeout(Duration.ofMinutes(1))
				.build()) {
				BpmnModelInstance model = benchCopy();
				List<JobWorker> workers = openWorkers(client, model);
				String deployedOn = "";
				int switches = -1;
				Semaphore inFlight = new Semaphore(BareEngine.IN_FLIGHT);
				int next = 0;
				int nextCheckpoint = CASES / CHECKPOINTS;
				started = System.nanoTime();
				while (this.finished.get() < CASES) {
					if (this.finished.get() >= nextCheckpoint) {
						checkpoints.add(checkpoint(portal, this.finished.get(), switches));
						nextCheckpoint += CASES / CHECKPOINTS;
					}
					if (this.finished.get() + this.pending.get() >= CASES) {
						Thread.sleep(10);
						continue;
					}
					String epoch = readyEpoch(gateway, status);
					if (!epoch.equals(deployedOn)) {
						if (!deployed(client, model)) {
							continue;
						}
						deployedOn = epoch;
						switches++;
					}
					inFlight.acquire();
					this.pending.incrementAndGet();
					client.newCreateInstanceCommand()
						.bpmnProcessId(PROCESS)
						.latestVersion()
						.variables(BareEngine.startVariables(next++))
						.withResult()
						.fetchVariables("caseId")
						.requestTimeout(Duration.ofMinutes(5))
						.send()
						.whenComplete((result, error) -> {
							(error == null ? this.finished : this.cutOff).incrementAndGet();
							this.pending.decrementAndGet();
							inFlight.release();
						});
				}
				ended = System.nanoTime();
				checkpoints.add(checkpoint(portal, this.finished.get(), switches));
				workers.forEach(JobWorker::close);
			}
		}
		report(checkpoints, Duration.ofNanos(ended - started));
		assertThat(this.finished.get()).as("instances finished").isEqualTo(CASES);
	}

	/** unit-review.bpmn with its process id and job types prefixed. */
	private static BpmnModelInstance benchCopy() {
		BpmnModelInstance model = Bpmn
			.readModelFromStream(new ByteArrayInputStream(BareEngine.resource(BareEngine.PROCESS + ".bpmn")));
		model.getModelElementsByType(Process.class).forEach((process) -> process.setId(PROCESS));
		model.getModelElementsByType(ZeebeTaskDefinition.class)
			.forEach((task) -> task.setType(PREFIX + task.getType()));
		model.getModelElementsByType(ZeebeExecutionListener.class)
			.forEach((listener) -> listener.setType(PREFIX + listener.getType()));
		return model;
	}

	/**
	 * Whether the copy is deployed; {@code false} when the engine was being switched
	 * again, or its channel not yet back (the caller tries again).
	 */
	private static boolean deployed(CamundaClient client, BpmnModelInstance model) throws InterruptedException {
		try {
			deploy(client, model);
			return true;
		}
		catch (ClientException switching) {
			Thread.sleep(200);
			return false;
		}
	}

	/** The copy and the decisions it calls; again after every switch of engine. */
	private static void deploy(CamundaClient client, BpmnModelInstance model) {
		ByteArrayOutputStream bpmn = new ByteArrayOutputStream();
		Bpmn.writeModelToStream(bpmn, model);
		client.newDeployResourceCommand().addResourceBytes(bpmn.toByteArray(), PROCESS + ".bpmn").send().join();
		for (ZeebeCalledDecision decision : model.getModelElementsByType(ZeebeCalledDecision.class)) {
			String file = decision.getDecisionId() + ".dmn";
			client.newDeployResourceCommand().addResourceBytes(BareEngine.resource(file), file).send().join();
		}
	}

	private static List<JobWorker> openWorkers(CamundaClient client, BpmnModelInstance model) {
		List<JobWorker> workers = new ArrayList<>();
		for (String type : BareEngine.jobTypes(model)) {
			var output = BareEngine.output(type.substring(PREFIX.length()));
			workers.add(client.newWorker()
				.jobType(type)
				.handler((jobClient, job) -> jobClient.newCompleteCommand(job).variables(output).send().join())
				.name("finished-cases-bench")
				.timeout(Duration.ofMinutes(5))
				.streamEnabled(true)
				.open());
		}
		return workers;
	}

	/** The running engine's epoch, once it is ready (during a switch there is none). */
	private static String readyEpoch(EngineGateway gateway, EngineStatus status) throws InterruptedException {
		while (true) {
			if (status.snapshot().ready()) {
				try {
					return gateway.epoch();
				}
				catch (IllegalStateException switching) {
					// replaced between the two reads
				}
			}
			Thread.sleep(100);
		}
	}

	private static Checkpoint checkpoint(ConfigurableApplicationContext portal, int finished, int switches) {
		System.gc();
		long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
		Object records = portal.getBean("engineHealthIndicator", HealthIndicator.class)
			.health()
			.getDetails()
			.get("records");
		return new Checkpoint(finished, heap, String.valueOf(records), Math.max(0, switches));
	}

	private void report(List<Checkpoint> checkpoints, Duration elapsed) throws Exception {
		BenchReport report = new BenchReport("Finished cases: heap with the engine recycled at its bound (issue 14)");
		Checkpoint start = checkpoints.get(0);
		for (Checkpoint point : checkpoints) {
			long records = point.records().matches("\\d+") ? Long.parseLong(point.records()) : 0;
			report.row(point.finished() + " finished: heap after GC MB; engine log records; engine switches",
					point.heapMb() + "; " + point.records() + "; " + point.switches(),
					(point.finished() > 0 && records > 0)
							? BenchReport.number((point.heapMb() - start.heapMb()) * 1024.0 * 1024 / records)
									+ " B/record"
							: "–",
					"heap follows the records (≤ " + BOUND + "), not the cases");
		}
		report.row("finished instances per second", BenchReport.number(CASES / (elapsed.toNanos() / 1e9)), "–", "–");
		report.row("instances cut off by a switch and started again", String.valueOf(this.cutOff.get()), "–", "–");
		report.note("The portal in the bench's JVM on PostgreSQL, RocksDB state, fairflow.engine.recycle-after-records="
				+ BOUND + " checked every 5 s; " + CASES + " instances of unit-review.bpmn (a copy with its own "
				+ "process id and job types) down the auto-approval path with no-op workers, " + BareEngine.IN_FLIGHT
				+ " in flight. Heap of the whole JVM (portal, engine, bench client) after "
				+ "System.gc(); the ratio column is the heap above the start per record in the engine's log.");
		report.note("Instances cut off are the bench's own, not portal cases: the database does not know them, so "
				+ "a switch does not resume them (portal cases are resumed: EngineRecyclingTest, OpenCasesBench).");
		report.write();
	}

	record Checkpoint(int finished, long heapMb, String records, int switches) {
	}

}
