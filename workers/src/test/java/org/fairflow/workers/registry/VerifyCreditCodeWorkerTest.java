package org.fairflow.workers.registry;

import java.util.List;
import java.util.Map;

import org.fairflow.workers.job.TestJob;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.entry;

class VerifyCreditCodeWorkerTest {

	private static final String ENTERPRISE_CODE = "91350100M000100Y43";

	private final VerifyCreditCodeWorker worker = new VerifyCreditCodeWorker(
			new SimulatedCreditRegistry(List.of("9144030071526726XG")));

	@Test
	void handlesItsJobType() {
		assertThat(this.worker.jobType()).isEqualTo("verify-credit-code");
	}

	@Test
	void verifiesARegisteredCodeOfTheDeclaredCategory() {
		Map<String, Object> result = this.worker.handle(job(ENTERPRISE_CODE, "ENTERPRISE"));
		assertThat(result).containsOnly(entry("creditVerified", true), entry("registryCategory", "ENTERPRISE"));
	}

	@Test
	void doesNotVerifyWhenTheDeclaredCategoryDiffers() {
		Map<String, Object> result = this.worker.handle(job(ENTERPRISE_CODE, "SOCIAL_ORGANISATION"));
		assertThat(result).containsOnly(entry("creditVerified", false), entry("registryCategory", "ENTERPRISE"));
	}

	@Test
	void reportsNoCategoryForAnUnknownCode() {
		Map<String, Object> result = this.worker.handle(job("9144030071526726XG", "ENTERPRISE"));
		assertThat(result).containsOnly(entry("creditVerified", false), entry("registryCategory", null));
	}

	@Test
	void reportsNoCategoryForAMalformedOrMissingCode() {
		assertThat(this.worker.handle(job("91350100M000100Y44", "ENTERPRISE")))
			.containsOnly(entry("creditVerified", false), entry("registryCategory", null));
		assertThat(this.worker.handle(TestJob.of("verify-credit-code", "Task_VerifyCreditCode")
			.variable("caseId", "c-1")
			.variable("unitCategory", "ENTERPRISE"))).containsEntry("creditVerified", false);
	}

	@Test
	void letsARegistryFaultFailTheJobSoItIsRetried() {
		CreditRegistry down = (code) -> {
			throw new IllegalStateException("registry unreachable");
		};
		VerifyCreditCodeWorker failing = new VerifyCreditCodeWorker(down);
		assertThatIllegalStateException().isThrownBy(() -> failing.handle(job(ENTERPRISE_CODE, "ENTERPRISE")))
			.withMessage("registry unreachable");
	}

	private static TestJob job(String creditCode, String unitCategory) {
		return TestJob.of("verify-credit-code", "Task_VerifyCreditCode")
			.variable("caseId", "c-1")
			.variable("creditCode", creditCode)
			.variable("unitCategory", unitCategory)
			.variable("unitName", "示例有限公司")
			.variable("round", 1);
	}

}
