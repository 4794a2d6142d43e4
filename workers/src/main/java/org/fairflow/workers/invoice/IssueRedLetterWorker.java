package org.fairflow.workers.invoice;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.camunda.client.api.response.ActivatedJob;
import org.fairflow.workers.job.BusinessError;
import org.fairflow.workers.job.Worker;

import org.springframework.stereotype.Component;

/**
 * Job type {@code issue-red-letter}: issues the red invoice of {@code refundRef} once the
 * buyer confirmed its confirmation, through {@link RedLetters} (idempotent).
 *
 * <p>
 * Output: {@code redLetterNumber} and {@code redLetterTotal} (negative decimal string
 * with 2 places). A lapsed confirmation is BPMN error {@value #LAPSED}; a platform fault,
 * or a confirmation not confirmed yet, fails the job for a retry.
 */
@Component
class IssueRedLetterWorker implements Worker {

	static final String JOB_TYPE = "issue-red-letter";

	/** BPMN error code: the confirmation lapsed before the red invoice was issued. */
	static final String LAPSED = "RED_LETTER_LAPSED";

	private final RedLetters redLetters;

	IssueRedLetterWorker(RedLetters redLetters) {
		this.redLetters = redLetters;
	}

	@Override
	public String jobType() {
		return JOB_TYPE;
	}

	@Override
	public Map<String, Object> handle(ActivatedJob job) {
		String refundRef = RequestRedLetterWorker.required(job, "refundRef",
				job.getVariablesAsType(Input.class).refundRef());
		RedLetterAnswer answer;
		try {
			answer = this.redLetters.issue(refundRef);
		}
		catch (RedLetterRefusedException ex) {
			throw new BusinessError(
					RedLetterRefusedException.LAPSED.equals(ex.reason()) ? LAPSED : RequestRedLetterWorker.REFUSED,
					ex.reason() + ": " + ex.getMessage());
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("redLetterNumber", answer.redLetterNumber());
		result.put("redLetterTotal", answer.total().toPlainString());
		return result;
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Input(String refundRef) {
	}

}
