package io.camel3cx.simulator.samples;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camel3cx.catalog.Operation;
import io.camel3cx.catalog.OperationCatalog;
import io.camel3cx.catalog.SchemaShape;
import io.camel3cx.simulator.odata.ShapeResolver;

/**
 * Makes deterministic JSON instances of a release's schemas: every declared property present with a value
 * of its declared type, format and enumeration, nested objects down to a fixed depth. The same schema and
 * variant always give the same instance, so answers are repeatable.
 */
public final class SampleGenerator {

    /** Items in a generated collection answer. */
    public static final int COLLECTION_SIZE = 3;
    /** Object nesting below which arrays are empty and optional objects null, to keep instances small. */
    private static final int MAX_DEPTH = 3;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final ShapeResolver shapes;
    private final Map<String, ObjectNode> cache = new ConcurrentHashMap<>();

    public SampleGenerator(OperationCatalog catalog) {
        this.shapes = new ShapeResolver(catalog);
    }

    public ShapeResolver shapes() {
        return shapes;
    }

    /** A fresh instance of a named object schema ({@code Pbx.User}); variant picks distinct values. */
    public ObjectNode entity(String schemaName, int variant) {
        ObjectNode cached = cache.computeIfAbsent(schemaName + "#" + variant, k -> {
            JsonNode n = value(SchemaShape.ofRef(schemaName, false), null, variant, 0);
            return n instanceof ObjectNode o ? o : F.objectNode();
        });
        return cached.deepCopy();
    }

    /** An instance of any shape. */
    public JsonNode value(SchemaShape shape, String propertyName, int variant) {
        return value(shape, propertyName, variant, 0);
    }

    /**
     * The success body an operation's spec declares: an entity, a collection of {@value #COLLECTION_SIZE}
     * items with {@code @odata.context}, a {@code value} wrapper, or null for no content.
     */
    public JsonNode responseBody(Operation operation, String contextUrl) {
        SchemaShape shape = operation.response().shape();
        return switch (operation.response().kind()) {
            case NONE -> null;
            case ENTITY -> shape == null ? F.objectNode() : value(shape, null, 0, 0);
            case VALUE -> {
                ObjectNode o = F.objectNode();
                o.put("@odata.context", contextUrl);
                o.set("value", value(shape, "value", 0, 0));
                yield o;
            }
            case COLLECTION -> {
                ObjectNode o = F.objectNode();
                o.put("@odata.context", contextUrl);
                ArrayNode items = o.putArray("value");
                for (int i = 0; i < COLLECTION_SIZE; i++) {
                    items.add(value(shape, null, i, 0));
                }
                yield o;
            }
        };
    }

    private JsonNode value(SchemaShape declared, String property, int variant, int depth) {
        if (declared == null) {
            return F.nullNode();
        }
        SchemaShape s = shapes.resolve(declared);
        if (s == null) {
            return F.nullNode();
        }
        boolean nullable = declared.nullable() || s.nullable();
        if (s.enumValues() != null && !s.enumValues().isEmpty()) {
            List<String> values = s.enumValues();
            String v = values.get(variant % values.size());
            if ("integer".equals(s.type()) || "number".equals(s.type())) {
                return F.numberNode(Long.parseLong(v));
            }
            return F.textNode(v);
        }
        String type = s.type();
        if (type == null) {
            if (s.properties() != null) {
                type = "object";
            } else {
                return nullable ? F.nullNode() : F.textNode("value");
            }
        }
        switch (type) {
            case "string":
                return F.textNode(SampleValues.string(property, s.format(), variant));
            case "integer":
                return F.numberNode(SampleValues.integer(s.format(), variant));
            case "number":
                if ("int32".equals(s.format()) || "int64".equals(s.format()) || "uint8".equals(s.format())) {
                    return F.numberNode(SampleValues.integer(s.format(), variant));
                }
                return F.numberNode(new java.math.BigDecimal(variant + 1 + ".5"));
            case "boolean":
                return F.booleanNode(variant % 2 == 0);
            case "array": {
                ArrayNode a = F.arrayNode();
                if (depth < MAX_DEPTH - 1) {
                    a.add(value(s.items(), property, variant, depth + 1));
                }
                return a;
            }
            default: {
                if (depth >= MAX_DEPTH) {
                    // Not null even when nullable: the descriptions spell a nullable reference as allOf [ref],
                    // which a null does not satisfy; an empty object always does.
                    return F.objectNode();
                }
                ObjectNode o = F.objectNode();
                if (s.properties() != null) {
                    for (Map.Entry<String, SchemaShape> p : s.properties().entrySet()) {
                        o.set(p.getKey(), value(p.getValue(), p.getKey(), variant, depth + 1));
                    }
                }
                return o;
            }
        }
    }
}
