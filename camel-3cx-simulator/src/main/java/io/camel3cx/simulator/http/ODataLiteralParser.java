package io.camel3cx.simulator.http;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;

import io.camel3cx.catalog.OperationParameter;
import io.camel3cx.catalog.ValueType;
import io.camel3cx.simulator.odata.ODataErrorException;

/**
 * Reads the OData literal of a key or function parameter in a path ({@code 42}, {@code 'O''Brien'},
 * {@code null}, {@code true}, {@code 2024-05-01T00:00:00Z}, a bare uuid) into a Java value of the
 * parameter's declared type. A literal of the wrong form is a 400 that names the parameter and the form
 * expected, so that a client sees exactly what it got wrong.
 */
public final class ODataLiteralParser {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final Pattern UUID_FORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private ODataLiteralParser() {
    }

    /** The value of {@code literal} (already percent-decoded) for {@code parameter}; null for {@code null}. */
    public static Object parse(String literal, OperationParameter parameter) {
        String name = parameter.specName();
        ValueType type = parameter.type();
        if ("null".equals(literal)) {
            if (parameter.nullable()) {
                return null;
            }
            throw invalid(name, literal, "a non-null " + describe(type) + " (the parameter is not nullable)");
        }
        switch (type) {
            case INT32, INT64 -> {
                if (!INTEGER.matcher(literal).matches()) {
                    throw invalid(name, literal, describe(type));
                }
                try {
                    return type == ValueType.INT32 ? (Object) Integer.parseInt(literal) : (Object) Long.parseLong(literal);
                } catch (NumberFormatException e) {
                    throw invalid(name, literal, describe(type) + " within range");
                }
            }
            case DECIMAL, DOUBLE -> {
                if (!DECIMAL.matcher(literal).matches()) {
                    throw invalid(name, literal, describe(type));
                }
                return new BigDecimal(literal);
            }
            case BOOLEAN -> {
                if (literal.equals("true") || literal.equals("false")) {
                    return Boolean.valueOf(literal);
                }
                throw invalid(name, literal, describe(type));
            }
            case DATE_TIME -> {
                if (literal.startsWith("'")) {
                    throw invalid(name, literal, describe(type) + " (date-times are written unquoted)");
                }
                try {
                    return OffsetDateTime.parse(literal);
                } catch (DateTimeParseException e) {
                    throw invalid(name, literal, describe(type));
                }
            }
            case DATE -> {
                try {
                    return LocalDate.parse(literal);
                } catch (DateTimeParseException e) {
                    throw invalid(name, literal, describe(type));
                }
            }
            case UUID -> {
                if (!UUID_FORM.matcher(literal).matches()) {
                    throw invalid(name, literal, describe(type) + " (uuids are written bare, unquoted)");
                }
                return UUID.fromString(literal);
            }
            default -> {
                return parseString(name, literal);
            }
        }
    }

    /** A quoted OData string: {@code 'it''s'} is {@code it's}. */
    public static String parseString(String name, String literal) {
        if (literal.length() < 2 || literal.charAt(0) != '\'' || literal.charAt(literal.length() - 1) != '\'') {
            throw invalid(name, literal, "a string in single quotes, e.g. 'text'");
        }
        String inner = literal.substring(1, literal.length() - 1);
        StringBuilder out = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\'') {
                if (i + 1 < inner.length() && inner.charAt(i + 1) == '\'') {
                    out.append('\'');
                    i++;
                } else {
                    throw invalid(name, literal, "a string in single quotes with every inner quote doubled ('')");
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String describe(ValueType type) {
        return switch (type) {
            case INT32 -> "Edm.Int32 integer, e.g. 42";
            case INT64 -> "Edm.Int64 integer, e.g. 42";
            case DECIMAL, DOUBLE -> "number, e.g. 1.5";
            case BOOLEAN -> "boolean, true or false";
            case DATE_TIME -> "ISO-8601 date-time with offset, e.g. 2024-05-01T00:00:00Z";
            case DATE -> "ISO-8601 date, e.g. 2024-05-01";
            case UUID -> "uuid, e.g. 9f1c2d3e-0000-4000-8000-000000000001";
            default -> "string in single quotes, e.g. 'text'";
        };
    }

    private static ODataErrorException invalid(String name, String literal, String expected) {
        return ODataErrorException.badRequest("The literal " + literal + " for parameter '" + name
                + "' is not valid: expected " + expected);
    }
}
