package org.fairflow.portal.unit;

import jakarta.validation.constraints.NotNull;

/**
 * The unit's details plus its credit code and category, as registration and resubmission
 * state them, so both check them the same way ({@link ValidCreditCode},
 * {@link CategoryMatchesCode}).
 */
public class CodedUnitForm extends UnitDetailsForm {

	@ValidCreditCode
	private String creditCode;

	@NotNull(message = "{unit.category.required}")
	private UnitCategory category;

	public String getCreditCode() {
		return this.creditCode;
	}

	public void setCreditCode(String creditCode) {
		this.creditCode = creditCode;
	}

	public UnitCategory getCategory() {
		return this.category;
	}

	public void setCategory(UnitCategory category) {
		this.category = category;
	}

}
