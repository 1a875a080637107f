package io.camel3cx.simulator.odata;

import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Orders entities by {@code $orderby} keys: nulls first ascending, numbers numerically, text ordinally. */
public final class JsonValueOrder {

    private JsonValueOrder() {
    }

    public static Comparator<JsonNode> of(List<OrderByItem> keys) {
        Comparator<JsonNode> c = null;
        for (OrderByItem key : keys) {
            Comparator<JsonNode> one = (a, b) -> compare(value(a, key.path()), value(b, key.path()));
            if (key.descending()) {
                one = one.reversed();
            }
            c = c == null ? one : c.thenComparing(one);
        }
        return c == null ? (a, b) -> 0 : c;
    }

    private static JsonNode value(JsonNode entity, List<String> path) {
        JsonNode n = entity;
        for (String p : path) {
            n = n == null ? null : n.get(p);
        }
        return n == null || n.isNull() ? null : n;
    }

    static int compare(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        if (a.isBoolean() && b.isBoolean()) {
            return Boolean.compare(a.booleanValue(), b.booleanValue());
        }
        return a.asText().compareTo(b.asText());
    }
}
