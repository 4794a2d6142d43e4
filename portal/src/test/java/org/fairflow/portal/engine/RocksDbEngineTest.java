package org.fairflow.portal.engine;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.process.test.engine.IncidentRecordSource;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine with its state in RocksDB, as the portal wires it by default, runs a timer,
 * a message and a job-based user task over gRPC, and frees its state folder when it
 * stops. An engine upgrade that changes the wiring fails here (or, earlier, at compile
 * time).
 */
class RocksDbEngineTest {

	@TempDir
	Path dataDir;

	@Test
	void runsATimerAMessageAndAUserTaskJobAndDeletesItsStateWhenStopped() throws Exception {
		RocksDbEngines engines = new RocksDbEngines(this.dataDir);
		int port = freePort();
		ZeebeTestEngine engine = engines.create(port);
		engine.start();
		Path state = this.dataDir.resolve(RocksDbEngines.FOLDER);
		try (CamundaClient client = client(port)) {
			assertThat(folders(state)).as("one state folder while it runs").hasSize(1);
			client.newDeployResourceCommand().addProcessModel(probe(), "rocksdb-probe.bpmn").send().join();
			var finished = client.newCreateInstanceCommand()
				.bpmnProcessId("rocksdb-probe")
				.latestVersion()
				.variables(Map.of("ref", "r-1"))
				.withResult()
				.requestTimeout(Duration.ofMinutes(1))
				.send();

			client.newPublishMessageCommand()
				.messageName("probe-answer")
				.correlationKey("r-1")
				.timeToLive(Duration.ofMinutes(1))
				.variables(Map.of("answer", "yes"))
				.send()
				.join();
			ActivatedJob task = activate(client, "io.camunda.zeebe:userTask");
			assertThat(task.getVariablesAsMap()).containsEntry("answer", "yes");
			assertThat(task.getCustomHeaders()).containsEntry("io.camunda.zeebe:candidateGroups", "[\"reviewers\"]");
			client.newCompleteCommand(task).variables(Map.of("decision", "approve")).send().join();

			assertThat(finished.join().getVariablesAsMap()).as("the process ran to its end")
				.containsEntry("answer", "yes")
				.containsEntry("decision", "approve");
		}
		finally {
			engine.stop();
			engines.stopped(engine);
		}
		assertThat(folders(state)).as("the state folder is deleted with its engine").isEmpty();
	}

	@Test
	void itsRecordStreamKeepsOnlyIncidentsAndCountsEveryRecord() throws Exception {
		RocksDbEngines engines = new RocksDbEngines(this.dataDir);
		int port = freePort();
		ZeebeTestEngine engine = engines.create(port);
		engine.start();
		try (CamundaClient client = client(port)) {
			client.newDeployResourceCommand()
				.addProcessModel(Bpmn.createExecutableProcess("incident-probe")
					.startEvent()
					.serviceTask("Task_Fail", (task) -> task.zeebeJobType("probe-fail"))
					.endEvent()
					.done(), "incident-probe.bpmn")
				.send()
				.join();
			client.newCreateInstanceCommand().bpmnProcessId("incident-probe").latestVersion().send().join();
			ActivatedJob job = activate(client, "probe-fail");
			client.newFailCommand(job).retries(0).errorMessage("provider down").send().join();

			List<Record<?>> records = Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.until(() -> records(engine),
						(kept) -> kept.stream().anyMatch((record) -> record.getIntent() == IncidentIntent.CREATED));
			assertThat(records).as("only incidents are kept").allMatch((r) -> r.getValueType() == ValueType.INCIDENT);
			IncidentRecordValue incident = (IncidentRecordValue) records.stream()
				.filter((record) -> record.getIntent() == IncidentIntent.CREATED)
				.findFirst()
				.orElseThrow()
				.getValue();
			assertThat(incident.getElementId()).isEqualTo("Task_Fail");
			assertThat(incident.getErrorMessage()).isEqualTo("provider down");
			long counted = ((IncidentRecordSource) engine.getRecordStreamSource()).recordCount();
			assertThat(counted).as("every record of the log is counted").isGreaterThan(records.size() + 10L);
		}
		finally {
			engine.stop();
			engines.stopped(engine);
		}
	}

	private static List<Record<?>> records(ZeebeTestEngine engine) {
		return StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false).toList();
	}

	private static ActivatedJob activate(CamundaClient client, String type) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> client.newActivateJobsCommand().jobType(type).maxJobsToActivate(1).send().join().getJobs(),
					(jobs) -> !jobs.isEmpty())
			.get(0);
	}

	private static CamundaClient client(int port) {
		return CamundaClient.newClientBuilder()
			.grpcAddress(java.net.URI.create("http://127.0.0.1:" + port))
			.preferRestOverGrpc(false)
			.build();
	}

	@Test
	void stateLeftByAKilledPortalIsDeletedAtTheNextStart() throws Exception {
		Path leftover = Files.createDirectories(this.dataDir.resolve(RocksDbEngines.FOLDER).resolve("old-run"));
		Files.writeString(leftover.resolve("000001.sst"), "stale");

		new RocksDbEngines(this.dataDir);

		assertThat(leftover).doesNotExist();
	}

	/** start, timer, message, user task, end. */
	private static BpmnModelInstance probe() {
		return Bpmn.createExecutableProcess("rocksdb-probe")
			.startEvent("Start_Probe")
			.intermediateCatchEvent("Timer_Short")
			.timerWithDuration("PT0.2S")
			.intermediateCatchEvent("Message_Answer")
			.message((message) -> message.name("probe-answer").zeebeCorrelationKeyExpression("ref"))
			.userTask("Task_Review")
			.zeebeCandidateGroups("reviewers")
			.endEvent("End_Probe")
			.done();
	}

	private static List<Path> folders(Path state) throws Exception {
		if (!Files.isDirectory(state)) {
			return List.of();
		}
		try (Stream<Path> children = Files.list(state)) {
			return children.toList();
		}
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
