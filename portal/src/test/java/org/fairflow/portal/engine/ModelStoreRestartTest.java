package org.fairflow.portal.engine;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.RestartablePortal;
import org.fairflow.portal.unit.UnitCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every deployed model is kept; after the in-memory engine is lost, they are deployed
 * again in their order, so that each version has its number again, and every case resumes
 * on the version it ran on.
 */
class ModelStoreRestartTest {

	@RegisterExtension
	final RestartablePortal portal = RestartablePortal.onFreshSchema("models");

	private ConfigurableApplicationContext start() {
		return this.portal.start();
	}

	@Test
	void casesResumeOnTheVersionTheyStartedOnAfterTheEngineIsLost() throws Exception {
		ConfigurableApplicationContext first = start();
		Fixtures fixtures = Fixtures.of(first);
		Fixtures.Tree tree = fixtures.tree();
		ModelDeployment models = first.getBean(ModelDeployment.class);
		assertThat(versions(models.history())).containsEntry("unit-review.bpmn", List.of(1))
			.containsEntry("badge-fee.dmn", List.of(1));
		String onFirst = fixtures.register(Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub()));
		fixtures.awaitOpenTask(onFirst, "Task_FirstReview");

		StoredModel second = models.publish("unit-review.bpmn", changedUnitReview(), "owner", "新的短信文字");
		String onSecond = fixtures.register(Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub()));
		fixtures.awaitOpenTask(onSecond, "Task_FirstReview");
		assertThat(second.getVersion()).isEqualTo(2);
		assertThat(fixtures.caseRecord(onFirst).getProcessVersion()).isEqualTo(1);
		assertThat(fixtures.caseRecord(onSecond).getProcessVersion()).isEqualTo(2);
		first.close();

		ConfigurableApplicationContext again = start();
		Fixtures resumed = Fixtures.of(again);
		String epoch = again.getBean(EngineEpoch.class).current();
		resumed.awaitOpenTask(onFirst, "Task_FirstReview");
		resumed.awaitOpenTask(onSecond, "Task_FirstReview");

		assertThat(versions(again.getBean(ModelDeployment.class).history()))
			.containsEntry("unit-review.bpmn", List.of(1, 2))
			.containsEntry("badge-review.bpmn", List.of(1));
		CaseRecord firstCase = awaitResumed(resumed, onFirst, epoch);
		CaseRecord secondCase = awaitResumed(resumed, onSecond, epoch);
		assertThat(firstCase.getProcessVersion()).isEqualTo(1);
		assertThat(secondCase.getProcessVersion()).isEqualTo(2);
	}

	@Test
	void everyVersionIsFoundByItsEngineKeyAndCarriesItsVersionTagAlsoAfterARestart() throws Exception {
		ConfigurableApplicationContext first = start();
		ModelDeployment models = first.getBean(ModelDeployment.class);
		StoredModel form = models.publish("extra-review.form", form("v1"), "owner", null);
		StoredModel process = models.publish("unit-review.bpmn", taggedUnitReview(), "owner", null);
		assertThat(form.getVersionTag()).isEqualTo("v1");
		assertThat(process.getVersionTag()).isEqualTo("2026-12");
		assertThat(models.engineKey(form).flatMap(models::byEngineKey)).map(StoredModel::getId).contains(form.getId());
		assertThat(
				first.getBean(ProcessModels.class).elementName("unit-review", process.getVersion(), "Task_FirstReview"))
			.contains("初审（改）");
		assertThat(first.getBean(ProcessModels.class).elementName("unit-review", 1, "Task_FirstReview"))
			.isNotEqualTo(java.util.Optional.of("初审（改）"));
		long keyBefore = models.engineKey(process).orElseThrow();
		first.close();

		ConfigurableApplicationContext again = start();
		ModelDeployment replayed = again.getBean(ModelDeployment.class);
		long keyAfter = replayed.engineKey(process).orElseThrow();
		assertThat(replayed.byEngineKey(keyAfter)).map(StoredModel::getVersion).contains(process.getVersion());
		assertThat(replayed.find(StoredModel.Kind.FORM, "extra-review", null)).map(StoredModel::getId)
			.contains(form.getId());
		assertThat(replayed.find(StoredModel.Kind.BPMN, "unit-review", 1)).map(StoredModel::getVersion).contains(1);
		assertThat(keyAfter).as("a key of the lost engine means nothing now")
			.satisfiesAnyOf((k) -> assertThat(k).isNotEqualTo(keyBefore),
					(k) -> assertThat(replayed.byEngineKey(keyBefore)).map(StoredModel::getId)
						.contains(process.getId()));
	}

	private static byte[] form(String tag) {
		return ("{\"id\":\"extra-review\",\"type\":\"default\",\"versionTag\":\"" + tag
				+ "\",\"components\":[{\"key\":\"remark\",\"label\":\"备注\",\"type\":\"textfield\"}],"
				+ "\"schemaVersion\":16}")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] taggedUnitReview() throws Exception {
		String model = new ClassPathResource("models/unit-review.bpmn").getContentAsString(StandardCharsets.UTF_8);
		String tagged = model
			.replaceFirst("(<bpmn:process [^>]*>[\\s\\S]*?<bpmn:extensionElements>)",
					"$1<zeebe:versionTag value=\"2026-12\" />")
			.replace("id=\"Task_FirstReview\" name=\"初审 First review\"", "id=\"Task_FirstReview\" name=\"初审（改）\"");
		assertThat(tagged).contains("2026-12").contains("初审（改）");
		return tagged.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void aModelTheEngineRefusesIsNotStored() {
		ConfigurableApplicationContext context = start();
		ModelDeployment models = context.getBean(ModelDeployment.class);
		int before = models.history().size();
		byte[] broken = "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><process id=\"x\""
			.getBytes(StandardCharsets.UTF_8);

		assertThatExceptionOfType(EngineException.class)
			.isThrownBy(() -> models.publish("broken.bpmn", broken, "owner", null))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(EngineException.Reason.REFUSED));
		assertThat(models.history()).hasSize(before);
	}

	/**
	 * A case's checkpoint is written by the resumed case's first job on the new engine.
	 */
	private static CaseRecord awaitResumed(Fixtures fixtures, String caseId, String epoch) {
		return org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.until(() -> fixtures.caseRecord(caseId), (record) -> epoch.equals(record.getEngineEpoch()));
	}

	private static Map<String, List<Integer>> versions(List<StoredModel> history) {
		return history.stream()
			.collect(Collectors.groupingBy(StoredModel::getResourceName,
					Collectors.mapping(StoredModel::getVersion, Collectors.toList())));
	}

	private static byte[] changedUnitReview() throws Exception {
		String model = new ClassPathResource("models/unit-review.bpmn").getContentAsString(StandardCharsets.UTF_8);
		String changed = model.replace("正在审核中，审核结果将以短信通知您。", "正在审核中，结果将以短信通知。");
		assertThat(changed).isNotEqualTo(model);
		return changed.getBytes(StandardCharsets.UTF_8);
	}

}
