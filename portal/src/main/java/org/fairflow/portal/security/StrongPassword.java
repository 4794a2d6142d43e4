package org.fairflow.portal.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The chosen password follows {@link PasswordPolicy}. On the form class, because one rule
 * needs the login too; the message goes to the {@code password} field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = StrongPassword.Validator.class)
public @interface StrongPassword {

	String message() default "{password.tooShort}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<StrongPassword, NewPassword> {

		@Override
		public boolean isValid(NewPassword form, ConstraintValidatorContext context) {
			if (form == null) {
				return true;
			}
			return PasswordPolicy.problem(form.getPassword(), form.login()).map((key) -> {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{" + key + "}")
					.addPropertyNode("password")
					.addConstraintViolation();
				return false;
			}).orElse(true);
		}

	}

}
