package io.camel3cx.simulator.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camel3cx.catalog.Operation;
import io.camel3cx.catalog.OperationCatalog;
import io.camel3cx.catalog.ResponseKind;
import io.camel3cx.catalog.SchemaShape;
import io.camel3cx.simulator.odata.ShapeResolver;

/** Finds properties in an answer that the release's schema does not declare (OData annotations aside). */
final class DeclaredPropertiesCheck {

    private final ShapeResolver shapes;

    DeclaredPropertiesCheck(OperationCatalog catalog) {
        this.shapes = new ShapeResolver(catalog);
    }

    List<String> undeclared(Operation op, JsonNode body) {
        List<String> out = new ArrayList<>();
        SchemaShape shape = op.response().shape();
        if (op.response().kind() == ResponseKind.COLLECTION) {
            body.path("value").forEach(item -> walk(item, shape, "value[]", out, 0));
        } else if (op.response().kind() == ResponseKind.VALUE) {
            walk(body.get("value"), shape, "value", out, 0);
        } else if (op.response().kind() == ResponseKind.ENTITY) {
            walk(body, shape, "", out, 0);
        }
        return out;
    }

    private void walk(JsonNode node, SchemaShape declared, String path, List<String> out, int depth) {
        SchemaShape s = shapes.resolve(declared);
        if (node == null || s == null || depth > 10) {
            return;
        }
        if (node.isArray() && s.items() != null) {
            node.forEach(n -> walk(n, s.items(), path + "[]", out, depth + 1));
        } else if (node.isObject() && s.properties() != null) {
            Map<String, SchemaShape> props = s.properties();
            node.fields().forEachRemaining(f -> {
                if (f.getKey().startsWith("@odata.")) {
                    return;
                }
                SchemaShape p = props.get(f.getKey());
                if (p == null) {
                    out.add(path + "/" + f.getKey());
                } else {
                    walk(f.getValue(), p, path + "/" + f.getKey(), out, depth + 1);
                }
            });
        }
    }
}
