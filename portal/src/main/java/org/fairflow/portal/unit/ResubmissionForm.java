package org.fairflow.portal.unit;

/**
 * What a returned unit sends again: its details plus the credit code and category, which
 * it may correct (checked as at registration; the login follows the code).
 */
public class ResubmissionForm extends CodedUnitForm {

	static ResubmissionForm of(Unit unit) {
		ResubmissionForm form = new ResubmissionForm();
		form.copy(unit);
		form.setCreditCode(unit.getCreditCode());
		form.setCategory(unit.getCategory());
		return form;
	}

}
