package org.fairflow.portal.unit;

import org.fairflow.workers.registry.CreditCode;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The declared category must be the one the credit code was issued for: an "enterprise"
 * with a 12… code (a public institution's) is refused on the category field, naming both
 * categories in the person's language. A Spring validator rather than a Bean Validation
 * constraint, because the message's arguments are themselves messages.
 */
class CategoryMatchesCode implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return CodedUnitForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		CodedUnitForm form = (CodedUnitForm) target;
		if (form.getCategory() == null || errors.hasFieldErrors("creditCode") || errors.hasFieldErrors("category")) {
			return;
		}
		String code = CreditCode.normalise(form.getCreditCode());
		UnitCategory ofCode = UnitCategory.ofCreditCode(code);
		if (ofCode != form.getCategory()) {
			errors.rejectValue("category", "unit.category.mismatch",
					new Object[] { code.substring(0, 2), label(ofCode), label(form.getCategory()) }, null);
		}
	}

	private static DefaultMessageSourceResolvable label(UnitCategory category) {
		return new DefaultMessageSourceResolvable("category." + category.name());
	}

}
