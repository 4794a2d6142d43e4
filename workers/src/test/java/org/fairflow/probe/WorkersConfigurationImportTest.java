package org.fairflow.probe;

import java.util.List;
import java.util.UUID;

import org.fairflow.workers.job.Worker;
import org.fairflow.workers.notification.Channel;
import org.fairflow.workers.notification.MessageStatus;
import org.fairflow.workers.notification.Notifications;
import org.fairflow.workers.notification.OutboundRequest;
import org.fairflow.workers.registry.CreditRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** What the portal gets from {@code @Import(WorkersConfiguration.class)}. */
@SpringBootTest(classes = ProbeApplication.class)
class WorkersConfigurationImportTest {

	@Autowired
	List<Worker> workers;

	@Autowired
	CreditRegistry registry;

	@Autowired
	Notifications notifications;

	@Test
	void providesEveryWorkerOfThisModule() {
		assertThat(this.workers).extracting(Worker::jobType)
			.containsExactlyInAnyOrder("verify-credit-code", "send-sms", "send-email", "request-security-check",
					"deliver-badge", "issue-invoice", "request-red-letter", "await-red-letter-confirmation",
					"issue-red-letter", "open-online-room");
	}

	@Test
	void providesTheSimulatedRegistryByDefault() {
		assertThat(this.registry.lookup("91350100M000100Y43")).isPresent();
	}

	@Test
	void findsTheNotificationEntityAndRepositoryOutsideTheApplicationPackage() {
		String caseId = UUID.randomUUID().toString();
		this.notifications.send(OutboundRequest.of(caseId, "Task_Probe", 1, Channel.SMS, "+8613812345678", null, "hi"));
		assertThat(this.notifications.forCase(caseId)).singleElement()
			.satisfies((message) -> assertThat(message.status()).isEqualTo(MessageStatus.RECORDED));
	}

}
