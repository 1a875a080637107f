package io.camel3cx.simulator.odata;

import java.util.List;
import java.util.Map;

import io.camel3cx.catalog.OperationCatalog;
import io.camel3cx.catalog.SchemaShape;

/** Follows schema references of one release, to find the shape of a property or a property path. */
public final class ShapeResolver {

    private final OperationCatalog catalog;

    public ShapeResolver(OperationCatalog catalog) {
        this.catalog = catalog;
    }

    /** The shape itself, or the named schema it refers to (through chains of references). */
    public SchemaShape resolve(SchemaShape shape) {
        SchemaShape s = shape;
        int guard = 0;
        while (s != null && s.ref() != null && guard++ < 10) {
            s = catalog.schema(s.ref());
        }
        return s;
    }

    public SchemaShape schema(String name) {
        return resolve(catalog.schema(name));
    }

    /** The properties of an object shape (after resolving), or an empty map. */
    public Map<String, SchemaShape> properties(SchemaShape shape) {
        SchemaShape s = resolve(shape);
        return s == null || s.properties() == null ? Map.of() : s.properties();
    }

    /** The shape at a property path below {@code shape}, or null when a segment does not exist. */
    public SchemaShape property(SchemaShape shape, List<String> path) {
        SchemaShape s = shape;
        for (String segment : path) {
            SchemaShape r = resolve(s);
            if (r != null && "array".equals(r.type())) {
                return null;
            }
            s = properties(r).get(segment);
            if (s == null) {
                return null;
            }
        }
        return resolve(s);
    }

    /** The filter kind of a property shape. */
    public ValueKind kind(SchemaShape shape) {
        SchemaShape s = resolve(shape);
        if (s == null || s.type() == null) {
            return s != null && s.properties() != null ? ValueKind.STRUCTURED : ValueKind.ANY;
        }
        if (s.enumValues() != null) {
            return ValueKind.STRING;
        }
        return switch (s.type()) {
            case "string" -> "date-time".equals(s.format()) ? ValueKind.DATE_TIME
                    : "duration".equals(s.format()) ? ValueKind.DURATION : ValueKind.STRING;
            case "integer", "number" -> ValueKind.NUMBER;
            case "boolean" -> ValueKind.BOOLEAN;
            case "object", "array" -> ValueKind.STRUCTURED;
            default -> ValueKind.ANY;
        };
    }
}
