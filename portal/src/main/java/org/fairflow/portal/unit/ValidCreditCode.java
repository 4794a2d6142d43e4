package org.fairflow.portal.unit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.fairflow.workers.registry.CreditCode;

/** A unified social credit code whose check character is right (GB 32100-2015). */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidCreditCode.Validator.class)
@interface ValidCreditCode {

	String message() default "{unit.creditCode.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Names the exact problem so the person knows what to fix. */
	class Validator implements ConstraintValidator<ValidCreditCode, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return CreditCode.check(value).map((problem) -> {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{unit.creditCode." + problem.name() + "}")
					.addConstraintViolation();
				return false;
			}).orElse(true);
		}

	}

}
