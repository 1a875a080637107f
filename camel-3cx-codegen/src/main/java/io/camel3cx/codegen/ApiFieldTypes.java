package io.camel3cx.codegen;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import io.camel3cx.catalog.ValueType;

/**
 * The one simple Java type that tooling shows for an option, whatever releases it spans: {@code String},
 * {@code Integer}, {@code Long}, {@code Double}, {@code java.math.BigDecimal} or {@code Boolean}. Dates, uuids and
 * JSON values are strings in a URI, so they are {@code String} here; a value that is Int32 in one release and Int64
 * in another is {@code Long}.
 */
public final class ApiFieldTypes {

    private static final Set<ValueType> INTEGERS = EnumSet.of(ValueType.INT32, ValueType.INT64);
    private static final Set<ValueType> NUMBERS = EnumSet.of(ValueType.INT32, ValueType.INT64, ValueType.DOUBLE,
            ValueType.DECIMAL);

    private ApiFieldTypes() {
    }

    /** The Java type name for one or more declared types. */
    public static String of(Collection<ValueType> types) {
        if (types.isEmpty()) {
            throw new IllegalArgumentException("An option needs at least one declared type");
        }
        if (types.size() == 1) {
            return of(types.iterator().next());
        }
        if (INTEGERS.containsAll(types)) {
            return "Long";
        }
        if (NUMBERS.containsAll(types)) {
            return types.contains(ValueType.DECIMAL) ? "java.math.BigDecimal" : "Double";
        }
        if (types.stream().allMatch(t -> "String".equals(of(t)))) {
            return "String";
        }
        // e.g. a key that is a number in one release and a string in another: only text holds both.
        return "String";
    }

    public static String of(ValueType type) {
        return switch (type) {
            case INT32 -> "Integer";
            case INT64 -> "Long";
            case DOUBLE -> "Double";
            case DECIMAL -> "java.math.BigDecimal";
            case BOOLEAN -> "Boolean";
            case STRING, DATE_TIME, DATE, UUID, OBJECT, ARRAY -> "String";
        };
    }
}
