package io.camel3cx.http;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.node.ValueNode;

import io.camel3cx.catalog.ValueType;

/**
 * Turns the Java forms a route may hold (text from a URI, numbers, dates, maps...) into the one canonical Java
 * value of an XAPI {@link ValueType}, or says why it cannot:
 * <ul>
 * <li>INT32 {@link Integer}, INT64 {@link Long}, DECIMAL and DOUBLE {@link BigDecimal} (exact, so {@code 42}
 * stays {@code 42}), BOOLEAN {@link Boolean}, STRING {@link String}</li>
 * <li>DATE_TIME {@link OffsetDateTime}: accepts {@code OffsetDateTime}, {@code ZonedDateTime}, {@code Instant},
 * {@code java.util.Date} (and {@code java.sql.Timestamp}), {@code Calendar}, {@code LocalDateTime} and
 * {@code LocalDate} (both taken as UTC, since they carry no zone) and ISO-8601 text with an offset; not
 * {@code java.sql.Date} or {@code java.sql.Time}, which hold only a day or only a time of day</li>
 * <li>DATE {@link LocalDate} (also from {@code java.sql.Date}), UUID {@link UUID} (text must be the canonical
 * 8-4-4-4-12 hex form)</li>
 * <li>OBJECT and ARRAY a Jackson {@link JsonNode}: from maps, lists, arrays, POJOs or JSON text</li>
 * </ul>
 * A Jackson value node ({@code TextNode}, {@code NumericNode}, {@code BooleanNode}...) stands for its Java value,
 * and an {@code ArrayNode} is a list like any other, so a value from camel-jackson converts as the plain one would.
 * A failure is an {@link IllegalArgumentException} whose message describes the expected form; callers add the
 * option and operation names.
 */
public final class ValueCoercion {

    private static final Pattern UUID_TEXT
            = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private ValueCoercion() {
    }

    /** The canonical value of {@code type}; null and an empty {@link Optional} stay null. */
    public static Object coerce(Object value, ValueType type) {
        value = unwrap(value);
        if (value == null) {
            return null;
        }
        // a JSON type keeps its node as is: TextNode "abc" is a JSON string, not the JSON text abc
        if (value instanceof ValueNode node && type != ValueType.OBJECT && type != ValueType.ARRAY) {
            value = javaValue(node);
        }
        return switch (type) {
            case STRING -> toText(value);
            case INT32 -> toInt(value);
            case INT64 -> toLong(value);
            case DECIMAL, DOUBLE -> inDoubleRange(toDecimal(value), value);
            case BOOLEAN -> toBoolean(value);
            case DATE_TIME -> toDateTime(value);
            case DATE -> toDate(value);
            case UUID -> toUuid(value);
            case OBJECT, ARRAY -> toJson(value, type);
        };
    }

    /**
     * The elements of a comma-joined collection option ({@code $select}, {@code $expand}, {@code $orderby}):
     * from a {@link Collection}, an array, a Jackson {@code ArrayNode} or comma-separated text, each element
     * trimmed (text) and coerced to {@code itemType}. Blank elements are dropped: {@code $select=Id,} or an empty
     * {@code $select=} is no request the PBX can answer. A list with nothing left is null, i.e. not given.
     */
    public static List<Object> coerceList(Object value, ValueType itemType) {
        value = unwrap(value);
        if (value == null) {
            return null;
        }
        List<Object> raw = new ArrayList<>();
        if (value instanceof Collection<?> c) {
            raw.addAll(c);
        } else if (value instanceof Object[] a) {
            raw.addAll(Arrays.asList(a));
        } else if (value instanceof ArrayNode a) {
            a.forEach(raw::add);
        } else if (value instanceof CharSequence s) {
            raw.addAll(List.of(s.toString().split(",", -1)));
        } else {
            raw.add(value);
        }
        List<Object> out = new ArrayList<>(raw.size());
        for (Object item : raw) {
            item = unwrap(item);
            if (item instanceof ValueNode node) {
                item = javaValue(node);
            }
            if (item == null) {
                throw new IllegalArgumentException("a list without null elements was expected");
            }
            if (item instanceof CharSequence s) {
                String text = s.toString().trim();
                if (text.isEmpty()) {
                    continue;
                }
                item = text;
            }
            out.add(coerce(item, itemType));
        }
        return out.isEmpty() ? null : out;
    }

