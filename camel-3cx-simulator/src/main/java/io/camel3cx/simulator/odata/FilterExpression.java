package io.camel3cx.simulator.odata;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parsed {@code $filter} expression, evaluated against one JSON entity. Values during evaluation are
 * {@link String}, {@link BigDecimal}, {@link Boolean}, {@link OffsetDateTime} or null.
 */
public sealed interface FilterExpression {

    /** The value of this expression for {@code entity}. */
    Object evaluate(JsonNode entity);

    /** Whether {@code entity} passes a boolean filter; a null result (e.g. a missing property) does not pass. */
    default boolean test(JsonNode entity) {
        return Boolean.TRUE.equals(evaluate(entity));
    }

    /** A literal: string, number, boolean, date-time or null. */
    record Literal(Object value) implements FilterExpression {
        @Override
        public Object evaluate(JsonNode entity) {
            return value;
        }
    }

    /** A property, possibly a path into complex properties ({@code Rights/RoleName}). */
    record Property(List<String> path) implements FilterExpression {
        @Override
        public Object evaluate(JsonNode entity) {
            JsonNode n = entity;
            for (String segment : path) {
                if (n == null || !n.isObject()) {
                    return null;
                }
                n = n.get(segment);
            }
            if (n == null || n.isNull() || n.isMissingNode()) {
                return null;
            }
            if (n.isNumber()) {
                return n.decimalValue();
            }
            if (n.isBoolean()) {
                return n.booleanValue();
            }
            if (n.isTextual()) {
                return n.textValue();
            }
            return n;
        }

        public String name() {
            return String.join("/", path);
        }
    }

    /** {@code eq ne gt ge lt le}. */
    enum ComparisonOperator {
        EQ, NE, GT, GE, LT, LE;

        public String keyword() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    record Comparison(ComparisonOperator operator, FilterExpression left, FilterExpression right)
            implements FilterExpression {
        @Override
        public Object evaluate(JsonNode entity) {
            Object l = left.evaluate(entity);
            Object r = right.evaluate(entity);
            if (l == null || r == null) {
                return switch (operator) {
                    case EQ -> l == null && r == null;
                    case NE -> !(l == null && r == null);
                    default -> false;
                };
            }
            Integer order = compare(l, r);
            if (order == null) {
                return operator == ComparisonOperator.NE;
            }
            return switch (operator) {
                case EQ -> order == 0;
                case NE -> order != 0;
                case GT -> order > 0;
                case GE -> order >= 0;
                case LT -> order < 0;
                case LE -> order <= 0;
            };
        }

        private static Integer compare(Object l, Object r) {
            if (l instanceof OffsetDateTime || r instanceof OffsetDateTime) {
                OffsetDateTime a = asDateTime(l);
                OffsetDateTime b = asDateTime(r);
                return a == null || b == null ? null : a.toInstant().compareTo(b.toInstant());
            }
            if (l instanceof BigDecimal a && r instanceof BigDecimal b) {
                return a.compareTo(b);
            }
            if (l instanceof String a && r instanceof String b) {
                return a.compareTo(b);
            }
            if (l instanceof Boolean a && r instanceof Boolean b) {
                return Boolean.compare(a, b);
            }
            return null;
        }

        private static OffsetDateTime asDateTime(Object v) {
            if (v instanceof OffsetDateTime d) {
                return d;
            }
            if (v instanceof String s) {
                try {
                    return OffsetDateTime.parse(s);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
            return null;
        }
    }

    /** {@code and}, {@code or}: OData's three-valued logic reduced to "null is false". */
    record Logical(boolean and, FilterExpression left, FilterExpression right) implements FilterExpression {
        @Override
        public Object evaluate(JsonNode entity) {
            boolean l = Boolean.TRUE.equals(left.evaluate(entity));
            if (and && !l) {
                return false;
            }
            if (!and && l) {
                return true;
            }
            return Boolean.TRUE.equals(right.evaluate(entity));
        }
    }

    record Not(FilterExpression operand) implements FilterExpression {
        @Override
        public Object evaluate(JsonNode entity) {
            Object v = operand.evaluate(entity);
            return v == null ? null : !Boolean.TRUE.equals(v);
        }
    }

    /** A built-in function call. */
    record Call(FilterFunction function, List<FilterExpression> arguments) implements FilterExpression {
        @Override
        public Object evaluate(JsonNode entity) {
            Object[] values = new Object[arguments.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = arguments.get(i).evaluate(entity);
            }
            return function.apply(values);
        }
    }
}
