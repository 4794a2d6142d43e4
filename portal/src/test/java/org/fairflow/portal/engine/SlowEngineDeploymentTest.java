package org.fairflow.portal.engine;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.Process;
import io.grpc.Status;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * An engine that answers a deployment too late (a loaded machine at start-up) does not
 * stop the portal: the same content is sent again, which the engine deploys once.
 */
class SlowEngineDeploymentTest {

	private static final ModelResource MODEL = new ModelResource("unit-review.bpmn",
			"<definitions/>".getBytes(StandardCharsets.UTF_8));

	private final CamundaClient client = mock(CamundaClient.class, Answers.RETURNS_DEEP_STUBS);

	private final AtomicInteger sent = new AtomicInteger();

	private final ModelDeployment deployment = new ModelDeployment(this.client, null, null, null, null, null, null);

	@Test
	void aDeploymentPastItsDeadlineIsSentAgain() {
		DeploymentEvent event = mock(DeploymentEvent.class);
		Process process = mock(Process.class);
		when(process.getBpmnProcessId()).thenReturn("unit-review");
		when(process.getVersion()).thenReturn(4);
		when(event.getProcesses()).thenReturn(List.of(process));
		when(this.client.newDeployResourceCommand()
			.addResourceBytes(any(byte[].class), anyString())
			.requestTimeout(any())
			.send()
			.join()).thenAnswer((call) -> {
				if (this.sent.incrementAndGet() == 1) {
					throw new ClientStatusException(Status.DEADLINE_EXCEEDED, null);
				}
				return event;
			});

		Deployed deployed = this.deployment.deployOne(MODEL);

		assertThat(deployed.version()).isEqualTo(4);
		assertThat(this.sent).hasValue(2);
	}

	@Test
	void aRefusedDeploymentIsNotSentAgain() {
		when(this.client.newDeployResourceCommand()
			.addResourceBytes(any(byte[].class), anyString())
			.requestTimeout(any())
			.send()
			.join()).thenAnswer((call) -> {
				this.sent.incrementAndGet();
				throw new ClientStatusException(Status.INVALID_ARGUMENT, null);
			});

		assertThatExceptionOfType(ClientStatusException.class).isThrownBy(() -> this.deployment.deployOne(MODEL));
		assertThat(this.sent).hasValue(1);
	}

}
