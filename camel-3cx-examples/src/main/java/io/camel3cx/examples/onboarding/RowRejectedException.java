package io.camel3cx.examples.onboarding;

/**
 * A row that cannot be onboarded for a reason found before the PBX was asked to change anything: a blank column,
 * or a department that is no group on the PBX.
 */
public class RowRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    public RowRejectedException(String message) {
        super(message);
    }
}
