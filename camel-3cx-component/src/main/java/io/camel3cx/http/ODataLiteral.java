package io.camel3cx.http;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

import io.camel3cx.catalog.ValueType;

/**
 * Writes a value as an OData URL literal, the form keys and function parameters take inside the path
 * ({@code Users(42)}, {@code Backups('a.zip')}, {@code GetLogs(startDate=2024-05-01T00:00:00Z,...)}):
 * <ul>
 * <li>numbers bare, booleans {@code true}/{@code false}</li>
 * <li>strings in single quotes, a quote inside doubled ({@code O'Neil -> 'O''Neil'})</li>
 * <li>date-times ISO-8601 with seconds and zone, unquoted; dates ISO-8601; UUIDs bare</li>
 * <li>no value: {@code null}</li>
 * </ul>
 * The literal is not yet percent-encoded; see {@link UriEncoding#pathLiteral(String)}.
 */
public final class ODataLiteral {

    /** The literal the XAPI expects for an omitted nullable function parameter. */
    public static final String NULL = "null";

    // ISO_OFFSET_DATE_TIME drops ":00" seconds; OData's DateTimeOffset literal wants them, so spell it out.
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .appendOffset("+HH:MM", "Z")
            .toFormatter();

    private ODataLiteral() {
    }

    /**
     * The literal of {@code value} for a parameter declared as {@code type}, after {@link ValueCoercion}.
     *
     * @throws IllegalArgumentException when the value does not fit the type, or the type has no literal form
     */
    public static String format(Object value, ValueType type) {
        Object v = ValueCoercion.coerce(value, type);
        if (v == null) {
            return NULL;
        }
        return switch (type) {
            case STRING -> quote((String) v);
            case INT32, INT64, BOOLEAN -> v.toString();
            case DECIMAL, DOUBLE -> ((BigDecimal) v).toPlainString();
            case DATE_TIME -> dateTime((OffsetDateTime) v);
            case DATE -> ((LocalDate) v).toString();
            case UUID -> v.toString();
            case OBJECT, ARRAY -> throw new IllegalArgumentException("a JSON " + type.name().toLowerCase()
                    + " has no OData literal form in a path");
        };
    }

    /** A string literal: single quotes, inner quotes doubled. */
    public static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** An OData DateTimeOffset literal: {@code 2024-05-01T08:30:00Z}, {@code 2024-05-01T08:30:00.5+02:00}. */
    public static String dateTime(OffsetDateTime t) {
        return DATE_TIME.format(t);
    }
}
