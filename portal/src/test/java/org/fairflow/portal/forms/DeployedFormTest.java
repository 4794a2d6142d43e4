package org.fairflow.portal.forms;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The server's check of submitted form data against a form-js schema. */
class DeployedFormTest {

	private static final String SCHEMA = """
			{"id": "booth", "type": "default", "components": [
			  {"type": "text", "text": "# Booth"},
			  {"type": "textfield", "key": "name", "label": "名称 Name",
			   "validate": {"required": true, "minLength": 2, "maxLength": 5}},
			  {"type": "textfield", "key": "code", "label": "Code",
			   "validate": {"pattern": "[A-H]-\\\\d+", "patternErrorMessage": "like C-12"}},
			  {"type": "textfield", "key": "mail", "label": "Mail", "validate": {"validationType": "email"}},
			  {"type": "number", "key": "area", "label": "Area", "validate": {"min": 9, "max": "36"}},
			  {"type": "checkbox", "key": "corner", "label": "Corner"},
			  {"type": "checkbox", "key": "agreed", "label": "Agreed", "validate": {"required": true}},
			  {"type": "select", "key": "hall", "label": "Hall",
			   "values": [{"label": "Hall 1", "value": "H1"}, {"label": "Hall 2", "value": "H2"}]},
			  {"type": "checklist", "key": "services", "label": "Services", "valuesKey": "serviceOptions"},
			  {"type": "radio", "key": "size", "label": "Size", "validate": {"required": true},
			   "conditional": {"hide": "=corner"}, "values": [{"label": "S", "value": "S"}]},
			  {"type": "textfield", "key": "fixedNote", "label": "Fixed", "readonly": true},
			  {"type": "group", "path": "contact", "components": [
			    {"type": "textfield", "key": "phone", "label": "Phone", "validate": {"validationType": "phone"}}]},
			  {"type": "filepicker", "key": "plan", "label": "Plan"}
			]}
			""";

	private static final Map<String, Object> VARIABLES = Map.of("serviceOptions",
			List.of(Map.of("label", "Power", "value", "power"), Map.of("label", "Water", "value", "water")));

	private final DeployedForm form = new DeployedForm("booth", 3, SCHEMA.getBytes(StandardCharsets.UTF_8));

	@Test
	void acceptableDataBecomesTypedVariablesAndEverythingElseIsDropped() {
		Map<String, Object> values = this.form.check("""
				{"name": "Acme", "code": "xC-12", "area": "12.5", "corner": true, "agreed": true, "hall": "H2",
				 "services": ["water"], "contact": {"phone": "+8613912345678"}, "fixedNote": "changed",
				 "plan": "file", "caseId": "forged", "extra": 1}
				""", VARIABLES);

		assertThat(values).containsEntry("name", "Acme")
			.containsEntry("code", "xC-12")
			.containsEntry("area", new java.math.BigDecimal("12.5"))
			.containsEntry("corner", true)
			.containsEntry("hall", "H2")
			.containsEntry("services", List.of("water"))
			.containsEntry("contact", Map.of("phone", "+8613912345678"))
			.containsEntry("mail", null)
			.doesNotContainKeys("fixedNote", "plan", "caseId", "extra");
	}

	@Test
	void everyRuleOfTheSchemaIsCheckedAndNamedPerField() {
		assertThatThrownBy(() -> this.form.check("""
				{"name": " A ", "code": "Z1", "mail": "not-mail", "area": 40, "hall": "H9",
				 "services": ["gas"], "contact": {"phone": "12345"}}
				""", VARIABLES)).isInstanceOfSatisfying(FormRejectedException.class,
				(ex) -> assertThat(ex.errors()).extracting(FieldError::field, FieldError::messageKey)
					.containsExactly(tuple("name", "form.minLength"), tuple("code", "form.patternOwn"),
							tuple("mail", "form.email"), tuple("area", "form.max"), tuple("agreed", "form.required"),
							tuple("hall", "form.notAnOption"), tuple("services", "form.notAnOption"),
							tuple("contact.phone", "form.phone")));
	}

