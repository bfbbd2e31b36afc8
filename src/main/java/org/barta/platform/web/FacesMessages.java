package org.barta.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.barta.platform.BusinessException;

/** Adds messages from the {@code msg} resource bundle in the current view's language. */
public final class FacesMessages {

    public static final String BUNDLE = "org.barta.i18n.messages";

    private FacesMessages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale());
        String pattern = bundle.getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        // An argument that is itself a bundle key (a state or action name) is shown translated.
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] instanceof String k && bundle.containsKey(k) ? bundle.getString(k) : arguments[i];
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(shown);
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void error(String clientId, BusinessException refusal) {
        error(clientId, refusal.messageKey(), refusal.arguments());
    }

    public static void info(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
