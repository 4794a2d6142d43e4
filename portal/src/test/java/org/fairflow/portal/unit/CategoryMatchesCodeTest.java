package org.fairflow.portal.unit;

import org.fairflow.portal.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

/** The declared category against the credit code's (GB 32100 authority and kind). */
class CategoryMatchesCodeTest {

	@ParameterizedTest
	@EnumSource(UnitCategory.class)
	void aCodeOfTheDeclaredKindPasses(UnitCategory category) {
		assertThat(validate(Fixtures.creditCode(category), category).hasErrors()).isFalse();
	}

	@Test
	void anEnterpriseWithAPublicInstitutionsCodeIsRefusedOnTheCategory() {
		Errors errors = validate(Fixtures.creditCode(UnitCategory.PUBLIC_INSTITUTION), UnitCategory.ENTERPRISE);

		assertThat(errors.getFieldError("category")).isNotNull();
		assertThat(errors.getFieldError("category").getCode()).isEqualTo("unit.category.mismatch");
		assertThat(errors.getFieldError("category").getArguments()[0]).isEqualTo("12");
	}

	@Test
	void aGovernmentBodyWithAnEnterpriseCodeAndOtherWithASocialOrganisationsAreRefused() {
		assertThat(validate(Fixtures.creditCode(UnitCategory.ENTERPRISE), UnitCategory.GOVERNMENT).hasErrors())
			.isTrue();
		assertThat(validate(Fixtures.creditCode(UnitCategory.SOCIAL_ORGANISATION), UnitCategory.OTHER).hasErrors())
			.isTrue();
	}

	private static Errors validate(String code, UnitCategory category) {
		RegistrationForm form = new RegistrationForm();
		form.setCreditCode(code.toLowerCase(java.util.Locale.ROOT));
		form.setCategory(category);
		Errors errors = new BeanPropertyBindingResult(form, "form");
		new CategoryMatchesCode().validate(form, errors);
		return errors;
	}

}
