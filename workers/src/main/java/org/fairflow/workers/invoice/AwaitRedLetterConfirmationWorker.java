package org.fairflow.workers.invoice;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.camunda.client.api.response.ActivatedJob;
import org.fairflow.workers.job.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Job type {@code await-red-letter-confirmation}: runs as the refund case starts waiting
 * for the buyer's confirmation of {@code refundRef}. The buyer may have confirmed already
 * (while the case was being resumed, or before the case reached the wait): the
 * {@code red-letter-confirmed} message published then may have expired or found no
 * subscription, so if the platform reports the confirmation the
 * {@link RedLetterListener}s are told again and the case gets its message. Output
 * {@code {}}. The wait itself, and the 72-hour timer, are the model's.
 */
@Component
class AwaitRedLetterConfirmationWorker implements Worker {

	static final String JOB_TYPE = "await-red-letter-confirmation";

	private static final Logger log = LoggerFactory.getLogger(AwaitRedLetterConfirmationWorker.class);

	private final RedLetters redLetters;

	private final ObjectProvider<RedLetterListener> listeners;

	AwaitRedLetterConfirmationWorker(RedLetters redLetters, ObjectProvider<RedLetterListener> listeners) {
		this.redLetters = redLetters;
		this.listeners = listeners;
	}

	@Override
	public String jobType() {
		return JOB_TYPE;
	}

	@Override
	public Map<String, Object> handle(ActivatedJob job) {
		String refundRef = RequestRedLetterWorker.required(job, "refundRef",
				job.getVariablesAsType(Input.class).refundRef());
		Optional<RedLetterAnswer> answer = this.redLetters.atPlatform(refundRef);
		if (answer.isEmpty()) {
			throw new IllegalStateException("The tax platform has no red letter for " + refundRef);
		}
		RedLetterAnswer.State state = answer.get().state();
		if (state == RedLetterAnswer.State.CONFIRMED || state == RedLetterAnswer.State.ISSUED) {
			List<RedLetterListener> all = this.listeners.orderedStream().toList();
			log.info("Red letter of {} is {} already: telling {} listener(s) again", refundRef, state, all.size());
			all.forEach((listener) -> listener.confirmed(refundRef));
		}
		return Map.of();
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Input(String refundRef) {
	}

}
