package org.barta.content.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.barta.content.Slugs;

/** An address (slug) typed by the editor has letters or digits to make one of; left empty, the title makes it. */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = SlugText.Check.class)
public @interface SlugText {

    String message() default "{content.slugInvalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<SlugText, String> {

        @Override
        public boolean isValid(String slug, ConstraintValidatorContext context) {
            return slug == null || slug.isBlank() || !Slugs.slugify(slug).isEmpty();
        }
    }
}
