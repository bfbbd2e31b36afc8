package org.barta.content.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.barta.content.NetworkDetails;

/** A website, if given, is a full http:// or https:// address. */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = WebAddress.Check.class)
public @interface WebAddress {

    String message() default "{content.websiteInvalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<WebAddress, String> {

        @Override
        public boolean isValid(String website, ConstraintValidatorContext context) {
            return website == null || website.isBlank() || NetworkDetails.isWebsite(website.strip());
        }
    }
}
