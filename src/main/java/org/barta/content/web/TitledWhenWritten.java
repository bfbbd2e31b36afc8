package org.barta.content.web;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A language with any text (summary or body) has a title; a language left empty needs none. A rule over the whole
 * {@link TranslationForm}, reported on its title.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = TitledWhenWritten.Check.class)
public @interface TitledWhenWritten {

    String message() default "{content.titleRequiredHere}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<TitledWhenWritten, TranslationForm> {

        @Override
        public boolean isValid(TranslationForm text, ConstraintValidatorContext context) {
            if (text == null || text.isBlank() || text.getTitle() != null && !text.getTitle().isBlank()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("title").addConstraintViolation();
            return false;
        }
    }
}
