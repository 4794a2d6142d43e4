package org.fairflow.processes;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnEdge;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnShape;
import io.camunda.zeebe.model.bpmn.instance.dc.Bounds;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conventions every model under {@code models/} keeps, so that the portal and the workers
 * can rely on them and a process owner can read the models.
 */
class ModelConventionsTest {

	private static final Pattern KEBAB_CASE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

	/**
	 * Kind prefix, then a readable PascalCase name: {@code Task_FirstReview};
	 * {@code Rule_} marks a business rule task that a decision table decides.
	 */
	private static final Pattern READABLE_NODE_ID = Pattern.compile(
			"(Start|End|Task|Rule|Gateway|Event|Boundary|Timer|Message|SubProcess|Call)_[A-Z][A-Za-z0-9]*(_[A-Za-z0-9]+)*");

	/** What the modeler generates: {@code Activity_0x1abcd}, {@code Flow_1k2j3h4}. */
	private static final Pattern GENERATED_ID = Pattern.compile("[A-Za-z]+_[0-9][0-9a-z]{6}|[A-Za-z]+_[0-9]+");

	private static final String DMN_NAMESPACE = "https://www.omg.org/spec/DMN/20191111/MODEL/";

	static Stream<Model> bpmnModels() throws IOException {
		List<Model> models = new ArrayList<>();
		for (Resource resource : resources("bpmn")) {
			try (InputStream in = resource.getInputStream()) {
				models.add(new Model(resource.getFilename(), Bpmn.readModelFromStream(in)));
			}
		}
		assertThat(models).as("BPMN models under models/").isNotEmpty();
		return models.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bpmnModels")
	void fileNameIsTheProcessId(Model model) {
		Collection<Process> processes = model.instance().getModelElementsByType(Process.class);

		assertThat(processes).hasSize(1);
		Process process = processes.iterator().next();
		assertThat(model.fileName()).isEqualTo(process.getId() + ".bpmn");
		assertThat(process.isExecutable()).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bpmnModels")
	void everyServiceTaskHasKebabCaseJobType(Model model) {
		for (ServiceTask task : model.instance().getModelElementsByType(ServiceTask.class)) {
			ZeebeTaskDefinition definition = task.getSingleExtensionElement(ZeebeTaskDefinition.class);
			assertThat(definition).as("job type of %s", task.getId()).isNotNull();
			assertThat(definition.getType()).as("job type of %s", task.getId()).matches(KEBAB_CASE);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bpmnModels")
	void everyElementHasReadableId(Model model) {
		for (FlowNode node : model.instance().getModelElementsByType(FlowNode.class)) {
			assertThat(node.getId()).as("id of a %s", node.getElementType().getTypeName())
				.matches(READABLE_NODE_ID)
				.doesNotMatch(GENERATED_ID);
			assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank();
		}
		for (SequenceFlow flow : model.instance().getModelElementsByType(SequenceFlow.class)) {
			assertThat(flow.getId()).as("id of a sequence flow").startsWith("Flow_").doesNotMatch(GENERATED_ID);
		}
	}

	/** The portal shows each reader one part of a name: {@link BilingualName}. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("bpmnModels")
	void everyFlowNodeIsNamedInChineseThenEnglish(Model model) {
		for (FlowNode node : model.instance().getModelElementsByType(FlowNode.class)) {
			assertThat(BilingualName.followsRule(node.getName())).as("name of %s: %s", node.getId(), node.getName())
				.isTrue();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bpmnModels")
	void everyNotificationTaskHasItsTexts(Model model) {
		assertThat(ModelRules.notificationTexts(model.instance())).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bpmnModels")
	void everyStatusTaskNamesStatusAndEvent(Model model) {
		for (ServiceTask task : model.instance().getModelElementsByType(ServiceTask.class)) {
			if (!ModelElements.jobType(task).equals("update-case-status")) {
				continue;
			}
			assertThat(ModelElements.headers(task)).as("headers of %s", task.getId())
				.hasEntrySatisfying("status", (status) -> assertThat(status).matches("[A-Z_]+"))
				.hasEntrySatisfying("event", (event) -> assertThat(event).matches("[A-Z_]+"));
		}
	}

	/** The inbox's needs are ModelRules'; a form key and both titles are conventions. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("bpmnModels")
	void everyUserTaskIsJobBasedWithCandidatesFormAndDecisions(Model model) {
		assertThat(ModelRules.userTasks(model.instance())).isEmpty();
		for (UserTask task : model.instance().getModelElementsByType(UserTask.class)) {
			ZeebeFormDefinition form = task.getSingleExtensionElement(ZeebeFormDefinition.class);
			assertThat(form).as("form of %s", task.getId()).isNotNull();
			assertThat(form.getFormKey()).as("form key of %s", task.getId()).matches(KEBAB_CASE);
			Map<String, String> headers = ModelElements.headers(task);
			assertThat(headers.get("title_zh")).as("title_zh of %s", task.getId()).isNotBlank();
			assertThat(headers.get("title_en")).as("title_en of %s", task.getId()).isNotBlank();
		}
	}

	/**
	 * The rule of docs/ARCHITECTURE.md, as ModelRules holds every published model to it:
	 * a due date is fixed when a case first reaches its step, in a variable
	 * {@code {round, at}} that the portal's checkpoint keeps, so a resumed case keeps it
	 * (same round) and a new round gets a new one.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("bpmnModels")
	void everyDueDateIsFixedOnceARoundInAVariable(Model model) {
		assertThat(DeadlineRules.deadlines(model.instance())).isEmpty();
		assertThat(DeadlineRules.deadlineDurations(model.instance())).as("deadlines the owner may change")
			.allSatisfy((variable, deadline) -> assertThat(variable).endsWith("Due"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bpmnModels")
	void everyElementIsDrawnWithoutOverlaps(Model model) {
		Map<String, Bounds> shapes = new HashMap<>();
		for (BpmnShape shape : model.instance().getModelElementsByType(BpmnShape.class)) {
			shapes.put(shape.getBpmnElement().getId(), shape.getBounds());
		}
		Set<String> edges = model.instance()
			.getModelElementsByType(BpmnEdge.class)
			.stream()
			.map((edge) -> edge.getBpmnElement().getId())
			.collect(Collectors.toSet());
		List<FlowNode> nodes = List.copyOf(model.instance().getModelElementsByType(FlowNode.class));
		for (FlowNode node : nodes) {
			assertThat(shapes).as("diagram shapes").containsKey(node.getId());
		}
		for (SequenceFlow flow : model.instance().getModelElementsByType(SequenceFlow.class)) {
			assertThat(edges).as("diagram edges").contains(flow.getId());
		}
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				FlowNode a = nodes.get(i);
				FlowNode b = nodes.get(j);
				if (drawnOnOrInside(a, b) || drawnOnOrInside(b, a)) {
					continue;
				}
				assertThat(overlap(shapes.get(a.getId()), shapes.get(b.getId())))
					.as("%s overlaps %s", a.getId(), b.getId())
					.isFalse();
			}
		}
		for (FlowNode node : nodes) {
			if (node instanceof BoundaryEvent boundary) {
				Bounds host = shapes.get(boundary.getAttachedTo().getId());
				assertThat(overlap(shapes.get(node.getId()), host))
					.as("%s drawn on the border of its host", node.getId())
					.isTrue();
				assertThat(inside(shapes.get(node.getId()), host))
					.as("%s drawn on the border of its host", node.getId())
					.isFalse();
			}
			else if (node.getParentElement() instanceof SubProcess parent) {
				assertThat(inside(shapes.get(node.getId()), shapes.get(parent.getId())))
					.as("%s drawn inside %s", node.getId(), parent.getId())
					.isTrue();
			}
		}
	}

	@Test
	void everyDecisionFileIsNamedAfterItsDecision() throws Exception {
		List<Resource> decisions = resources("dmn");
		assertThat(decisions).as("DMN models under models/").isNotEmpty();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		for (Resource resource : decisions) {
			Document document;
			try (InputStream in = resource.getInputStream()) {
				document = factory.newDocumentBuilder().parse(in);
			}
			assertThat(document.getDocumentElement().getNamespaceURI())
				.as("DMN 1.3 namespace of %s", resource.getFilename())
				.isEqualTo(DMN_NAMESPACE);
			NodeList nodes = document.getElementsByTagNameNS(DMN_NAMESPACE, "decision");
			List<String> ids = new ArrayList<>();
			for (int i = 0; i < nodes.getLength(); i++) {
				ids.add(((Element) nodes.item(i)).getAttribute("id"));
			}
			assertThat(ids).as("decisions of %s", resource.getFilename())
				.contains(resource.getFilename().replaceFirst("\\.dmn$", ""));
		}
	}

	private static List<Resource> resources(String extension) throws IOException {
		return List.of(new PathMatchingResourcePatternResolver().getResources("classpath*:models/*." + extension));
	}

	/**
	 * A subprocess contains the shapes of its elements, and a boundary event sits on the
	 * border of its host: both overlap by design. They are checked apart.
	 */
	private static boolean drawnOnOrInside(FlowNode node, FlowNode other) {
		if (node instanceof BoundaryEvent boundary && boundary.getAttachedTo() == other) {
			return true;
		}
		for (ModelElementInstance parent = node.getParentElement(); parent != null; parent = parent
			.getParentElement()) {
			if (parent == other) {
				return true;
			}
		}
		return false;
	}

	private static boolean inside(Bounds inner, Bounds outer) {
		return inner.getX() >= outer.getX() && inner.getY() >= outer.getY()
				&& inner.getX() + inner.getWidth() <= outer.getX() + outer.getWidth()
				&& inner.getY() + inner.getHeight() <= outer.getY() + outer.getHeight();
	}

	private static boolean overlap(Bounds a, Bounds b) {
		return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
				&& a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
	}

	record Model(String fileName, BpmnModelInstance instance) {

		@Override
		public String toString() {
			return this.fileName;
		}

	}

}
