package io.camel3cx.component;

import io.camel3cx.catalog.OperationParameter;
import io.camel3cx.catalog.ParameterLocation;
import io.camel3cx.http.ValueCoercion;

/** Converts an operation option's value to its declared type, with errors that name the option and operation. */
final class OptionValues {

    private OptionValues() {
    }

    /**
     * The canonical value of {@code value} for {@code option}.
     *
     * @param source where the value came from, for the error message ({@code the endpoint URI}, {@code header ...})
     */
    static Object convert(String operationKey, OperationParameter option, Object value, String source) {
        Object converted;
        try {
            converted = option.collection() && option.location() != ParameterLocation.BODY
                    ? ValueCoercion.coerceList(value, option.type())
                    : ValueCoercion.coerce(value, option.type());
        } catch (IllegalArgumentException e) {
            throw new OperationInputException(operationKey, option.name(), "option '" + option.name() + "' ("
                    + describe(option) + ") expects " + expected(option) + "; the value from " + source
                    + " does not fit: " + e.getMessage());
        }
        if (option.location() == ParameterLocation.HEADER && converted instanceof String text) {
            checkHeaderText(operationKey, option, text, source);
        }
        return converted;
    }

    /**
     * An HTTP header value is printable ASCII: a line break would end the header and start another one (or be
     * rewritten by the HTTP library, silently changing the value), and other characters have no agreed encoding.
     */
    private static void checkHeaderText(String operationKey, OperationParameter option, String text, String source) {
        for (int i = 0; i < text.length(); i++) {
            int c = text.codePointAt(i);
            if (c != '\t' && (c < 0x20 || c > 0x7E)) {
                throw new OperationInputException(operationKey, option.name(), "option '" + option.name() + "' ("
                        + describe(option) + ") expects printable ASCII text; the value from " + source
                        + " has U+" + String.format("%04X", c) + " at index " + i);
            }
        }
    }

    /** {@code path parameter Id}, {@code query option $filter}, {@code header If-Match}, {@code body property mac}. */
    static String describe(OperationParameter option) {
        return switch (option.location()) {
            case PATH -> "path parameter " + option.specName();
            case QUERY -> "query option " + option.specName();
            case HEADER -> "header " + option.specName();
            case BODY -> "body property " + option.specName();
        };
    }

    private static String expected(OperationParameter option) {
        String form = ValueCoercion.expectedForm(option.type());
        if (option.collection() && option.location() != ParameterLocation.BODY) {
            return "a list or comma-separated " + form;
        }
        return form;
    }
}
