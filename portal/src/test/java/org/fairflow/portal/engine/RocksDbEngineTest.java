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
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
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
		try (CamundaClient client = CamundaClient.newClientBuilder()
			.grpcAddress(java.net.URI.create("http://127.0.0.1:" + port))
			.preferRestOverGrpc(false)
			.build()) {
			assertThat(folders(state)).as("one state folder while it runs").hasSize(1);
			client.newDeployResourceCommand().addProcessModel(probe(), "rocksdb-probe.bpmn").send().join();
			long key = client.newCreateInstanceCommand()
				.bpmnProcessId("rocksdb-probe")
				.latestVersion()
				.variables(Map.of("ref", "r-1"))
				.send()
				.join()
				.getProcessInstanceKey();

			client.newPublishMessageCommand()
				.messageName("probe-answer")
				.correlationKey("r-1")
				.timeToLive(Duration.ofMinutes(1))
				.variables(Map.of("answer", "yes"))
				.send()
				.join();
			ActivatedJob task = Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.until(() -> client.newActivateJobsCommand()
					.jobType("io.camunda.zeebe:userTask")
					.maxJobsToActivate(1)
					.send()
					.join()
					.getJobs(), (jobs) -> !jobs.isEmpty())
				.get(0);
			assertThat(task.getVariablesAsMap()).containsEntry("answer", "yes");
			assertThat(task.getCustomHeaders()).containsEntry("io.camunda.zeebe:candidateGroups", "[\"reviewers\"]");
			client.newCompleteCommand(task).variables(Map.of("decision", "approve")).send().join();

			Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.until(() -> completedElements(engine, key).contains(BpmnElementType.PROCESS));
			assertThat(completedElements(engine, key)).contains(BpmnElementType.INTERMEDIATE_CATCH_EVENT,
					BpmnElementType.USER_TASK);
		}
		finally {
			engine.stop();
			engines.stopped(engine);
		}
		assertThat(folders(state)).as("the state folder is deleted with its engine").isEmpty();
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

	private static List<BpmnElementType> completedElements(ZeebeTestEngine engine, long processInstanceKey) {
		return StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
			.filter((record) -> record.getValueType() == ValueType.PROCESS_INSTANCE
					&& record.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED)
			.map(RocksDbEngineTest::value)
			.filter((value) -> value.getProcessInstanceKey() == processInstanceKey)
			.map(ProcessInstanceRecordValue::getBpmnElementType)
			.toList();
	}

	private static ProcessInstanceRecordValue value(Record<?> record) {
		return (ProcessInstanceRecordValue) record.getValue();
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