	@Test
	void theMessageArgumentsNameTheLabelAndTheLimit() {
		assertThatThrownBy(() -> this.form.check("{\"name\": \"Too long\", \"agreed\": true, \"area\": 3}", VARIABLES))
			.isInstanceOfSatisfying(FormRejectedException.class,
					(ex) -> assertThat(ex.errors()).extracting(FieldError::messageKey, (e) -> List.of(e.args()))
						.containsExactly(tuple("form.maxLength", List.of("名称 Name", 5)),
								tuple("form.min", List.of("Area", "9"))));
	}

	@Test
	void valuesOfTheWrongTypeAreRefusedNotConverted() {
		assertThatThrownBy(() -> this.form.check("""
				{"name": 42, "area": "twelve", "agreed": "yes", "services": "water", "hall": {"x": 1}}
				""", VARIABLES)).isInstanceOfSatisfying(FormRejectedException.class,
				(ex) -> assertThat(ex.errors()).extracting(FieldError::field, FieldError::messageKey)
					.containsExactly(tuple("name", "form.notText"), tuple("area", "form.notANumber"),
							tuple("agreed", "form.notYesNo"), tuple("hall", "form.notAnOption"),
							tuple("services", "form.notAList")));
	}

	@Test
	void blankTextAndAnUncheckedBoxCountAsMissingForRequiredFields() {
		assertThatThrownBy(() -> this.form.check("{\"name\": \"  \", \"agreed\": false}", VARIABLES))
			.isInstanceOfSatisfying(FormRejectedException.class,
					(ex) -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly("name", "agreed"));
	}

	@Test
	void aFieldThatAConditionMayHideIsNotRequiredButStillChecked() {
		Map<String, Object> values = this.form.check("{\"name\": \"Acme\", \"agreed\": true}", VARIABLES);
		assertThat(values).containsEntry("size", null);

		assertThatThrownBy(() -> this.form.check("{\"name\": \"Acme\", \"agreed\": true, \"size\": \"XL\"}", VARIABLES))
			.isInstanceOfSatisfying(FormRejectedException.class,
					(ex) -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly("size"));
	}

	@Test
	void dataThatIsNotJsonIsRefusedAsUnreadable() {
		assertThatThrownBy(() -> this.form.check("{not json", VARIABLES)).isInstanceOfSatisfying(
				FormRejectedException.class,
				(ex) -> assertThat(ex.errors()).extracting(FieldError::messageKey).containsExactly("form.unreadable"));
		assertThatThrownBy(() -> this.form.check("[1, 2]", VARIABLES)).isInstanceOf(FormRejectedException.class);
	}

	@Test
	void textLongerThanAnyProcessVariableShouldHoldIsRefusedEvenWithoutAMaximum() {
		String huge = "x".repeat(FormValidator.MAX_TEXT + 1);
		assertThatThrownBy(() -> this.form
			.check("{\"name\": \"Acme\", \"agreed\": true, \"mail\": \"" + huge + "@example.com\"}", VARIABLES))
			.isInstanceOfSatisfying(FormRejectedException.class,
					(ex) -> assertThat(ex.errors()).extracting(FieldError::messageKey).contains("form.maxLength"));
	}

	@Test
	void thePrefillHoldsOnlyTheFormsFieldsAndTheirOptions() {
		String prefill = this.form.prefillJson(Map.of("name", "Acme", "contact", Map.of("phone", "+8613912345678"),
				"contactMobile", "13912345678", "serviceOptions", List.of("power")));

		assertThat(prefill).contains("\"name\":\"Acme\"")
			.contains("\"phone\":\"+8613912345678\"")
			.contains("\"serviceOptions\":[\"power\"]")
			.doesNotContain("contactMobile");
	}

	@Test
	void bytesThatAreNoFormJsSchemaAreRefusedWhenRead() {
		assertThatThrownBy(() -> new DeployedForm("x", 1, "{\"no\": 1}".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new DeployedForm("x", 1, "<xml/>".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
