package io.camel3cx.simulator.odata;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import io.camel3cx.catalog.SchemaShape;

/**
 * Checks a parsed {@code $filter} against the entity's schema before it runs: every property exists, every
 * comparison compares like with like, and the whole is a boolean. A PBX refuses such filters with a 400;
 * so does the simulator, naming the property or operator.
 */
public final class FilterBinder {

    private final ShapeResolver shapes;
    private final SchemaShape entity;
    private final String typeName;

    public FilterBinder(ShapeResolver shapes, SchemaShape entity, String typeName) {
        this.shapes = shapes;
        this.entity = entity;
        this.typeName = typeName;
    }

    /** Checks the whole filter; returns it unchanged when valid. */
    public FilterExpression bind(FilterExpression filter) {
        ValueKind k = kind(filter);
        if (k != ValueKind.BOOLEAN && k != ValueKind.ANY) {
            throw ODataErrorException.badRequest("$filter must be a boolean expression, but it is a " + k.name().toLowerCase(
                    java.util.Locale.ROOT) + " value");
        }
        return filter;
    }

    /** An enum property compared with a text that is none of its members: the PBX refuses the literal. */
    private void checkEnumMember(FilterExpression property, FilterExpression literal) {
        if (property instanceof FilterExpression.Property p && literal instanceof FilterExpression.Literal l
                && l.value() instanceof String text) {
            SchemaShape s = shapes.property(entity, p.path());
            if (s != null && s.enumValues() != null && !s.enumValues().contains(text)) {
                throw ODataErrorException.badRequest("$filter compares " + p.name() + " with '" + text + "', which is"
                        + " not one of its values: " + String.join(", ", s.enumValues().stream().map(String::valueOf)
                                .toList()));
            }
        }
    }

    private ValueKind kind(FilterExpression e) {
        if (e instanceof FilterExpression.Literal l) {
            Object v = l.value();
            if (v == null) {
                return ValueKind.NULL;
            }
            if (v instanceof String) {
                return ValueKind.STRING;
            }
            if (v instanceof BigDecimal) {
                return ValueKind.NUMBER;
            }
            if (v instanceof Boolean) {
                return ValueKind.BOOLEAN;
            }
            if (v instanceof OffsetDateTime) {
                return ValueKind.DATE_TIME;
            }
            return ValueKind.ANY;
        }
        if (e instanceof FilterExpression.Property p) {
            SchemaShape s = shapes.property(entity, p.path());
            if (s == null) {
                throw ODataErrorException.badRequest("Could not find a property named '" + p.name() + "' on type '"
                        + typeName + "' in $filter");
            }
            return shapes.kind(s);
        }
        if (e instanceof FilterExpression.Comparison c) {
            ValueKind l = kind(c.left());
            ValueKind r = kind(c.right());
            boolean ok = switch (c.operator()) {
                case EQ, NE -> l.equatableWith(r);
                default -> l.orderableWith(r);
            };
            checkEnumMember(c.left(), c.right());
            checkEnumMember(c.right(), c.left());
            if (!ok) {
                throw ODataErrorException.badRequest("$filter cannot apply '" + c.operator().keyword() + "' to a "
                        + describe(l) + " and a " + describe(r) + " (" + render(c.left()) + " " + c.operator().keyword()
                        + " " + render(c.right()) + ")");
            }
            return ValueKind.BOOLEAN;
        }
        if (e instanceof FilterExpression.Logical l) {
            requireBoolean(l.left(), l.and() ? "and" : "or");
            requireBoolean(l.right(), l.and() ? "and" : "or");
            return ValueKind.BOOLEAN;
        }
        if (e instanceof FilterExpression.Not n) {
            requireBoolean(n.operand(), "not");
            return ValueKind.BOOLEAN;
        }
        FilterExpression.Call call = (FilterExpression.Call) e;
        ValueKind[] expected = call.function().parameters();
        for (int i = 0; i < expected.length; i++) {
            ValueKind actual = kind(call.arguments().get(i));
            if (actual != expected[i] && actual != ValueKind.ANY && actual != ValueKind.NULL) {
                throw ODataErrorException.badRequest("Argument " + (i + 1) + " of " + call.function().keyword()
                        + " must be a " + describe(expected[i]) + ", not a " + describe(actual) + " ("
                        + render(call.arguments().get(i)) + ")");
            }
        }
        return call.function().result();
    }

    private void requireBoolean(FilterExpression e, String operator) {
        ValueKind k = kind(e);
        if (k != ValueKind.BOOLEAN && k != ValueKind.ANY) {
            throw ODataErrorException.badRequest("The operands of '" + operator + "' in $filter must be boolean; "
                    + render(e) + " is a " + describe(k));
        }
    }

    private static String describe(ValueKind k) {
        return switch (k) {
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case DATE_TIME -> "date-time";
            case DURATION -> "duration (the simulator has no duration literal to compare it with)";
            case NULL -> "null";
            case STRUCTURED -> "complex or collection value";
            case ANY -> "value";
        };
    }

    private static String render(FilterExpression e) {
        if (e instanceof FilterExpression.Property p) {
            return p.name();
        }
        if (e instanceof FilterExpression.Literal l) {
            return l.value() instanceof String s ? "'" + s + "'" : String.valueOf(l.value());
        }
        if (e instanceof FilterExpression.Call c) {
            return c.function().keyword() + "(...)";
        }
        return "(...)";
    }
}
