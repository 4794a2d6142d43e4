package org.fairflow.portal.cases;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/** Process variables as stored in the case record (JSON). */
@Component
class Variables {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final ObjectMapper mapper;

	Variables(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	String write(Map<String, Object> variables) {
		try {
			return this.mapper.writeValueAsString(variables);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Variables cannot be stored as JSON", ex);
		}
	}

	Map<String, Object> read(String json) {
		try {
			return this.mapper.readValue(json, MAP);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Stored variables are not valid JSON", ex);
		}
	}

}