    /** A short, human description of the accepted form of a type, for error messages. */
    public static String expectedForm(ValueType type) {
        return switch (type) {
            case STRING -> "text";
            case INT32 -> "a whole number (int32)";
            case INT64 -> "a whole number (int64)";
            case DECIMAL -> "a decimal number";
            case DOUBLE -> "a number";
            case BOOLEAN -> "true or false";
            case DATE_TIME -> "an ISO-8601 date-time with zone such as 2024-05-01T08:30:00Z (or a java.time value)";
            case DATE -> "an ISO-8601 date such as 2024-05-01";
            case UUID -> "a UUID such as 123e4567-e89b-12d3-a456-426614174000";
            case OBJECT -> "a JSON object (Map, POJO or JSON text)";
            case ARRAY -> "a JSON array (List, array or JSON text)";
        };
    }

    /** An {@link Optional} (a common wrapper of "maybe a value" in routes) stands for its content. */
    private static Object unwrap(Object value) {
        if (value instanceof Optional<?> o) {
            return o.orElse(null);
        }
        // JSON null (from a parsed document) is no value, not the text "null"
        return value instanceof JsonNode node && (node.isNull() || node.isMissingNode()) ? null : value;
    }

    /**
     * The Java value a Jackson value node holds: its {@code toString()} is JSON ({@code "true"} with the quotes),
     * which no scalar rule below should see.
     */
    private static Object javaValue(ValueNode node) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node instanceof POJONode pojo) {
            return pojo.getPojo();
        }
        if (node instanceof BinaryNode binary) {
            return binary.binaryValue();
        }
        return node;
    }

    /**
     * Only values whose text form is their value: anything else (a POJO, a map, bytes) would go out as its
     * {@code toString()}, such as {@code Phone@1b6d3586}, which no PBX field wants.
     */
    private static String toText(Object value) {
        String text;
        if (value instanceof CharSequence || value instanceof Character || value instanceof Boolean
                || value instanceof UUID || value instanceof TemporalAccessor) {
            text = value.toString();
        } else if (value instanceof BigDecimal d) {
            // the plain form of 1E+100000000 is 100 million digits: held to a double's range, as number options are
            if (!inDoubleRange(d)) {
                throw new IllegalArgumentException(describe(value) + " is outside the range of a double, too large or"
                        + " small to write out in full; give the text itself");
            }
            text = d.toPlainString();
        } else if (value instanceof Number) {
            text = value.toString();
        } else if (value instanceof Enum<?> e) {
            text = e.name();
        } else {
            throw new IllegalArgumentException(describe(value) + " is not a single text value");
        }
        int broken = unpairedSurrogate(text);
        if (broken >= 0) {
            // String.getBytes(UTF_8) would silently turn it into '?'
            throw new IllegalArgumentException(describe(value) + " is not valid Unicode text: unpaired surrogate"
                    + " U+" + Integer.toHexString(text.charAt(broken)).toUpperCase(Locale.ROOT) + " at index " + broken);
        }
        return text;
    }

    /** The index of the first surrogate char that is not half of a pair, or -1. */
    private static int unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static Integer toInt(Object value) {
        long l = toLong(value);
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(value + " is out of the int32 range");
        }
        return (int) l;
    }

    private static Long toLong(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        BigDecimal d;
        try {
            d = toDecimal(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(describe(value) + " is not a whole number");
        }
        if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(describe(value) + " is not a whole number");
        }
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(describe(value) + " is out of the int64 range");
        }
    }

    /**
     * XAPI numbers are doubles on the PBX side; a value beyond a double's range has no meaning there, and its
     * plain form could be enormous ({@code 1e999999999} is a billion digits).
     */
    private static BigDecimal inDoubleRange(BigDecimal d, Object value) {
        if (!inDoubleRange(d)) {
            throw new IllegalArgumentException(describe(value) + " is outside the range of a double");
        }
        return d;
    }

    private static boolean inDoubleRange(BigDecimal d) {
        double asDouble = d.doubleValue();
        return !(Double.isInfinite(asDouble) || asDouble == 0 && d.signum() != 0);
    }

    private static BigDecimal toDecimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException(value + " is not a finite number");
            }
            return BigDecimal.valueOf(d);
        }
        if (value instanceof Number n) {
            return BigDecimal.valueOf(n.longValue());
        }
        if (value instanceof CharSequence s) {
            String text = s.toString();
            // BigDecimal accepts "1e3" and "+1"; both are fine numbers. It rejects blanks and words.
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(describe(value) + " is not a number");
            }
        }
        throw new IllegalArgumentException(describe(value) + " is not a number");
    }

    private static Boolean toBoolean(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString();
        if ("true".equalsIgnoreCase(text)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(text)) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException(describe(value) + " is neither true nor false");
    }

    private static OffsetDateTime toDateTime(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof ZonedDateTime t) {
            return t.toOffsetDateTime();
        }
        if (value instanceof Instant t) {
            return t.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime t) {
            return t.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof LocalDate t) {
            return t.atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        // their toInstant() throws UnsupportedOperationException; what instant they mean is up to the route
        if (value instanceof java.sql.Date d) {
            throw new IllegalArgumentException(describe(value) + " is a java.sql.Date, a day without a time of day or"
                    + " zone; give an Instant, an OffsetDateTime, a java.sql.Timestamp or ISO-8601 text such as " + d
                    + "T00:00:00Z");
        }
        if (value instanceof java.sql.Time) {
            throw new IllegalArgumentException(describe(value) + " is a java.sql.Time, a time of day without a day;"
                    + " give an Instant, an OffsetDateTime, a java.sql.Timestamp or ISO-8601 text such as"
                    + " 2024-05-01T08:30:00Z");
        }
        if (value instanceof Date d) {
            return d.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Calendar c) {
            return c.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof CharSequence) {
            String text = value.toString();
            try {
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                try {
                    return ZonedDateTime.parse(text).toOffsetDateTime();
                } catch (DateTimeParseException e2) {
                    throw new IllegalArgumentException(describe(value) + " is not an ISO-8601 date-time with zone"
                            + plusReadAsSpaceHint(text));
                }
            }
        }
        throw new IllegalArgumentException(describe(value) + " is not a date-time");
    }

    /** Camel reads a '+' in an endpoint URI's query as a space, which breaks offsets such as +02:00. */
    private static String plusReadAsSpaceHint(String text) {
        if (text.indexOf(' ') < 0) {
            return "";
        }
        try {
            OffsetDateTime.parse(text.replace(' ', '+'));
            return " (its offset's '+' was read as a space: in an endpoint URI write the value as RAW(...), or use"
                    + " Z or a header)";
        } catch (DateTimeParseException e) {
            return "";
        }
    }

    private static LocalDate toDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof OffsetDateTime || value instanceof ZonedDateTime || value instanceof Instant
                || value instanceof Date || value instanceof Calendar) {
            return toDateTime(value).toLocalDate();
        }
        String text = value.toString();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(describe(value) + " is not an ISO-8601 date");
        }
    }

    private static UUID toUuid(Object value) {
        if (value instanceof UUID u) {
            return u;
        }
        String text = value.toString();
        // UUID.fromString accepts short groups such as "1-1-1-1-1"; the wire needs the canonical form.
        if (!UUID_TEXT.matcher(text).matches()) {
            throw new IllegalArgumentException(describe(value) + " is not a UUID");
        }
        return UUID.fromString(text);
    }

    private static JsonNode toJson(Object value, ValueType type) {
        JsonNode node;
        if (value instanceof JsonNode n) {
            node = n;
        } else if (value instanceof CharSequence s) {
            try {
                node = XapiJson.STRICT_READER.readTree(s.toString());
            } catch (IOException e) {
                throw new IllegalArgumentException(describe(value) + " is not valid JSON");
            }
        } else if (value instanceof byte[] bytes) {
            try {
                node = XapiJson.STRICT_READER.readTree(bytes);
            } catch (IOException e) {
                throw new IllegalArgumentException("the bytes are not valid JSON");
            }
        } else {
            try {
                node = XapiJson.toTree(value);
            } catch (IOException e) {
                // not describe(value): toString of a map that contains itself through a list overflows too
                String reason = String.valueOf(e.getMessage());
                throw new IllegalArgumentException("the " + value.getClass().getSimpleName() + " cannot be converted"
                        + " to JSON: " + reason.lines().findFirst().orElse(""));
            }
        }
        if (node == null || node.isMissingNode() || type == ValueType.ARRAY && !node.isArray()
                || type == ValueType.OBJECT && node.isArray()) {
            throw new IllegalArgumentException(describe(value) + " is not " + expectedForm(type));
        }
        return node;
    }

    /** The value as shown in error messages: short, with its Java type when it is not text. */
    static String describe(Object value) {
        if (value instanceof byte[] bytes) {
            return bytes.length + " bytes (byte[])";
        }
        String text = String.valueOf(value);
        if (text.length() > 80) {
            text = text.substring(0, 77) + "...";
        }
        return value instanceof CharSequence ? "'" + text + "'" : text + " (" + value.getClass().getSimpleName() + ")";
    }
}
