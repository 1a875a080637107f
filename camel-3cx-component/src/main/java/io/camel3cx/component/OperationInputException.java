package io.camel3cx.component;

/**
 * An operation cannot be called with what the route gave it: a required option or body is missing, or a value
 * does not fit its declared type. Raised before anything is sent; the message names the operation, the option
 * and what would be valid.
 */
public class OperationInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String operationKey;
    private final String option;

    public OperationInputException(String operationKey, String option, String message) {
        super("3CX " + operationKey + ": " + message);
        this.operationKey = operationKey;
        this.option = option;
    }

    /** {@code resource/operation}. */
    public String getOperationKey() {
        return operationKey;
    }

    /** The option at fault, or null when the message body is. */
    public String getOption() {
        return option;
    }
}
