package org.barta.platform;

import java.util.Arrays;

/**
 * A refusal the user can act on. It carries a resource-bundle key (and arguments) rather than text, so the
 * page shows it in the user's language.
 */
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
