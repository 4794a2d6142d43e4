package org.fairflow.workers.job;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.DocumentReferenceResponse;
import io.camunda.client.api.response.UserTaskProperties;
import io.camunda.client.api.search.enums.JobKind;
import io.camunda.client.api.search.enums.ListenerEventType;

/**
 * A hand-made job for unit tests of workers: no engine needed. Variables go through JSON
 * like the real client's, so numbers and nested objects arrive as they would.
 */
public final class TestJob implements ActivatedJob {

	// Configured as the Camunda client's own mapper is: unknown properties are ignored.
	private static final ObjectMapper JSON = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	private final String type;

	private final String elementId;

	private final Map<String, Object> variables = new LinkedHashMap<>();

	private final Map<String, String> headers = new LinkedHashMap<>();

	private long key = 1;

	private TestJob(String type, String elementId) {
		this.type = type;
		this.elementId = elementId;
	}

	public static TestJob of(String type, String elementId) {
		return new TestJob(type, elementId);
	}

	public TestJob variable(String name, Object value) {
		this.variables.put(name, value);
		return this;
	}

	public TestJob header(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	public TestJob key(long key) {
		this.key = key;
		return this;
	}

	@Override
	public long getKey() {
		return this.key;
	}

	@Override
	public String getType() {
		return this.type;
	}

	@Override
	public long getProcessInstanceKey() {
		return 2251799813685249L;
	}

	@Override
	public String getBpmnProcessId() {
		return "unit-review";
	}

	@Override
	public int getProcessDefinitionVersion() {
		return 1;
	}

	@Override
	public long getProcessDefinitionKey() {
		return 2251799813685248L;
	}

	@Override
	public String getElementId() {
		return this.elementId;
	}

	@Override
	public long getElementInstanceKey() {
		return 2251799813685250L;
	}

	@Override
	public Map<String, String> getCustomHeaders() {
		return Collections.unmodifiableMap(this.headers);
	}

	@Override
	public String getWorker() {
		return "test";
	}

	@Override
	public int getRetries() {
		return 3;
	}

	@Override
	public long getDeadline() {
		return System.currentTimeMillis() + 300_000;
	}

	@Override
	public String getVariables() {
		try {
			return JSON.writeValueAsString(this.variables);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	@SuppressWarnings("unchecked")
	public Map<String, Object> getVariablesAsMap() {
		return fromJson(Map.class);
	}

	@Override
	public <T> T getVariablesAsType(Class<T> variableType) {
		return fromJson(variableType);
	}

	@Override
	public Object getVariable(String name) {
		return getVariablesAsMap().get(name);
	}

	@Override
	public UserTaskProperties getUserTask() {
		return null;
	}

	@Override
	public JobKind getKind() {
		return JobKind.BPMN_ELEMENT;
	}

	@Override
	public ListenerEventType getListenerEventType() {
		return ListenerEventType.UNSPECIFIED;
	}

	@Override
	public String toJson() {
		return getVariables();
	}

	@Override
	public String getTenantId() {
		return "<default>";
	}

	@Override
	public List<DocumentReferenceResponse> getDocumentReferences(String variableName) {
		return List.of();
	}

	@Override
	public Set<String> getTags() {
		return Set.of();
	}

	private <T> T fromJson(Class<T> type) {
		try {
			return JSON.readValue(getVariables(), type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
