package org.barta.content.web;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An item has text in at least one language. A rule over the whole {@link ItemForm}, shown at the top. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = WrittenInSomeLanguage.Check.class)
public @interface WrittenInSomeLanguage {

    String message() default "{content.titleRequired}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<WrittenInSomeLanguage, ItemForm> {

        @Override
        public boolean isValid(ItemForm form, ConstraintValidatorContext context) {
            return form == null || form.isWritten();
        }
    }
}
