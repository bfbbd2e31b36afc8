package org.barta.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a whole form object against its Jakarta Validation constraints before an action uses it. Faces checks each
 * input's own constraints as it is submitted; this adds the rules over several fields (a class-level constraint),
 * with messages from the ValidationMessages bundle in the view's language, each shown beside its field.
 */
@ApplicationScoped
public class FormValidation {

    @Inject
    ValidatorFactory factory;

    /**
     * True if the form meets its constraints. Otherwise each violation is shown at the component {@code fieldId}
     * names for its property path (null: at the top of the page).
     */
    public boolean check(Object form, Function<Path, String> fieldId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Set<ConstraintViolation<Object>> violations = validator(factory, faces.getViewRoot().getLocale())
                .validate(form);
        for (ConstraintViolation<Object> violation : violations) {
            faces.addMessage(fieldId.apply(violation.getPropertyPath()),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.getMessage(), null));
        }
        return violations.isEmpty();
    }

    /** A validator whose messages are in the given language, whatever the server's default. */
    public static Validator validator(ValidatorFactory factory, Locale locale) {
        MessageInterpolator interpolator = factory.getMessageInterpolator();
        return factory.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return interpolator.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return interpolator.interpolate(template, context, locale);
            }
        }).getValidator();
    }
}
