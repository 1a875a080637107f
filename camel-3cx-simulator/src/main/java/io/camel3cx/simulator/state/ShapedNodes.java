package io.camel3cx.simulator.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camel3cx.catalog.SchemaShape;
import io.camel3cx.simulator.odata.ShapeResolver;
import io.camel3cx.simulator.odata.ValueKind;

/**
 * Sets a property on a generated entity only when the release's schema declares it with a matching kind, so
 * that seeded data always validates against that release's spec even where schemas differ between releases.
 */
final class ShapedNodes {

    private final ShapeResolver shapes;

    ShapedNodes(ShapeResolver shapes) {
        this.shapes = shapes;
    }

    /** Puts {@code value} (String, Number, Boolean or JsonNode) if {@code schema} has {@code property} of that kind. */
    boolean put(ObjectNode node, SchemaShape schema, String property, Object value) {
        SchemaShape p = shapes.properties(schema).get(property);
        if (p == null) {
            return false;
        }
        ValueKind kind = shapes.kind(p);
        SchemaShape resolved = shapes.resolve(p);
        if (value instanceof String s && (kind == ValueKind.STRING || kind == ValueKind.DATE_TIME || kind == ValueKind.ANY)) {
            if (resolved != null && resolved.enumValues() != null && !resolved.enumValues().contains(s)) {
                return false;
            }
            node.put(property, s);
            return true;
        }
        if (value instanceof Number n && kind == ValueKind.NUMBER) {
            if (n instanceof Long || n instanceof Integer) {
                node.put(property, n.longValue());
            } else {
                node.put(property, new java.math.BigDecimal(n.toString()));
            }
            return true;
        }
        if (value instanceof Boolean b && kind == ValueKind.BOOLEAN) {
            node.put(property, b);
            return true;
        }
        if (value instanceof JsonNode j && (kind == ValueKind.STRUCTURED || kind == ValueKind.ANY)) {
            node.set(property, j);
            return true;
        }
        return false;
    }

    /** The schema name of the items of an array property, or of an object property; null if neither. */
    String itemSchema(SchemaShape schema, String property) {
        SchemaShape p = shapes.properties(schema).get(property);
        if (p == null) {
            return null;
        }
        if (p.ref() != null) {
            return p.ref();
        }
        SchemaShape r = shapes.resolve(p);
        if (r != null && "array".equals(r.type()) && r.items() != null) {
            return r.items().ref();
        }
        return null;
    }
}
